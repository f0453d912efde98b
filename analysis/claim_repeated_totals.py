"""Counts a sentence restates. The same total said twice ("became the first to ratify, and
so the first State Party", "首个批准 ... 第一个缔约国") is one claim. A base that restates
the signatory total: "Of the 72, nine came from ASEAN", "De los 72, nueve ...", "Sur les
72, ...", "Из 72 ...", "Dari 72 negara itu, ...", "在这72个国家中". A base with no noun of
its own, or one a demonstrative (``restating``) points back with, followed by a part that
names a region or bloc, is the total of signatories the sentence refers back to; the part
is a subset of that group. A base with a noun and no pointer back ("Of the 193 member
States, 72 have signed") stays a base, no claim."""

from __future__ import annotations

import re

from analysis.claim_subsets import group_after
from analysis.claim_text import (
    WIDE_CLAUSE_MARKS,
    Claim,
    Sentence,
    noun_at,
    qualifier_after,
    qualifier_before,
)
from analysis.numbers import Number

_BARE = re.compile(rf"\s*[,;:\u2013\u2014{WIDE_CLAUSE_MARKS}]")
_CLAUSE = re.compile(rf"[,;:.\u2013\u2014{WIDE_CLAUSE_MARKS}\u3002]")
_BEFORE = 12  # characters before the base in which a demonstrative points back
_TOTALS = ("signatories", "ratifications")
_FIXED_RANKS = 10  # ranks up to ten are fixed words of the patterns file


def with_restated_total(sentence: Sentence, base: Number | None, numbers: list[Number],
                        claims: list[Claim]) -> list[Claim]:
    """``claims`` with the restated total and its named parts, when the base restates."""
    if base is None or not _refers_back(sentence, base):
        return claims
    claimed = {c.number.start: c for c in claims}
    parts: list[Claim] = []
    for number in numbers:
        if number.start <= base.end:
            continue
        own = claimed.get(number.start)
        if own is not None:
            if own.claim_kind == "subset":  # "Of the 72, 65 signed on the first day"
                parts.append(own)
            continue
        group = group_after(sentence, number.end)
        if group is not None:
            parts.append(_claim(sentence, number, "subset", group))
    if not parts or base.start in claimed:
        return claims
    added = [_claim(sentence, base, "signatories", None),
             *(p for p in parts if p.number.start not in claimed)]
    return sorted([*claims, *added], key=lambda c: c.number.start)


def _refers_back(sentence: Sentence, base: Number) -> bool:
    text, language = sentence.text, sentence.language
    end, _ = qualifier_after(text, base.end, language)
    if _BARE.match(text, end) or _no_noun_after(sentence, end):
        return True  # "Of the 72, ...", "Von den 72 kamen neun": the total said before
    pointer = language.restating
    if pointer is None:
        return False
    stop = _CLAUSE.search(text, base.end)
    return bool(pointer.search(text, max(0, base.start - _BEFORE),
                               stop.start() if stop else len(text)))


def _no_noun_after(sentence: Sentence, end: int) -> bool:
    """No noun between the base and the end of its clause ("Из 72 девять", "Von den 72
    kamen neun"; not "Of the ten ASEAN members, seven ...")."""
    if sentence.language.cjk:
        return False
    stop = _CLAUSE.search(sentence.text, end)
    following = [s for s, _, _ in sentence.tokens
                 if end <= s < (stop.start() if stop else len(sentence.text))]
    return bool(following) and all(noun_at(sentence, s) is None for s in following)


def _claim(sentence: Sentence, number: Number, kind: str, group: str | None) -> Claim:
    start, qualifier = qualifier_before(sentence.text, number.start, sentence.language)
    qualifier = qualifier or number.qualifier or "exact"
    return Claim(start, number.end, number, qualifier, kind, None, group)


def without_repeated_totals(claims: list[Claim]) -> list[Claim]:
    """One claim per count: a second signatory or ratification total of the same value in
    one sentence ("the first to ratify ... the first State Party", "the fifth State Party,
    the fifth country to ratify") says the same count again. A count and a rank of the same
    value are two statements ("a treaty with 73 signatories ... became the 73rd signatory"):
    both stay, above ten (the ranks up to ten are fixed words, not all marked as ranks)."""
    kept: list[Claim] = []
    for claim in claims:
        if claim.claim_kind in _TOTALS and any(
                (k.claim_kind, k.number.value) == (claim.claim_kind, claim.number.value)
                and (k.number.ordinal == claim.number.ordinal or claim.number.value <= _FIXED_RANKS)
                for k in kept):
            continue
        kept.append(claim)
    return kept
