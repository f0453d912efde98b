"""What the claim matchers share about one sentence: its tokens and their lemmas, the
nouns and qualifiers found at a position, the clause a position falls in, and the claim
and keyword records (``analysis.claim_sentences`` finds the claims)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from analysis.claim_patterns import Language
from analysis.numbers import WORD, Number

GAP_WORD = re.compile(r"\s*([^\W\d_]+(?:['\u2019-][^\W\d_]+)*)")
# full stops that need no space after them (CJK, Arabic question mark) and CJK clause marks
WIDE_STOPS = "\u3002\uff01\uff1f\u061f"
WIDE_CLAUSE_MARKS = "\uff0c\uff1b\uff1a\uff08\uff09\u3001\u060c\u061b"  # and Arabic , ;
# bullets of a "key facts" line: each item is a clause of its own
WIDE_CLAUSE_MARKS += "\u2022\u25cf\u25aa\u25e6\u25a0\u2023\u2043\u00b7|"
# where a clause ends: Latin, CJK and Arabic (, ;) commas, semicolons, colons and stops
CLAUSE_END = re.compile(r"[,;:.!?\u3002\uff0c\uff1b\u060c\u061b]")
TAIL = re.compile(r"^(?:[\s\u2013\u2014-]+[^\W\d_]+(?:['\u2019-][^\W\d_]+)*){0,4}")
PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s*$")
_ELIDED = re.compile(r"(?:[^\W\d_]|qu|jusqu|lorsqu|puisqu)['\u2019](?=[^\W\d_]{2})", re.IGNORECASE)


@dataclass(frozen=True)
class Keyword:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    number: Number
    qualifier: str
    claim_kind: str
    keyword: str | None
    group: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence with its digits made ASCII and its tokens lemmatised once."""

    text: str
    language: Language
    # start, end, and the forms a lemma pattern may match: the surface and the lemmas of the
    # word as written and in lower case ("States" is a proper noun to the lemmatiser)
    tokens: tuple[tuple[int, int, tuple[str, ...]], ...]
    numbers: tuple[Number, ...] = ()  # the numbers found in it, once they are


def sentence_of(text: str, language: Language) -> Sentence:
    tokens = tuple(
        (start, end, _forms(text[start:end], language.lemma_language))
        for m in WORD.finditer(text) for start, end in _unelided(m)
    ) if not language.cjk else ()
    return Sentence(text, language, tokens)


def _unelided(word: re.Match[str]) -> list[tuple[int, int]]:
    """"d'États", "l'Union": the elided article and the word it precedes, two tokens."""
    elided = _ELIDED.match(word.group())
    if elided is None:
        return [word.span()]
    cut = word.start() + elided.end()
    return [(word.start(), cut), (cut, word.end())]


@lru_cache(maxsize=65536)
def _forms(word: str, lemma_language: str | None) -> tuple[str, ...]:
    """The surface form and lemmas of a word, and of the last part of a hyphenated compound
    ("ASEAN-Mitglieder" -> mitglied, "UN-Mitgliedstaaten" -> mitgliedstaat)."""
    surface = word.casefold()
    parts = {word, surface}
    if "-" in word[1:-1]:
        last = word.rsplit("-", 1)[1]
        parts |= {last, last.casefold()}
    forms = {p.casefold() for p in parts}
    if lemma_language is not None:
        forms |= {simplemma.lemmatize(p, lang=lemma_language).casefold() for p in parts}
    return (surface, *sorted(forms - {surface}))


def words_after(sentence: Sentence, position: int, count: int) -> int:
    if sentence.language.cjk:
        return position + count + 1
    for _ in range(count):
        word = GAP_WORD.match(sentence.text, position)
        if word is None:
            break
        position = word.end()
    return position


def words_before(sentence: Sentence, position: int, count: int) -> int:
    if sentence.language.cjk:
        return max(0, position - count - 1)
    starts = [s for s, _, _ in sentence.tokens if s < position]
    return starts[-count] if len(starts) >= count else 0


def starts(sentence: Sentence, low: int, high: int) -> list[int]:
    """Positions where a noun may start between ``low`` and ``high``."""
    if sentence.language.cjk:
        return list(range(low, high))
    return [s for s, _, _ in sentence.tokens if low <= s < high]


def qualifier_after(sentence: str, end: int, language: Language) -> tuple[int, str | None]:
    for name, pattern in language.qualifiers_after:
        match = pattern.match(sentence, end)
        if match:
            return match.end(), name
    return end, None


def qualifier_before(sentence: str, start: int, language: Language) -> tuple[int, str | None]:
    best: tuple[int, str | None] = (start, None)
    before = sentence[:start]
    for name, pattern in language.qualifiers:
        match = pattern.search(before)
        if match and match.start() < best[0]:
            best = (match.start(), name)
    there = (language.existentials.search(before)
             if best[1] in (None, "exact") and language.existentials is not None else None)
    if there is not None:  # "至少有110个", "setidaknya ada 110": over "there are"
        outer = qualifier_before(sentence, there.start(), language)
        if outer[1] not in (None, "exact"):
            return outer
    origin = (language.origin_markers.search(before)
              if best[1] is None and language.origin_markers is not None else None)
    if origin is not None:  # "более чем из ста стран", "more than from 100": over the marker
        outer = qualifier_before(sentence, origin.start(), language)
        if outer[1] is not None:
            return outer
    return best


def noun_at(sentence: Sentence, at: int) -> tuple[str, int] | None:
    """(noun class, end) of the longest noun starting at ``at``, by surface or lemma."""
    language = sentence.language
    matches = [(cls, m.end()) for cls, p in language.nouns if (m := p.match(sentence.text, at))]
    for start, end, forms in sentence.tokens:
        if start == at:
            matches += [(cls, end) for cls, p in language.noun_lemmas
                        if any(p.fullmatch(form) for form in forms)]
    return max(matches, key=lambda item: item[1]) if matches else None


def clause_of(number: Number, clauses: list[int], length: int) -> tuple[int, int]:
    home = bisect.bisect_right(clauses, number.start)
    return (clauses[home - 1] if home else 0), (clauses[home] if home < len(clauses)
                                                else length)
