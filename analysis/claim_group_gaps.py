"""Gapped group subsets: "Von afrikanischen Staaten unterzeichneten 21, von
lateinamerikanischen und karibischen elf", "非洲国家中签署的有二十一个 (comma)
拉美和加勒比国家有十一个",
"21 from Africa signed, eleven from Latin America and the Caribbean". A bare count in a
later clause that names another region or bloc and holds no verb or count of its own is a
part of the signatories of that group, as the subset before it is of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_keywords import find_keywords
from analysis.claim_text import CLAUSE_END, Claim, Sentence, qualifier_after, qualifier_before
from analysis.numbers import Number

_CLAUSE_MARK = re.compile(r"[,;\u060c\uff0c\uff1b]")
_CJK_TAIL = 1  # a classifier (个) may follow a Chinese count


def gapped_group_claims(sentence: Sentence, claims: list[Claim],
                        unclaimed: list[Number]) -> list[Claim]:
    """A subset claim for each bare count of ``unclaimed`` in a clause that names another
    group than the subset claim before it, with no verb of its own."""
    found: list[Claim] = []
    for number in unclaimed:
        prior = [c for c in claims if c.claim_kind == "subset" and c.group
                 and c.end <= number.start]
        if number.ordinal or number.value < 2 or not prior or not _bare(sentence, number):
            continue
        clause = _own_clause(sentence, prior[-1].end, number.start)
        group = _longest_group(sentence, clause) if clause else None
        if group is not None and group != prior[-1].group:
            found.append(_part(sentence, number, prior[-1], group))
    return found


def _own_clause(sentence: Sentence, low: int, high: int) -> tuple[int, int] | None:
    """The span from the first clause mark after ``low`` to the count at ``high``, when it
    holds no digit and no keyword."""
    text = sentence.text
    marks = list(_CLAUSE_MARK.finditer(text, low, high))
    if not marks:
        return None
    start = marks[0].end()  # "..., de los asiáticos, once": the clause after the claim's
    if any(ch.isdigit() for ch in text[start:high]) or any(
            start <= k.start < high for k in find_keywords(sentence)):
        return None
    return start, high


def _longest_group(sentence: Sentence, span: tuple[int, int]) -> str | None:
    """The group of the longest region or bloc name in ``span`` ("lateinamerikanischen und
    karibischen" is Latin America and the Caribbean, not the Caribbean)."""
    named = [(m.end() - m.start(), -order, group)
             for order, (group, pattern) in enumerate(sentence.language.groups)
             if (m := pattern.search(sentence.text, *span))]
    return max(named)[2] if named else None


def _bare(sentence: Sentence, number: Number) -> bool:
    text = sentence.text
    stop = CLAUSE_END.search(text, number.end)
    tail = text[number.end:stop.start() if stop else len(text)].strip()
    return len(tail) <= _CJK_TAIL if sentence.language.cjk else not tail


def _part(sentence: Sentence, number: Number, prior: Claim, group: str) -> Claim:
    text, language = sentence.text, sentence.language
    start, before = qualifier_before(text, number.start, language)
    end, after = qualifier_after(text, number.end, language)
    stated = [q for q in (before, after, number.qualifier) if q and q != "exact"]
    return replace(prior, start=min(start, number.start), end=max(end, number.end),
                   number=number, qualifier=stated[0] if stated else "exact", group=group)
