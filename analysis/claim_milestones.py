"""Crossing a mark: "vượt mốc 50", "a franchi la barre des 50", "überschritt die Marke von
50". The mark or bar words of a crossing stand in the count's ``more_than`` qualifier (the
count passed it); a threshold word inside that phrase ("mốc", "barre", "Schwelle") is the
milestone's, not the entry-into-force threshold's, and is no keyword of the count."""

from __future__ import annotations

from analysis.claim_text import Keyword, Sentence, qualifier_before
from analysis.numbers import Number


def without_crossed_marks(sentence: Sentence, keywords: list[Keyword],
                          numbers: list[Number]) -> list[Keyword]:
    """``keywords`` without the threshold words inside a more-than qualifier of a count."""
    spans = []
    for number in numbers:
        start, qualifier = qualifier_before(sentence.text, number.start, sentence.language)
        if qualifier == "more_than":
            spans.append((start, number.start))
    return [k for k in keywords
            if k.kind != "threshold" or not any(low <= k.start < high for low, high in spans)]
