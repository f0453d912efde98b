"""Attendance that names the whole of a partitive: "solo firmaron 72 de los países
presentes", "only 72 of the countries present signed", "seuls 72 des pays présents ont
signé". The attendance word right after the noun of a partitive that opens after the count
qualifies the whole the count is part of, not what the count did: when another word of the
sentence gives the count its kind (the signing), that attendance word goes
(``analysis.claim_keywords.claim_kind``)."""

from __future__ import annotations

import re

from analysis.claim_text import Keyword, Sentence, words_after

QUALIFYING_WORDS = 3  # "de los países presentes": article, noun and the attendance word
_BREAK = re.compile(r"[\d,;:.!?\u060c\u3001\u3002\uff0c\uff1b\uff1a]")


def without_partitive_attendance(sentence: Sentence, number_end: int,
                                 keywords: list[Keyword]) -> list[Keyword]:
    """``keywords`` without an attendance word that qualifies the whole of a partitive
    right after the count, when a keyword of another kind remains."""
    text, partitives = sentence.text, sentence.language.partitives
    opening = partitives.match(text, number_end) if partitives is not None else None
    if opening is None:
        return keywords
    high = words_after(sentence, opening.end(), QUALIFYING_WORDS)
    qualifying = [k for k in keywords if k.kind == "attend" and opening.end() < k.start < high
                  and not _BREAK.search(text, number_end, k.start)]
    rest = [k for k in keywords if k not in qualifying]
    return rest if qualifying and any(k.kind != "attend" for k in rest) else keywords
