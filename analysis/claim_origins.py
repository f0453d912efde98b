"""Attendance by origin: "2,500 delegates from 110 countries attended", "Delegates from 110
countries packed the hall, and 69 governments signed". A States count after "from"
(``origin_markers``) in a clause about delegates, delegations or participants counts the
States that attended, unless a signing or ratifying word of its own clause makes it more."""

from __future__ import annotations

from analysis.claim_text import Keyword, Sentence, clause_of, noun_at, qualifier_before, starts
from analysis.numbers import Number

_PRESENT = ("delegates", "delegations", "participants")


def attended_from(sentence: Sentence, number: Number, clauses: list[int], kind: str | None,
                  keyword: Keyword | None, keywords: list[Keyword]) -> bool:
    """Whether this States count is attendance by origin: it follows "from" in a clause
    about delegates, and it has no kind of its own, an attendance word stands in the
    sentence, or the word that gave its kind stands in another clause (", and 69 governments
    signed": that clause's count signed)."""
    if not from_origin(sentence, number, clauses):
        return False
    low, high = clause_of(number, clauses, len(sentence.text))
    return (kind is None or any(k.kind == "attend" for k in keywords)
            or (keyword is not None and not low <= keyword.start < high))


def from_origin(sentence: Sentence, number: Number, clauses: list[int]) -> bool:
    """A States count after "from" in a clause about delegates or delegations."""
    language, text = sentence.language, sentence.text
    if language.origin_markers is None:
        return False
    start, _ = qualifier_before(text, number.start, language)
    if not (language.origin_markers.search(text[:start])
            or language.origin_markers.search(text[:number.start])):
        return False
    low, high = clause_of(number, clauses, len(text))
    return any(found[0] in _PRESENT
               for at in starts(sentence, low, high) if (found := noun_at(sentence, at)))
