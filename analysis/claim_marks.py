"""A mark of signatories reached or passed: "franchit la barre des 70 signataires", "crossed
the 60 mark", "überschritt die Marke von 60 Unterzeichnern", "突破60个大关". The count is of
signatories (more than the mark when a verb of passing says so: ``crossings`` of
``analysis/patterns/claims.yaml``), not the entry-into-force threshold: a bar (``marks``) is
the threshold only when it counts ratifications or States Parties, or when another
threshold word (entry into force, "needs") stands in the count's clause.

A bar or mark word inside a count's "more than" qualifier ("vượt mốc 50", "a franchi la
barre des 50") is the milestone's, not the entry-into-force threshold's: no keyword of
the count (``without_crossed_marks``)."""

from __future__ import annotations

import re

from analysis.claim_text import (
    Keyword,
    Sentence,
    clause_of,
    qualifier_before,
    words_after,
    words_before,
)
from analysis.numbers import Number

_MARK_WORDS = 4  # words between a mark noun and its count ("la barre des 70", "the mark of 60")
_CROSSING_WORDS = 4  # words between a verb of passing and the mark ("crossed the")
_SIGNING_NOUNS = ("signers",)  # a noun that counts signatories whatever the verb
_STATE_NOUNS = ("states", "total", "participants")  # a noun that does with a signing word


def passed_mark(sentence: Sentence, number: Number, noun: tuple[str, int, int],
                keywords: list[Keyword], clauses: list[int]) -> str | None:
    """The qualifier of a count of signatories named as a mark ("more_than" after a verb of
    passing, else "exact"); None when the count is not a mark of signatories."""
    language, text = sentence.language, sentence.text
    if language.marks is None:
        return None
    noun_class, _, noun_end = noun
    if noun_class not in _SIGNING_NOUNS and not (
            noun_class in _STATE_NOUNS and any(k.kind == "sign" for k in keywords)):
        return None  # "the bar of 40 ratifications", "40 States Parties": the threshold
    low, high = clause_of(number, clauses, len(text))
    mark = _mark_near(sentence, number, max(noun_end, number.end), low, high)
    if mark is None:
        return None
    if any(k.kind == "threshold" and low <= k.start < high
           and not (k.start < mark.end() and mark.start() < k.end) for k in keywords):
        return None  # "... la barre des 40 pays pour entrer en vigueur": the threshold
    return "more_than" if _crossed(sentence, mark.start(), low) else "exact"


def _mark_near(sentence: Sentence, number: Number, counted_end: int, low: int,
               high: int) -> re.Match[str] | None:
    """A mark noun a few words before the count ("the mark of 60") or right after it or
    its noun ("the 60 mark", "60个大关", "the 60-signatory mark")."""
    marks = sentence.language.marks
    assert marks is not None
    before = max(low, words_before(sentence, number.start, _MARK_WORDS))
    found = [m for m in marks.finditer(sentence.text, before, number.start)]
    if found:
        return found[-1]
    after = min(high, words_after(sentence, counted_end, 2))
    return marks.search(sentence.text, counted_end, after)


def _crossed(sentence: Sentence, mark_start: int, low: int) -> bool:
    crossings = sentence.language.crossings
    if crossings is None:
        return False
    before = max(low, words_before(sentence, mark_start, _CROSSING_WORDS))
    return crossings.search(sentence.text, before, mark_start) is not None


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
