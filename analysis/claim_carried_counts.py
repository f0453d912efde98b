"""Bare counts that carry on from the sentence before: a running total after a signing ("Ook
Mauritius tekent. De teller staat nu op 73", "Three more signed today. The tally now stands
at 75") is the signatories' total, even after new signatures counted as a part; a corrected
figure ("... stond dat 75 landen hadden ondertekend. Dat waren er 72", "... hätten vier
Staaten unterzeichnet. Richtig ist: Es waren drei") is a claim of the kind and group of the
count it corrects. The words that open such a sentence before its count are
``running_totals`` and ``corrected_leads`` of ``analysis/patterns/claims.yaml``."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_keywords import find_keywords
from analysis.claim_nouns import counts_non_state_actors
from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language, Patterns
from analysis.claim_sentences import unmasked
from analysis.claim_text import Claim, noun_at, qualifier_before, sentence_of
from analysis.numbers import Number, normalise, original_offset

_STOPS = re.compile(r"[.!?\u3002\uff01\uff1f]\s+")  # a statement that ends inside the sentence
_WORD = re.compile(r"[^\W\d_]")  # a word right after the count: it counts something else
_STATE_NOUNS = ("states", "signers")
_SIGNED_KINDS = ("signatories", "subset")  # counts a running total of signatures carries on


def carried_count(before: str, stated: list[Claim], sentence: str, claims: list[Claim],
                  language: Language, patterns: Patterns) -> list[Claim]:
    """The claim of the bare count that opens ``sentence`` (or a statement inside it, after
    a full stop the splitter kept: "... unterzeichnet. Richtig ist: Es waren drei") after a
    running-total or correction lead, given the sentence ``before`` it and that sentence's
    claims ``stated`` (offsets in ``sentence``), else []."""
    text, positions = normalise(sentence)
    numbers = unmasked(text, find_numbers(text, language, patterns.max_number_words), language)
    taken = {c.number.start for c in claims}

    def at(i: int) -> int:
        return original_offset(positions, i, len(sentence))

    for number in numbers:
        opening = max((m.end() for m in _STOPS.finditer(text, 0, number.start)), default=0)
        if at(number.start) in taken or any(n.start < number.start for n in numbers
                                             if n.start >= opening):
            continue  # claimed, or not the first count of its statement
        if not _bare(text, number, language, patterns):
            return []
        context = before + " " + sentence[:at(opening)]
        earlier = stated + [c for c in claims if c.start < at(opening)]
        if not context.strip() or (opening == 0 and claims):
            return []
        lead, qualifier = qualifier_before(text, number.start, language)
        kind_group = _carried_kind(text[opening:lead], context, earlier, language)
        if kind_group is None:
            continue
        kind, keyword, group = kind_group
        return [Claim(at(lead), at(number.end), replace(number, start=at(number.start),
                                                       end=at(number.end)),
                      qualifier or "exact", kind, keyword, group)]
    return []


def _bare(text: str, number: Number, language: Language, patterns: Patterns) -> bool:
    """A count with no noun but a States one, and not a year, a rank or a small word."""
    if (number.ordinal or number.value < patterns.min_value
            or patterns.year_like.fullmatch(text[number.start:number.end])
            or counts_non_state_actors(text, number, [], language, None)):
        return False
    after = number.end + len(text[number.end:]) - len(text[number.end:].lstrip())
    noun = noun_at(sentence_of(text, language), after)
    return (noun[0] in _STATE_NOUNS) if noun else not _WORD.match(text, after)


def _carried_kind(lead: str, before: str, stated: list[Claim],
                  language: Language) -> tuple[str, str | None, str | None] | None:
    """(kind, keyword, group) the lead carries from the sentence before, else None."""
    if language.running_totals is not None and language.running_totals.fullmatch(lead):
        signed = [k for k in find_keywords(sentence_of(normalise(before)[0], language))
                  if k.kind == "sign"]
        if signed or any(c.claim_kind in _SIGNED_KINDS for c in stated):
            return "signatories", signed[-1].text if signed else None, None
        return None
    if stated and language.corrected_leads is not None and language.corrected_leads.fullmatch(
            lead):
        corrected = stated[-1]
        return corrected.claim_kind, corrected.keyword, corrected.group
    return None
