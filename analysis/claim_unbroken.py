"""Spans of a sentence that no clause break splits: a number phrase ("sesenta y cinco"), a
group's name ("Bosnia and Herzegovina") and the words of a change before its size ("steeg
met twee tot 73", "stieg um zwei auf 73": "met", "um" are no clause of their own, so the
total after the size keeps the noun named before the change)."""

from __future__ import annotations

from analysis.claim_group_names import group_name_spans
from analysis.claim_patterns import Language
from analysis.numbers import Number


def unbroken_spans(text: str, language: Language,
                   numbers: list[Number]) -> list[tuple[int, int]]:
    """The spans (start, end) inside which a clause break word is no break."""
    return ([(n.start, n.end) for n in numbers] + group_name_spans(text, language)
            + change_word_spans(text, language, numbers))


def change_word_spans(text: str, language: Language,
                      numbers: list[Number]) -> list[tuple[int, int]]:
    """For each number sized as a change (``change_amounts`` right before it), the span
    from the change's first word to the number's end."""
    pattern = language.change_amounts
    if pattern is None:
        return []
    spans = []
    for number in numbers:
        found = pattern.search(text[:number.start])
        if found is not None:
            spans.append((found.start(), number.end))
    return spans
