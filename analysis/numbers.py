"""Numbers in press text, in every claims language: digits, number words, numerals.

Digits of any script (Arabic-Indic, Persian, full-width) are read through
``unicodedata`` one character at a time, so character offsets stay those of the text.
Number words are read by libraries where one exists for the language (``text2num`` for
en/fr/es/pt/de/nl, ``number-parser`` for ru, ``cn2an`` for Chinese numerals) and by a table
of word roles given in ``analysis/patterns/claims.yaml`` otherwise (id, vi, ar).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import cn2an
from number_parser import parse_number
from text_to_num import text2num

WordParser = Callable[[str], int | None]

# A token of letters, optionally joined by apostrophes or hyphens ("Seventy-two").
WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
CJK_NUMERALS = "零〇一二两兩三四五六七八九十百千万萬"
_CJK_NUMBER = re.compile(rf"[{CJK_NUMERALS}]+")


_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` with ASCII digits and without Arabic vowel marks (shadda, tanween) and
    tatweel, and for each character kept its offset in ``text``."""
    kept = [(i, ch) for i, ch in enumerate(text) if not _ARABIC_MARKS.match(ch)]
    return ascii_digits("".join(ch for _, ch in kept)), [i for i, _ in kept]


def original_offset(positions: list[int], index: int, length: int) -> int:
    """Where ``index`` of a :func:`normalise`\ d text falls in the original text of
    ``length`` characters (its end when ``index`` is past the last kept character)."""
    return positions[index] if index < len(positions) else length


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as an ASCII digit (same length)."""
    return "".join(
        str(unicodedata.digit(ch)) if not ch.isascii() and unicodedata.decimal(ch, None)
        is not None else ch
        for ch in text
    )


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    qualifier: str | None = None  # from a fixed phrase such as "une centaine de"
    value_high: int | None = None  # the top of a range "50 to 55"
    ordinal: bool = False  # "the fortieth", "40th"
    noun_class: str | None = None  # a number that is its own noun (Arabic dual)
    noun_from: int | None = None  # "65 of the 72 States": look for the noun after the base
    whole: bool = False  # "9 of the 72 signatories": 72 is the whole, never a subset


# ---------------------------------------------------------------- word parsers


class Text2NumParser:
    """Number words of the languages that the text2num library knows."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, phrase: str) -> int | None:
        try:
            return int(text2num(phrase.casefold(), self.language))
        except ValueError:
            return None


class NumberParserParser:
    """Number words (with their case endings) read by the number-parser library."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, phrase: str) -> int | None:
        value = parse_number(phrase.casefold(), language=self.language)
        return int(value) if isinstance(value, int) else None


def chinese_numeral(text: str) -> int | None:
    """七十二 -> 72, 两百 -> 200; None for anything cn2an cannot read as a whole number."""
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None


class WordTableParser:
    """Number words from a table of roles (see the header of claims.yaml)."""

    ROLES = ("units", "tails", "groups", "tens", "multipliers", "teens", "scales")

    def __init__(self, table: dict[str, Any]) -> None:
        # a word may have two roles: Arabic عشرة is 10 alone and the 10 of اثنتي عشرة (12)
        self.words: dict[str, list[tuple[str, int]]] = {}
        for role in self.ROLES:
            for word, value in (table.get(role) or {}).items():
                self.words.setdefault(str(word).casefold(), []).append((role, int(value)))
        for word in table.get("fillers") or []:
            self.words.setdefault(str(word).casefold(), []).append(("fillers", 0))
        self.prefixes = tuple(str(p) for p in table.get("prefixes") or [])

    def lookup(self, word: str) -> list[tuple[str, int]]:
        """A word's roles, also after a joining prefix (Arabic و "and": وسبعون)."""
        if word in self.words:
            return self.words[word]
        for prefix in self.prefixes:
            if word.startswith(prefix) and word[len(prefix):] in self.words:
                return self.words[word[len(prefix):]]
        return []

    def __call__(self, phrase: str) -> int | None:
        total = current = pending = 0
        previous: str | None = None
        for word in phrase.casefold().split():
            allowed = [(r, v) for r, v in self.lookup(word)
                       if self._allowed(r, previous, pending)]
            if not allowed:
                return None
            role, value = allowed[0]
            if role in ("units", "tails"):
                pending = value
            elif role == "groups":
                current += value
            elif role == "tens":  # Arabic "اثنان وسبعون": the unit comes first
                current, pending = current + pending + value, 0
            elif role == "multipliers":
                current, pending = current + pending * value, 0
            elif role == "teens":
                current, pending = current + pending + value, 0
            elif role == "scales":
                total, current, pending = total + (current + pending) * value, 0, 0
            previous = role
        if previous in (None, "fillers"):
            return None
        return total + current + pending

    @staticmethod
    def _allowed(role: str, previous: str | None, pending: int) -> bool:
        if role == "units":
            return pending == 0 and previous != "tens"  # Arabic: the unit comes first
        if role == "groups":
            return pending == 0
        if role == "tens":
            return previous != "tens"
        if role == "tails":
            return pending == 0 and previous in ("multipliers", "groups")
        if role in ("multipliers", "teens"):
            return pending > 0
        if role == "scales":
            return previous is not None and previous != "fillers"
        return previous == "multipliers"  # fillers: "một trăm lẻ năm" = 105


def word_parser(numbers: dict[str, Any], code: str) -> WordParser | None:
    """The parser that ``numbers.engine`` names; None for an unknown engine."""
    engine = numbers.get("engine")
    if engine == "text2num":
        return Text2NumParser(code)
    if engine == "number_parser":
        return NumberParserParser(code)
    if engine == "words":
        return WordTableParser(numbers)
    if engine == "cn2an":
        return chinese_numeral
    return None


# ---------------------------------------------------------------- finding numbers


def word_numbers(text: str, parse: WordParser, max_words: int) -> Iterator[Number]:
    """The longest number-word phrases, left to right."""
    tokens = list(WORD.finditer(text))
    i = 0
    while i < len(tokens):
        best: tuple[int, int] | None = None
        for j in range(i, min(i + max_words, len(tokens))):
            if j > i and text[tokens[j - 1].end():tokens[j].start()].strip():
                break
            value = parse(" ".join(t.group() for t in tokens[i:j + 1]))
            if value is not None:
                best = (j, value)
            elif j == i:
                break
        if best is None:
            head = _hyphenated_head(tokens[i], parse)  # "seventy-odd", "sesenta-y-pico"
            if head is not None:
                yield head
            i += 1
            continue
        yield Number(tokens[i].start(), tokens[best[0]].end(), best[1])
        i = best[0] + 1


def _hyphenated_head(token: re.Match[str], parse: WordParser) -> Number | None:
    """The number word that opens a hyphenated token whose tail is no number ("seventy-odd"):
    the tail is left to the qualifiers after the number."""
    word = token.group()
    for cut in reversed([m.start() for m in re.finditer("-", word)]):
        value = parse(word[:cut])
        if value is not None:
            return Number(token.start(), token.start() + cut, value)
    return None


def cjk_numbers(text: str) -> Iterator[Number]:
    """Runs of Chinese numerals that cn2an reads (七十二, 六十, 一百一十)."""
    for match in _CJK_NUMBER.finditer(text):
        value = chinese_numeral(match.group())
        if value is not None:
            yield Number(match.start(), match.end(), value)


def overlaps(span: tuple[int, int], numbers: list[Number]) -> bool:
    return any(span[0] < n.end and n.start < span[1] for n in numbers)
