"""Attendance by origin: "2,500 delegates from 110 countries attended", "Delegates from 110
countries packed the hall, and 69 governments signed", and in an appositive that a comma
opens after such a count: "95 delegations had registered, from about 110 countries". A
States count after "from" (``origin_markers``) in a clause about delegates, delegations or
participants counts the States that attended, unless a signing or ratifying word of its own
clause makes it more."""

from __future__ import annotations

from analysis.claim_text import Keyword, Sentence, clause_of, noun_at, qualifier_before, starts
from analysis.numbers import Number

_PRESENT = ("delegates", "delegations", "participants")
_PUNCTUATION = " ,;\u060c\uff0c\u3001"
_CJK_NOUN_CHARS = 6  # "40个国家的": the States noun and its particle
_PEOPLE_CHARS = 40  # "heads of State and government from": the noun within so many characters


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
    return any(found[0] in _PRESENT
               for at in starts(sentence, low, high) if (found := noun_at(sentence, at))
               ) or _bare_people_before(sentence, marker.start()) or _people_after(sentence,
                                                                                    number)


def _bare_people_before(sentence: Sentence, marker_start: int) -> bool:
    """A people noun with no count of its own right before the marker ("Ministers from
    about 40 countries pose for a photo", "Chefs d'État de 40 pays"): officials at the
    event by origin; a counted one ("1,000 people from 20 countries") is not."""
    text = sentence.text
    end = len(text[:marker_start].rstrip())
    for at in starts(sentence, max(0, end - _PEOPLE_CHARS), end):
        found = noun_at(sentence, at)
        if found is not None and found[0] in ("people", "ministers") and found[1] == end:
            return not any(n.end <= at and not text[n.end:at].strip()
                           for n in sentence.numbers)
    return False


def _people_after(sentence: Sentence, number: Number) -> bool:
    """Chinese "来自约40个国家的部长": the people noun right after the States noun and
    its "的", with no count of its own."""
    text = sentence.text
    link = text.find("\u7684", number.end, number.end + _CJK_NOUN_CHARS)  # 的
    if not sentence.language.cjk or link < 0 or any(ch.isdigit() for ch in text[number.end:link]):
        return False
    found = noun_at(sentence, link + 1)
    return found is not None and found[0] in ("people", "ministers")
