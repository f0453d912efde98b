"""Compound ordinals: "the seventy-third signatory", "le soixante-treizième État",
"der dreiundsiebzigste Staat", "семьдесят третьей страной", "الثالثة والسبعين", and the
teens of a unit-first language, one ordinal of the unit and ten ("الثالثة عشرة", 13).

Languages that text2num reads (en, fr, es, pt, de, nl) have their ordinal words read by
its ``alpha2digit``; others compose a cardinal tens word with an ordinal unit word from the
``rank_units`` table of ``analysis/patterns/claims.yaml`` (ru "семьдесят третьей" = 70 + 3,
ar "الثالثة والسبعين" = 3 + 70, the unit first). Ordinals up to ten are fixed numbers of the
patterns file; these are the ones above it. Each is a ``Number`` with ``ordinal=True``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

from analysis.claim_patterns import Language
from analysis.claim_text import Sentence, noun_at, starts, words_before
from analysis.numbers import WORD, Number, overlaps

# an ordinal of these counts the total reached ("the 73rd signatory", "the fifth State
# Party"); of instruments, the entry-into-force threshold ("the fortieth instrument")
RANKED_NOUNS = ("states", "signers", "parties")

# what alpha2digit writes for an ordinal: "73rd", "73ème", "73e", "73.", "73º", "21.ᵉʳ"
_WRITTEN_RANK = re.compile(r"(\d+)(?:st|nd|rd|th|ème|e|er|re|\.|º|ª|°|\.ᵉʳ|ᵉʳ)")
_MAX_RANK_WORDS = 4


def compound_ordinals(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """``numbers`` with each compound ordinal in place of the parts it is made of."""
    ranks = (_library_ranks(text, language) + _composed_ranks(text, numbers, language)
             + _prefixed_ranks(text, numbers, language))
    if not ranks:
        return numbers
    kept = [n for n in numbers if not overlaps((n.start, n.end), ranks)]
    return sorted(kept + ranks, key=lambda n: n.start)


def noun_before_ordinal(sentence: Sentence,
                        number: Number) -> tuple[str, int, int, int] | None:
    """A States, signatory, party or instrument noun ending at most one word before an
    ordinal that follows its noun ("negara penandatangan ke-73", "quốc gia thứ 73", "الدولة
    الموقعة الثالثة والسبعين", "instrumen ke-40": the threshold)."""
    low = words_before(sentence, number.start, 3)
    for at in reversed(starts(sentence, low, number.start)):
        found = noun_at(sentence, at)
        if found and found[0] in (*RANKED_NOUNS, "instruments") and found[1] <= number.start:
            return found[0], at, found[1], 0
    return None


def _library_ranks(text: str, language: Language) -> list[Number]:
    if language.rank_library is None:
        return []
    tokens = list(WORD.finditer(text))
    ranks: list[Number] = []
    for i, token in enumerate(tokens):
        word = _unfused(language.rank_tails.get(token.group().casefold(), token.group()),
                        language)
        tail = token.group().casefold() in language.rank_tails
        if not tail and not _is_number_word(word, language.rank_library):
            continue
        best: Number | None = None
        for first in range(i, max(-1, i - _MAX_RANK_WORDS), -1):
            if first < i and text[tokens[first].end():tokens[first + 1].start()].strip():
                break
            words = [t.group() for t in tokens[first:i]] + [word]
            value = _rank_value(" ".join(words), language.rank_library)
            if value is not None and value > 10:
                best = Number(tokens[first].start(), token.end(), value, ordinal=True)
        if best is not None and not overlaps((best.start, best.end), ranks):
            ranks.append(best)
        elif best is not None:
            ranks = [r for r in ranks if not overlaps((r.start, r.end), [best])] + [best]
    return ranks


def _unfused(word: str, language: Language) -> str:
    """A compound ordinal written as one word, its tens apart: es "vigesimocuarto" ->
    "vigésimo cuarto" (the ``rank_fused`` prefixes of the patterns file)."""
    folded = word.casefold()
    for prefix, written in language.rank_fused:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            return f"{written} {word[len(prefix):]}"
    return word


@lru_cache(maxsize=65536)
def _is_number_word(word: str, library: str) -> bool:
    return any(ch.isdigit() for ch in alpha2digit(word, library))


@lru_cache(maxsize=65536)
def _rank_value(phrase: str, library: str) -> int | None:
    written = _WRITTEN_RANK.fullmatch(alpha2digit(phrase, library))
    return int(written.group(1)) if written else None


def _prefixed_ranks(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """"第七十三", "thứ bảy mươi ba": an ordinal prefix before a cardinal, one ordinal."""
    if language.rank_prefix is None:
        return []
    return [Number(prefix.start(), number.end, number.value, ordinal=True)
            for number in numbers if not number.ordinal
            and (prefix := language.rank_prefix.search(text[:number.start]))]


def _composed_ranks(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """A cardinal of whole tens next to an ordinal unit word: one ordinal."""
    if language.rank_units is None:
        return []
    ranks: list[Number] = []
    for number in numbers:
        teen = language.rank_unit_first and number.value == 10  # "الثالثة عشرة": 3 + 10
        if number.ordinal or (number.value < 20 and not teen) or number.value % 10:
            continue
        if language.rank_unit_first:
            unit = language.rank_units.search(text[:number.start])
            if unit:
                ranks.append(Number(unit.start(), number.end,
                                    number.value + _unit_value(unit, language), ordinal=True))
        else:
            unit = language.rank_units.match(text, number.end)
            if unit:
                ranks.append(Number(number.start, unit.end(),
                                    number.value + _unit_value(unit, language), ordinal=True))
    return ranks


def _unit_value(unit: re.Match[str], language: Language) -> int:
    return next(value for name, value in language.rank_unit_values if unit.group(name))


def world_rank(sentence: Sentence, number: Number) -> tuple[str, int, int, int] | None:
    """A number with no noun followed by a rank among all States (``world_ranks``: "el
    séptimo en el mundo", "the seventh in the world", "12 weltweit"): a count of States
    whose kind the act named in the sentence gives, the world phrase standing for the
    noun. Ordinals up to ten are fixed numbers, read like cardinals."""
    ranks = sentence.language.world_ranks
    found = ranks.match(sentence.text, number.end) if ranks is not None else None
    return ("states", found.start(), found.end(), 0) if found else None
