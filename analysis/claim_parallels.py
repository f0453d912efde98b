"""Parallel comparisons with another treaty: "Palermo drew 124 signatures in four days;
Hanoi reached 72 in two", "Palermo 124, Hanoi 72". The other
treaty's count is no claim, but the bare count in the clause that names this treaty after it
counts the same thing: it takes the kind the other count would have had, read as if its
treaty were not named. Its value and qualifier are its own.

Gapped clauses: "signatories rose from 72 to 81, and ratifications (dash) from zero to more
than twenty": a dash right after a noun of what is counted stands for the verb left out, so it
does not end the noun's clause (``without_gapping_dashes``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from analysis.claim_elided_ranks import elided_ranks
from analysis.claim_group_gaps import gapped_group_claims
from analysis.claim_keywords import find_keywords
from analysis.claim_text import (
    Claim,
    Sentence,
    noun_at,
    qualifier_after,
    qualifier_before,
    sentence_of,
    starts,
    words_before,
)
from analysis.numbers import Number

_PARALLEL_KINDS = ("signatories", "ratifications", "attending_states")
_CLAUSE_END = re.compile(r"[,;:.!?\u3002\uff0c\uff1b\u060c]")
_BARE_TAIL = re.compile(r"\W*", re.UNICODE)  # a bare count: nothing but punctuation after
_CJK_TAIL = 1  # a classifier (个, 份) may follow a Chinese count

Reader = Callable[[Sentence, Number], Claim | None]
_DASH = "\u2013\u2014"
_GAPPED_NOUNS = ("instruments", "parties", "signers")  # "ratifications (dash) from 0 to 20"
_TOTAL_KINDS = ("signatories", "ratifications", "subset")  # a subset: of the first day
_WORD = re.compile(r"\w+")


def without_gapping_dashes(sentence: Sentence, clauses: list[int]) -> list[int]:
    """``clauses`` without the dashes that stand for a verb left out after a noun of what
    is counted ("and ratifications (dash) from zero to twenty", as Russian writes it)."""
    text = sentence.text
    return [b for b in clauses if not (text[b:b + 2].strip()[:1] in _DASH
                                       and _noun_ends_at(sentence, b))]


def _noun_ends_at(sentence: Sentence, position: int) -> bool:
    for at in starts(sentence, words_before(sentence, position, 2), position):
        found = noun_at(sentence, at)
        if found and found[0] in _GAPPED_NOUNS and not sentence.text[found[1]:position].strip():
            # a bare noun: "forty ratifications - we are at six -" is a count and an aside
            return not any(n.end <= at and not sentence.text[n.end:at].strip()
                           for n in sentence.numbers)
    return False


def parallel_claims(sentence: Sentence, claims: list[Claim], unclaimed: list[Number],
                    read: Reader) -> list[Claim]:
    """A claim for each count of ``unclaimed`` that answers another treaty's count of the
    same sentence in a clause naming this treaty, unless a count after the name is already
    a claim ("Hanoi gathered 72 in two": the two days); ``read`` reads a count. A bare count
    after a later cut-off counts what the claim before it counts (``_later_cutoff_totals``)."""
    language, text = sentence.language, sentence.text
    found = _later_cutoff_totals(sentence, claims, unclaimed) + gapped_group_claims(
        sentence, claims, unclaimed) + elided_ranks(  # "..., und karibischen elf"
        sentence, claims, unclaimed)  # "als dritter und ... als vierter ratifiziert"
    if language.other_treaties is None or language.this_treaty is None:
        return found
    for number in unclaimed:
        if number.ordinal or not _bare(sentence, number):
            continue
        this = [m for m in language.this_treaty.finditer(text, 0, number.start)]
        if not this:
            continue
        named = this[-1]
        others = [m for m in language.other_treaties.finditer(text, 0, named.start())
                  if not (named.start() <= m.start() < named.end())]
        if not others or language.other_treaties.search(text, named.end(), number.start) or any(
                named.end() <= c.number.start < number.start for c in [*claims, *found]):
            continue
        masked = text[:others[-1].start()] + " " * (others[-1].end() - others[-1].start()) \
            + text[others[-1].end():]
        reread = replace(sentence_of(masked, language), numbers=sentence.numbers)
        answered = [claim for n in sentence.numbers
                    if others[-1].end() <= n.start and n.end <= named.start()
                    and (claim := read(reread, n)) is not None]
        if answered and answered[-1].claim_kind in _PARALLEL_KINDS:
            found.append(_answer(sentence, number, answered[-1]))
    return found


def _bare(sentence: Sentence, number: Number) -> bool:
    text = sentence.text
    stop = _CLAUSE_END.search(text, number.end)
    tail = text[number.end:stop.start() if stop else len(text)]
    if sentence.language.cjk:
        return len(tail.strip()) <= _CJK_TAIL
    return _BARE_TAIL.fullmatch(tail) is not None


def _answer(sentence: Sentence, number: Number, other: Claim) -> Claim:
    text, language = sentence.text, sentence.language
    start, before = qualifier_before(text, number.start, language)
    end, after = qualifier_after(text, number.end, language)
    stated = [q for q in (before, after, number.qualifier) if q and q != "exact"]
    qualifier = "range" if number.value_high is not None else (stated[0] if stated
                                                              else "exact")
    return replace(other, start=min(start, number.start), end=max(end, number.end),
                   number=number, qualifier=qualifier, group=None)


def _later_cutoff_totals(sentence: Sentence, claims: list[Claim],
                         unclaimed: list[Number]) -> list[Claim]:
    """"about seventy had signed by the end of the first day, and by Sunday evening
    (dash) seventy-two": a bare count whose clause opens with a cut-off (``cutoffs``) after a
    count of signatories or ratifications left out the verb and the noun; it is the total by
    then (a count of the first day's signatories is a part, the later count the total).
    So is a bare count after a ``tallies`` word ("one more signs in New York, in total 73")."""
    cutoffs, tallies, text = sentence.language.cutoffs, sentence.language.tallies, sentence.text
    found = []
    for number in unclaimed:
        before = [c for c in claims if c.end <= number.start and c.claim_kind in _TOTAL_KINDS]
        if cutoffs is None or number.ordinal or not before or not _bare(sentence, number):
            continue
        last = before[-1]
        gap = text[last.end:number.start]
        if (_CLAUSE_END.search(gap) or any(ch in _DASH for ch in gap)) and not any(
                last.end <= n.start < number.start for n in sentence.numbers) and (any(
                cutoffs.search(gap[:word.end()]) and _WORD.search(gap, word.end())
                for word in _WORD.finditer(gap))  # "until the end of 2026": a year
                or (tallies is not None and tallies.search(gap))):  # ", in total 73"
            if last.claim_kind == "subset" and any(  # "ratified on the first day": no
                    k.kind == "ratify" for k in find_keywords(sentence)):  # signatory total
                continue
            kind = "signatories" if last.claim_kind == "subset" else last.claim_kind
            found.append(replace(_answer(sentence, number, last), claim_kind=kind))
    return found
