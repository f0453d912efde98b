"""Counts that restate another count of the sentence: its value at an earlier time ("the
number of signatories rose to 72, up from 65 on Saturday", "contre 65 la veille", "tegen 65
op zaterdag", "周六为六十五个") and its corrected figure ("said 62 countries signed on the
opening day; the correct figure is 65", "Richtig ist: 65.", "верная цифра — 72",
"实际为65个"). A number with no claim of its own right after a marker of ``earlier_values``
or ``corrected_figures`` or ``forecasts`` ("72 signed, beating forecasts of 50 to 55": the
count they would be, as the label conventions have it) (``analysis/patterns/claims.yaml``)
counts what the last claim before the marker counts: the same kind and group (a total
then, a subset of the same day or region); its value and qualifier are its own. A plain
preposition of ``earlier_values_next`` ("stieg auf 72, nach 65", "naik menjadi 72 dari 65") marks an
earlier value only right after a tally that changed (``change_targets`` before it)."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_keywords import negated
from analysis.claim_text import (
    Claim,
    Keyword,
    Sentence,
    clause_of,
    qualifier_after,
    qualifier_before,
)
from analysis.numbers import Number

_WORD = re.compile(r"[^\W_]+")
_NEXT_WORDS = 3  # words between a tally and a plain preposition of its earlier value
_CLAUSE_END = re.compile(r"[,;:.!?\u3002\uff0c\uff1b\u060c]")


def with_restatements(sentence: Sentence, claims: list[Claim], unclaimed: list[Number],
                      year_like: re.Pattern[str]) -> list[Claim]:
    """``claims`` and a claim for each number of ``unclaimed`` that restates one of them,
    in text order."""
    found = list(claims)
    for number in unclaimed:
        if (number.ordinal or not number.value  # "von null auf 20": a zero is no count
                or year_like.fullmatch(sentence.text[number.start:number.end])):
            continue
        restated = _restated(sentence, number, found)
        if restated is not None:
            found.append(restated)
    return sorted(found, key=lambda claim: claim.number.start)


def _restated(sentence: Sentence, number: Number, claims: list[Claim]) -> Claim | None:
    language, text = sentence.language, sentence.text
    start, before = qualifier_before(text, number.start, language)
    for pattern, next_only in ((language.earlier_values, False),
                               (language.corrected_figures, False),
                               (language.forecasts, False),  # "beating forecasts of 50
                               (language.earlier_values_next, True)):
        marker = pattern.search(text[:start]) if pattern is not None else None
        original = _original(claims, marker.start()) if marker is not None else None
        if original is None or (next_only and not _next_to(sentence, original, marker.start())):
            continue
        end, after = qualifier_after(text, number.end, language)
        stated = [q for q in (before, after, number.qualifier) if q and q != "exact"]
        qualifier = "range" if number.value_high is not None else (
            stated[0] if stated else "exact")
        kind, group = original.claim_kind, original.group
        if kind == "signatories" and _own_session(sentence, number):
            kind, group = "subset", None  # "más que los 65 que lo hicieron el sábado"
        return replace(original, start=min(start, number.start), end=max(end, number.end),
                       number=number, qualifier=qualifier, claim_kind=kind, group=group)
    return None


def _own_session(sentence: Sentence, number: Number) -> bool:
    """A session of its own in the rest of the restated count's clause ("the 65 that did
    so on Saturday"): the signatures of that session, a subset."""
    sessions = sentence.language.session_subsets
    if sessions is None:
        return False
    stop = _CLAUSE_END.search(sentence.text, number.end)
    return sessions.search(sentence.text, number.end,
                           stop.start() if stop else len(sentence.text)) is not None


def _next_to(sentence: Sentence, original: Claim, marker: int) -> bool:
    """"stieg auf 72, nach 65", "naik menjadi 72 dari 65": a tally that changed (a word of
    ``change_targets`` right before it) and at most a few words between it and the marker;
    not "72 Staaten von fünf Kontinenten"."""
    language, text = sentence.language, sentence.text
    start, _ = qualifier_before(text, original.number.start, language)
    return (language.change_targets is not None
            and language.change_targets.search(text[:start]) is not None
            and len(_WORD.findall(text, original.number.end, marker)) <= _NEXT_WORDS)


def _original(claims: list[Claim], marker: int) -> Claim | None:
    """The last claim whose number ends before the marker."""
    earlier = [claim for claim in claims if claim.number.end <= marker]
    return max(earlier, key=lambda claim: claim.number.start) if earlier else None


def negated_after(sentence: Sentence, number: Number, keywords: list[Keyword],
                   clauses: list[int]) -> bool:
    """"contre 120 qui ne l'ont pas fait": the first act after a count in its clause is
    negated, the count is of those that did not."""
    _, high = clause_of(number, clauses, len(sentence.text))
    after = [k for k in keywords if number.end <= k.start < high
             and k.kind in ("sign", "ratify", "attend")]
    return bool(after) and negated(sentence, after[0])
