"""Where a session phrase stands, for the counts around it.

A rank counted within a session: "the 48th State to do so this morning", "la 40e
signature de la matinée", "第48个在今天上午签署的国家". An ordinal ranks from the start of
the signing ("who signed on day one, became the 24th to ratify"), except when the session
phrase follows it in its own clause and is said from within its day (``cosigning_days``:
this morning, today): then it ranks the signatures of that session, a subset by session like
a count of them; "the 73rd signatory on Wednesday" still ranks from the start.

A session phrase may run from a signing verb over a comma to its day ("menandatangani ...
selama dua hari upacara, 69 di antaranya pada hari pertama, Sabtu (25/10)"): a count before
the last clause mark inside it stands between the total and the day (``day_clause_start``)."""

from __future__ import annotations

import re

from analysis.claim_text import CLAUSE_END, Sentence
from analysis.numbers import Number

_MAX_WORDS = 6  # words between the ordinal and its session ("the 48th State to do so this")
_WORD = re.compile(r"\S+")


def ranks_within(sentence: Sentence, number: Number, session: tuple[int, int]) -> bool:
    """Whether the ordinal ``number`` ranks within the session at ``session``: the session,
    said from within its day, comes after it, in the same clause, a few words on."""
    days = sentence.language.cosigning_days  # a day said from within it: "this morning"
    if not number.ordinal or session[0] < number.end or days is None or not days.search(
            sentence.text, session[0], session[1]):
        return False
    between = sentence.text[number.end:session[0]]
    limit = _MAX_WORDS * (4 if sentence.language.cjk else 1)
    size = len(between) if sentence.language.cjk else len(_WORD.findall(between))
    return CLAUSE_END.search(between) is None and size <= limit


def day_clause_start(text: str, span: tuple[int, int]) -> int:
    """Where the last clause of the session phrase at ``span`` starts (after the last clause
    mark inside it): the phrase's own start when it has none."""
    marks = list(CLAUSE_END.finditer(text, span[0], span[1]))
    return marks[-1].end() if marks else span[0]


def bracketed_day(text: str, number: Number) -> bool:
    """"No primeiro dia, sábado (25), 69 países ...": a day of the month alone in
    parentheses after a weekday dates the session; it is no count of its own."""
    return (number.value <= 31 and text[:number.start].rstrip().endswith("(")
            and text[number.end:].lstrip().startswith(")"))
