"""A States count joined to a count of people: "About 110 countries and some 2,500 delegates
were in Hanoi", "meer dan 100 landen en ongeveer 2.500 afgevaardigden", "2500 Delegierte und
110 Staaten". Delegates do not sign, so the verb the two share is attendance: the States
count is the States that attended, whatever signing word names the event. The two counts
stand side by side, joined by a coordinator (``coordinators``) or a comma and nothing else."""

from __future__ import annotations

import re

from analysis.claim_text import Sentence, noun_at, qualifier_after, qualifier_before
from analysis.numbers import Number

PEOPLE = frozenset({"delegates", "people", "ministers"})
_LINK = re.compile(r"\s*[,\u060c\uff0c\u3001]?\s*")


def attended_with_people(sentence: Sentence, number: Number, noun_end: int,
                         kind: str | None) -> bool:
    """Whether this States count (its noun ends at ``noun_end``), with no kind or a signing
    one, stands next to a count of people, the two joined by a coordinator: the count of
    States that attended."""
    if kind not in (None, "signatories", "attending_states"):
        return False
    others = [n for n in sentence.numbers if n.start != number.start]
    after = [n for n in others if n.start >= noun_end]
    if after and _joined(sentence, noun_end, _start_of(sentence, after[0])):
        return _people_noun(sentence, after[0]) is not None
    before = [n for n in others if n.end <= number.start]
    if before and (end := _people_noun(sentence, before[-1])) is not None:
        return _joined(sentence, end, _start_of(sentence, number))
    return False


def _start_of(sentence: Sentence, number: Number) -> int:
    return qualifier_before(sentence.text, number.start, sentence.language)[0]


def _joined(sentence: Sentence, end: int, start: int) -> bool:
    """Only a coordinator (or a comma) between ``end`` and ``start``."""
    if start < end:
        return False
    between = sentence.text[end:start]
    link = _LINK.match(between)
    rest = between[link.end():] if link else between
    coordinators = sentence.language.coordinators
    if coordinators is None:
        return False
    joined = coordinators.match(rest)
    return joined is not None and not rest[joined.end():].strip()


def _people_noun(sentence: Sentence, number: Number) -> int | None:
    """The end of a delegates or people noun right after the count, else None."""
    at, _ = qualifier_after(sentence.text, number.end, sentence.language)
    gap = re.compile(r"[^\S\n]*").match(sentence.text, at)
    at = gap.end() if gap else at
    if sentence.language.cjk:
        at += 1 if sentence.text[at:at + 1] in ("名", "位", "个", "個") else 0
    found = noun_at(sentence, at)
    return found[1] if found and found[0] in PEOPLE else None
