"""Semicolon parts of a sentence: a bullet summary ("In short: 69 signed on day one; it
enters into force after 40 ratifications; some 2,500 people came") or a list of findings
joins statements of their own with semicolons. A threshold or ratification word in one
part does not give the kind of a count in another part that has a predicate of its own;
an elliptical part ("; three more on Sunday") or a tally that ends its part ("; the counter
stays at 17") still borrows the verb before it."""

from __future__ import annotations

import re

from analysis.claim_text import Keyword
from analysis.numbers import Number

_SEMICOLONS = re.compile("[;\uff1b]")
_WORD = re.compile(r"\w+")
# A part with at least this many words besides its count states its own predicate;
# shorter ones ("; tres más el domingo") are elliptical.
MIN_OWN_WORDS = 4
_FOREIGN_KINDS = ("threshold", "ratify", "goal")


def part_of(text: str, at: int) -> tuple[int, int]:
    """The span of the semicolon part holding offset ``at``."""
    low = max((m.end() for m in _SEMICOLONS.finditer(text, 0, at)), default=0)
    following = _SEMICOLONS.search(text, at)
    return low, following.start() if following else len(text)


def without_other_parts(text: str, number: Number,
                        keywords: list[Keyword]) -> list[Keyword]:
    """``keywords`` without the threshold and ratification words of other semicolon parts,
    when the number's own part is a statement of its own."""
    if not _SEMICOLONS.search(text) or number.ordinal:
        return keywords
    low, high = part_of(text, number.start)
    own_words = [m for m in _WORD.finditer(text, low, high)
                 if not number.start <= m.start() < number.end]
    if len(own_words) < MIN_OWN_WORDS or not _WORD.search(text, number.end, high):
        return keywords  # "...; the counter stays at 17": a tally that ends its part
    return [k for k in keywords
            if k.kind not in _FOREIGN_KINDS or low <= k.start < high]
