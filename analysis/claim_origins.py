"""A count of States after "from" in a clause about delegates or delegations: "2,500
delegates from 110 countries attended", and in an appositive that a comma opens after
such a count: "95 delegations had registered, from about 110 countries" (attendance)."""

from __future__ import annotations

from analysis.claim_text import Sentence, clause_of, noun_at, qualifier_before, starts
from analysis.numbers import Number

_ATTENDING = ("delegates", "delegations", "participants")
_PUNCTUATION = " ,;\u060c\uff0c\u3001"


def from_origin(sentence: Sentence, number: Number, clauses: list[int]) -> bool:
    """The number follows an origin marker ("from", "uit", "من") in a clause about
    delegates or delegations, or in an appositive right after one."""
    language, text = sentence.language, sentence.text
    if language.origin_markers is None:
        return False
    start, _ = qualifier_before(text, number.start, language)
    marker = (language.origin_markers.search(text[:start])
              or language.origin_markers.search(text[:number.start]))
    if marker is None:
        return False
    low, high = clause_of(number, clauses, len(text))
    if low and not text[low:marker.start()].strip(_PUNCTUATION):
        # ", from about 110 countries": the clause before holds the delegations
        low = max((c for c in clauses if c < low), default=0)
    return any(found[0] in _ATTENDING
               for at in starts(sentence, low, high) if (found := noun_at(sentence, at)))
