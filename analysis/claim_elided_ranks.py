"""Ranks whose noun is left out: "Nigeria ratifizierte als dritter und die Elfenbeinküste
als vierter", "Nigeria werd de derde verdragspartij; Marokko was de zesde", "третьей
страной, ратифицировавшей конвенцию, стала Нигерия, в июне четвёртой — Кот-д'Ивуар". An
ordinal with no claim of its own, standing bare (before a clause mark, a dash, a
coordinator or the end), in a sentence where another ordinal is a claim, ranks what that
one ranks: it takes the nearest such claim's kind, with its own value and qualifier."""

from __future__ import annotations

import re
from dataclasses import replace

from text_to_num import alpha2digit

from analysis.claim_text import Claim, Sentence, qualifier_after, qualifier_before
from analysis.numbers import Number

_RANK_KINDS = ("signatories", "ratifications")
_BARE_END = re.compile(r"\s*(?:$|[,;:.!?\u2013\u2014\u3002\uff0c\uff1b\u060c\u061b-])")
_WRITTEN_RANK = re.compile(r"\d+(?:st|nd|rd|th|ème|e|er|re|\.|º|ª|°)")  # what alpha2digit writes


def is_rank(sentence: Sentence, number: Number) -> bool:
    """An ordinal: marked so by the number readers, or an ordinal word by the ranks of the
    language ("dritter", "zesde", "sixth" read by text2num; ru "четвёртой" a rank unit)."""
    language, word = sentence.language, sentence.text[number.start:number.end]
    if number.ordinal or (language.rank_prefix is not None
                          and language.rank_prefix.search(sentence.text[:number.start])):
        return True
    units = language.rank_units  # compiled to follow a tens word: a space before
    if units is not None and any(units.fullmatch(f"{gap}{word}") for gap in ("", " ")):
        return True
    return language.rank_library is not None and _WRITTEN_RANK.fullmatch(
        alpha2digit(word, language.rank_library)) is not None


def elided_ranks(sentence: Sentence, claims: list[Claim],
                 unclaimed: list[Number]) -> list[Claim]:
    """A claim for each bare ordinal of ``unclaimed`` that a ranked claim of the sentence
    gives its noun."""
    ranked = [c for c in claims if c.claim_kind in _RANK_KINDS and is_rank(sentence, c.number)]
    found: list[Claim] = []
    for number in unclaimed:
        if (number.value < 1 or not ranked or not _bare(sentence, number)
                or not is_rank(sentence, number)):
            continue
        nearest = min(ranked, key=lambda c: abs(c.number.start - number.start))
        found.append(_ranked_like(sentence, number, nearest))
    return found


def _bare(sentence: Sentence, number: Number) -> bool:
    """Nothing but a clause mark, a dash, a coordinator or the end after the ordinal."""
    text, coordinators = sentence.text, sentence.language.coordinators
    if _BARE_END.match(text, number.end):
        return True
    rest = text[number.end:].lstrip()
    return coordinators is not None and coordinators.match(rest) is not None


def _ranked_like(sentence: Sentence, number: Number, other: Claim) -> Claim:
    text, language = sentence.text, sentence.language
    start, _ = qualifier_before(text, number.start, language)
    end, _ = qualifier_after(text, number.end, language)
    return replace(other, start=min(start, number.start), end=max(end, number.end),
                   number=number, qualifier="exact", group=None)
