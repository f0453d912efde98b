"""Rejected figures: "72 countries signed, not 90 as social media claimed", "72 pays ont signé,
et non 90", "firmaron 72, y no 90", "72 Staaten, nicht 90", "72国而非90国",
"72 negara, bukan 90". A fact-check names the figure it rejects right after the stated count,
after a word of rejection (``rejections`` of ``analysis/patterns/claims.yaml``): the reader
meets it, so it is a claim of the stated count's kind and group (a debunked figure is judged
like a correction's earlier value)."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language, Patterns
from analysis.claim_sentences import unmasked
from analysis.claim_text import Claim, qualifier_before
from analysis.numbers import normalise, original_offset

_GAP_WORDS = 8  # words between the stated count's span and the rejection ("signed the text, not")
_GAP = re.compile(r"[^\d.;!?\u3002\uff1b]*")


def rejected(sentence: str, claims: list[Claim], language: Language,
             patterns: Patterns) -> list[Claim]:
    """The rejected figures of ``sentence`` (offsets in it), each after a stated claim."""
    if language.rejections is None or not claims:
        return []
    text, positions = normalise(sentence)
    found: list[Claim] = []
    numbers = unmasked(text, find_numbers(text, language, patterns.max_number_words), language)
    for number in numbers:
        start = original_offset(positions, number.start, len(sentence))
        end = original_offset(positions, number.end, len(sentence))
        if (number.ordinal or number.value < patterns.min_value
                or patterns.year_like.fullmatch(text[number.start:number.end])
                or any(c.start < end and start < c.end for c in claims)):
            continue
        lead, qualifier = qualifier_before(text, number.start, language)
        stated = [c for c in claims if c.end <= original_offset(positions, lead, len(sentence))]
        if not stated:
            continue
        gap = sentence[stated[-1].end:original_offset(positions, lead, len(sentence))]
        marker = _marker(gap, language.rejections)
        if marker is None or len(gap[:marker].split()) > _GAP_WORDS or not _GAP.fullmatch(gap):
            continue
        claim = stated[-1]
        found.append(Claim(start, end, replace(number, start=start, end=end),
                           qualifier or "exact", claim.claim_kind, claim.keyword, claim.group))
    return found


def _marker(gap: str, pattern: re.Pattern[str]) -> int | None:
    """Where a rejection word that closes ``gap`` starts, else None."""
    ends = [m for m in pattern.finditer(gap) if not gap[m.end():].strip()]
    return ends[-1].start() if ends else None
