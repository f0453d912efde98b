"""Corrected figures: "not 70 but 72 States", "pas 70 mais 72 États", "foram 72, e não 70,
os países signatários". The two numbers of a correction count the same thing: the one
without a noun of its own looks for it after the other (``corrections`` of
``analysis/patterns/claims.yaml``: what stands between them, ``#`` for the first number)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from analysis.claim_text import Sentence
from analysis.numbers import Number

_CLOSING_COMMA = re.compile(r"\s*[,،]")
_RANK_MARK = re.compile(r"\.?[ºª°]?")  # what a written ordinal may keep after its digits
_CONTEXT = 24  # characters before the first number a correction may start with ("not ")


def corrected_pairs(sentence: Sentence, numbers: list[Number]) -> list[Number]:
    """``numbers`` with the first of each correction pair looking for its noun after the
    second; the second keeps its own."""
    pattern = sentence.language.corrections
    if pattern is None:
        return numbers
    text = sentence.text
    kept = list(numbers)
    for at, (first, second) in enumerate(pairwise(numbers)):
        rank_end = _RANK_MARK.match(text, first.end).end()  # "nicht der 10., sondern"
        between = text[max(0, first.start - _CONTEXT):first.start] + "#" + text[
            rank_end:second.start]
        if first.noun_from is None and pattern.search(between):
            # "foram 72, e não 70, os países": the noun after the comma that closes the pair
            comma = _CLOSING_COMMA.match(text, second.end)
            noun_from = comma.end() if comma else second.end
            kept[at] = replace(first, noun_from=noun_from)
            if comma and second.noun_from is None:
                kept[at + 1] = replace(second, noun_from=noun_from)
    return kept
