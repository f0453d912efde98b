"""Bases that count attending States: "fewer than half of the roughly 110 countries
represented signed", "moins de la moitié des 110 pays représentés", "weniger als die
Hälfte der 110 vertretenen Staaten". A base ("half of the", "of the") is no claim when it
only sizes the part counted after it ("Of the 193 member States, 72 signed"); when an
attendance word qualifies its own noun (a participle or adjective right before or after
it, "represented", "present", "vertretenen", "représentés", "представленных"), the base
counts the States at the event, an attendance claim
(``analysis.claim_sentences`` finds the claims)."""

from __future__ import annotations

import re

from analysis.claim_roles import acting_base
from analysis.claim_text import Keyword, Sentence, words_after

ATTENDING_WORDS = 2  # "110 countries represented (at the event)": the participle so close
_BREAK = re.compile(r"[\d,;:.!?\u060c\u3001\u3002\uff0c\uff1b\uff1a]")


def counted_base(sentence: Sentence, noun: tuple[str, int, int, int], number_end: int,
                 keywords: list[Keyword]) -> bool:
    """A base that is a count in its own right: its States signed or ratified in a
    relative clause ("Of the 74 States that have signed", ``acting_base``) or attended
    (``attending_base``)."""
    return (acting_base(sentence, noun[2], keywords) is not None
            or attending_base(sentence, noun, number_end, keywords))


def attending_base(sentence: Sentence, noun: tuple[str, int, int, int], number_end: int,
                   keywords: list[Keyword]) -> bool:
    """An attendance keyword that qualifies the States noun of a base: between the count
    and its noun ("der 110 vertretenen Staaten") or within ``ATTENDING_WORDS`` words after
    the noun with no clause mark or number between ("the 110 countries represented")."""
    noun_class, noun_start, noun_end, _ = noun
    if noun_class != "states" or noun_start < number_end:
        return False
    text = sentence.text
    high = words_after(sentence, noun_end, ATTENDING_WORDS)
    for keyword in keywords:
        if keyword.kind != "attend":
            continue
        if number_end <= keyword.start and keyword.end <= noun_start:
            return True
        if noun_end <= keyword.start < high and not _BREAK.search(text, noun_end,
                                                                     keyword.start):
            return True
    return False
