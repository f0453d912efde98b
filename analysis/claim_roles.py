"""What a count is, read from the words around it rather than its noun: an indefinite
article ("Estado parte de un acuerdo": no count of one), a part of an opening base counted
by its own verb ("Von den 75 Unterzeichnern haben 13 ratifiziert"), a base whose States a
relative clause says signed ("Of the 74 States that have signed, ..."; "the 72 that
signed"), a group named in a whole's noun, a clause that a contrast opens ("...,
while Latin America has only five countries") and a relative clause that holds another
object ("China, which championed the negotiations, and 13 EU States")
(``analysis.claim_sentences`` finds the claims)."""

from __future__ import annotations

import re

from analysis.claim_keywords import find_keywords
from analysis.claim_patterns import Language
from analysis.claim_text import (
    GAP_WORD,
    Keyword,
    Sentence,
    clause_of,
    noun_at,
    starts,
    words_after,
)
from analysis.numbers import Number

# a part of a base counted by these is a count of States among the signatories or parties
PART_OF_SIGNATORIES = ("signers", "parties")
ACTING_BASE_WORDS = 5  # "Of the 74 States that have signed": the verb within so many words


def indefinite_article(sentence: Sentence, number: Number, noun_start: int) -> bool:
    """A number word for one after the noun it would count ("Estado parte de un acuerdo",
    "negara pihak dari satu perjanjian") is an indefinite article: a count of one is
    written before its noun ("one State has ratified") or as "the first", "the only"."""
    words = sentence.language.parse_words
    number_text = sentence.text[number.start:number.end]
    after = GAP_WORD.match(sentence.text, number.end)
    more = sentence.language.increments  # ar "دولة واحدة أخرى": one more State, a count
    return (number.value == 1 and noun_start < number.start and not number.ordinal
            and words is not None and not any(ch.isdigit() for ch in number_text)
            and words(number_text) == 1
            and not (more is not None and after is not None and more.fullmatch(after.group(1))
                     and _states_right_before(sentence, number.start)
                     and not any(k.kind == "ratify" for k in find_keywords(sentence))))


def _states_right_before(sentence: Sentence, position: int) -> bool:
    """A States noun ends right before ``position`` ("دولة| واحدة")."""
    return any((found := noun_at(sentence, at)) is not None and found[0] == "states"
               and not sentence.text[found[1]:position].strip()
               for at in starts(sentence, max(0, position - 24), position))


def part_of_opening_base(base: Number | None, number: Number, noun_class: str,
                         noun_start: int, noun_end: int) -> bool:
    """A count whose noun is that of the opening base before it ("Of the 75 signatories,
    13 have ratified"; bare, "Of the 75 signatories, 13 have ratified", the count takes the
    base's noun): a part of the signatories or parties, counted by its own verb."""
    bare = (noun_start, noun_end) == (number.start, number.end)
    return (base is not None and base is not number and noun_class in PART_OF_SIGNATORIES
            and base.end <= noun_start and (noun_end <= number.start or bare))


def acting_base(sentence: Sentence, noun_end: int, keywords: list[Keyword]) -> int | None:
    """"Of the 74 States that have signed, ...", "Von den 74 Staaten, die unterzeichnet
    haben": a base whose noun a relative clause with a signing or ratifying word follows
    counts the States that did it; the end of that word, or None."""
    text, language = sentence.text, sentence.language
    opening = GAP_WORD.match(text, noun_end + len(text[noun_end:]) - len(
        text[noun_end:].lstrip(" ,")))
    if opening is None or not any(  # "73 nước đã ký", "73 pays ayant signé": no pronoun
            pattern is not None and pattern.fullmatch(opening.group(1))
            for pattern in (language.subordinators, language.reduced_relatives)):
        return None
    high = words_after(sentence, opening.start(1), ACTING_BASE_WORDS)
    return next((k.end for k in keywords if k.kind in ("sign", "ratify")
                 and noun_end <= k.start < high
                 and not any(ch.isdigit() for ch in text[noun_end:k.start])), None)


def contrast_clause(sentence: Sentence, number: Number, clauses: list[int]) -> int | None:
    """The start of the number's clause when a contrast opens it ("..., trong khi châu Mỹ
    Latinh chỉ có năm nước", "while Latin America has only five"): a clause parallel to
    the one before it, whose region it swaps."""
    language, text = sentence.language, sentence.text
    low, _ = clause_of(number, clauses, len(text))
    at = low + len(text[low:]) - len(text[low:].lstrip(" ,;:\u2013\u2014\uff0c\u060c"))
    opens = [p for p in (language.contrasts, language.subordinators) if p is not None]
    return at if low and any(p.match(text, at) for p in opens) else None


def named_group(sentence: Sentence, start: int, end: int) -> str | None:
    """The region or bloc named between ``start`` and ``end``."""
    return next((group for group, pattern in sentence.language.groups
                 if pattern.search(sentence.text, start, end)), None)


def acting_states(sentence: Sentence, position: int, keywords: list[Keyword]) -> int | None:
    """The end of the signing or ratifying word of a relative clause after the States noun
    that follows ``position`` ("nine ASEAN States that signed"), if there is one."""
    for at in starts(sentence, position, words_after(sentence, position, 3)):
        found = noun_at(sentence, at)
        if found is not None:
            return acting_base(sentence, found[1], keywords) if found[0] == "states" else None
    return None


def relative_to(sentence: Sentence, after_end: int) -> bool:
    """A relative pronoun right after a bare count ("the 72 that signed")."""
    relative = sentence.language.subordinators
    word = GAP_WORD.match(sentence.text, after_end)
    return bool(relative is not None and word is not None
                and not sentence.text[after_end:word.start(1)].strip(" ,")
                and relative.fullmatch(word.group(1)))


_RELATIVE_END = re.compile(r"[,;:\u2013\u2014\u060c\uff0c]")


def outside_relatives(window: str, language: Language) -> str:
    """``window`` without its relative clauses: "signatories were China, which championed
    the negotiations, and 13 EU States": the negotiations are the object of the relative
    clause (a ``subordinators`` word right after a comma, up to the next clause mark), not
    of the signing."""
    if language.subordinators is None:
        return window
    kept, at = [], 0
    for found in language.subordinators.finditer(window):
        if found.start() < at or not window[:found.start()].rstrip().endswith(
                (",", "\u060c", "\uff0c")):
            continue
        end = _RELATIVE_END.search(window, found.end())
        kept.append(window[at:found.start()])
        at = end.start() if end else len(window)
    return "".join([*kept, window[at:]])
