"""The opening for signature: a day named next to it dates the treaty, not a count.

"The convention, opened for signature on Saturday, has been signed by 72 States": the
Saturday is when the treaty opened, so it does not make the 72 a count of that day (a
session subset). A ranked day ("the first day of the opening", "开放签署首日") is one day
of the opening: still a session. ``openings`` in analysis/patterns/claims.yaml lists the wordings
("opened for signature", "ouverte à la signature", "zur Unterzeichnung aufgelegt").
"""

from __future__ import annotations

from analysis.claim_text import Sentence

_REACH = 40  # characters between an opening phrase and the day it dates


def dates_the_opening(sentence: Sentence, session: tuple[int, int]) -> bool:
    """Whether an opening-for-signature phrase stands right before or after the session
    phrase ``session`` (start, end), with no clause mark between them."""
    pattern, firsts = sentence.language.openings, sentence.language.firsts
    text = sentence.text
    if pattern is None or (firsts is not None and firsts.search(text, *session)):
        return False  # "开放签署首日", "the first day of the opening": a day of it, a session
    for found in pattern.finditer(text, max(0, session[0] - _REACH),
                                  min(len(text), session[1] + _REACH)):
        low, high = sorted((found.end(), session[0]) if found.end() <= session[0]
                           else (session[1], found.start()))
        if not any(mark in text[low:high] for mark in ",;:.()\u2013\u2014\uff0c\u3002"):
            return True
    return False
