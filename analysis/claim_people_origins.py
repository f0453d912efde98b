"""People counted by where they come from: "2,500 delegates from regional and international
organisations", "2 500 délégués d'organisations", "٢٥٠٠ مندوب من منظمات". The organisations
after an origin marker (``origin_markers``) are where the delegates come from, not what the
count counts: a count of people stays a count of people."""

from __future__ import annotations

import re

from analysis.claim_patterns import Language
from analysis.claim_text import CLAUSE_END
from analysis.numbers import Number

PEOPLE = frozenset({"delegates", "people", "ministers"})
_MAX_WORDS = 4  # words between the marker and the actor ("from regional and international")
_WORD = re.compile(r"\S+")


def people_from(text: str, number: Number, actor_start: int, language: Language,
                noun_class: str | None) -> bool:
    """Whether the non-State actor at ``actor_start`` is the origin of a count of people: an
    origin marker stands between the count and the actor, at most a few words before it."""
    if noun_class not in PEOPLE or language.origin_markers is None:
        return False
    if actor_start < number.start:
        return _origin_before(text, number, actor_start, language)
    if actor_start <= number.end:
        return False
    between = text[number.end:actor_start]
    cuts = [m.end() for m in _WORD.finditer(between)]
    return any(language.origin_markers.search(between[:cut] + " ")
               for cut in cuts[-_MAX_WORDS - 1:])


def _origin_before(text: str, number: Number, actor_start: int, language: Language) -> bool:
    """An origin marker before the actor, and no clause mark from it to the count."""
    markers = language.origin_markers
    if markers is None:
        return False
    ends = (range(1, actor_start + 1) if language.cjk
            else [m.end() for m in _WORD.finditer(text, 0, actor_start)])
    found = [end for end in ends if markers.search(text[:end] + ("" if language.cjk else " "))]
    return bool(found) and CLAUSE_END.search(text, found[-1], number.start) is None
