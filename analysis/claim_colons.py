"""A count that follows its noun across a colon or a dash: "waaronder opvallend veel
Afrikaanse staten: maar liefst vijftien", "among them many African States: fifteen",
"dont beaucoup d'États africains : quinze au total". The count has no noun of its own;
the noun that ends right before the colon is the set it counts (its group too)."""

from __future__ import annotations

import re

from analysis.claim_text import Sentence, noun_at, qualifier_before, words_before
from analysis.numbers import Number

Noun = tuple[str, int, int, int]  # noun class, start, end, words skipped
_COLON = re.compile(r"\s*[:\u2014\u2013\uff1a]\s*$")  # a colon, a dash, a full-width colon
_NOUN_WORDS = 3  # the words before the colon that name the set ("veel Afrikaanse staten")


def noun_before_colon(sentence: Sentence, number: Number) -> Noun | None:
    """The States noun right before a colon that opens the count, as (class, start, end,
    1); None when no colon comes right before the count (and its qualifier)."""
    if sentence.language.cjk:
        return None
    start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    colon = _COLON.search(sentence.text[:start])
    if colon is None:
        return None
    low = words_before(sentence, colon.start(), _NOUN_WORDS)
    for at, _, _ in sentence.tokens:
        if low <= at < colon.start() and (found := noun_at(sentence, at)) is not None:
            # the phrase from its first words to the colon: its group ("Afrikaanse staten",
            # "d'États africains")
            return found[0], low, colon.start(), 1
    return None
