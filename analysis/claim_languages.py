"""The language a sentence is read in, when it is not its article's.

Real articles quote statements, tweets and wire lines in another language: an English quote
in an Arabic story, an English machine-translated paragraph filed under a Dutch page. Read
with the article's patterns such a sentence gives nothing, so each sentence is identified
among the supported languages and, when it is *clearly* another one, read with that
language's patterns.

What identifies a language is data in ``analysis/patterns/claims.yaml`` (each language's
``identify`` block: its script, the simplemma lexicon its words are looked up in, letters only
it uses) and the thresholds are the top-level ``sentence_languages`` block. The decision is
conservative, because a wrong switch loses every claim of a native sentence:

* another script (Cyrillic in a Dutch article, Latin in a Chinese one) switches when most of
  the sentence's letters are in it and there are enough of them (a name or a hashtag is not
  enough);
* within the Latin script, letters only one language uses (Vietnamese ơ, ư, ạ ...) on a good
  share of the words name it;
* otherwise the share of the sentence's words (capitalised names left out, by simplemma's
  sampler) found in each language's lexicon decides: the sentence must have enough words,
  the other language must know nearly all of them and the article's language few.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from simplemma import in_target_language
from simplemma.language_detector import MostCommonTokenSampler

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLER = MostCommonTokenSampler()


@dataclass(frozen=True)
class Profile:
    """How one language is recognised: its script, its lexicon, its own letters."""

    code: str
    script: str  # the first word of the Unicode names of its letters: latin, arabic, cjk ...
    lexicon: str | None  # simplemma language code
    letters: frozenset[str]  # letters only this language (of the supported ones) uses


@dataclass(frozen=True)
class Thresholds:
    min_letters: int = 20  # letters in another script before it can name the language
    min_script_share: float = 0.8  # share of the letters that must be in that script
    min_words: int = 6  # lower-case words the lexicons are asked about
    min_share: float = 0.8  # share of them the other language's lexicon must know
    max_own_share: float = 0.5  # share the article language's lexicon may know at most
    min_margin: float = 0.2  # lead of the best lexicon over the next one
    min_letter_share: float = 0.3  # share of words with a language's own letters
    min_cjk: int = 8  # Han characters (one per word) before a sentence is Chinese


def profiles(specs: Mapping[str, Mapping[str, Any]]) -> dict[str, Profile]:
    """The ``identify`` blocks of the language specs, as profiles."""
    out = {}
    for code, spec in specs.items():
        ident = spec.get("identify") or {}
        out[code] = Profile(code=code, script=str(ident.get("script", "latin")).casefold(),
                            lexicon=ident.get("lexicon"),
                            letters=frozenset(str(ident.get("letters", "")).casefold()))
    return out


def thresholds(spec: Mapping[str, Any] | None) -> Thresholds:
    return Thresholds(**dict(spec or {}))


def sentence_language(sentence: str, article: str, known: Mapping[str, Profile],
                      limits: Thresholds) -> str:
    """The code of the language ``sentence`` is read in: ``article`` unless the sentence is
    clearly in another of the ``known`` languages."""
    own = known.get(article)
    if own is None:
        return article
    script, share, count = _dominant_script(sentence)
    if script is None or share < limits.min_script_share:
        return article
    if script != own.script:
        if count < (limits.min_cjk if script == "cjk" else limits.min_letters):
            return article
        same_script = [p for p in known.values() if p.script == script]
        if len(same_script) == 1:
            return same_script[0].code
        return _by_letters(sentence, same_script, limits) or _by_lexicon(
            sentence, None, same_script, limits) or article
    others = [p for p in known.values() if p.script == script and p.code != article]
    lettered = _by_letters(sentence, [own, *others], limits)
    if lettered is not None or (own.letters and _letter_share(sentence, own.letters) > 0):
        return lettered or article
    return _by_lexicon(sentence, own, others, limits) or article


def _dominant_script(sentence: str) -> tuple[str | None, float, int]:
    scripts = Counter(_script(ch) for ch in sentence if ch.isalpha())
    if not scripts:
        return None, 0.0, 0
    script, count = scripts.most_common(1)[0]
    return script, count / sum(scripts.values()), count


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "unknown").split()[0].casefold()


def _letter_share(sentence: str, letters: frozenset[str]) -> float:
    words = _WORD.findall(sentence.casefold())
    return sum(1 for w in words if letters.intersection(w)) / len(words) if words else 0.0


def _by_letters(sentence: str, candidates: list[Profile], limits: Thresholds) -> str | None:
    hits = [p.code for p in candidates
            if p.letters and _letter_share(sentence, p.letters) >= limits.min_letter_share]
    return hits[0] if len(hits) == 1 else None


def _by_lexicon(sentence: str, own: Profile | None, others: list[Profile],
                limits: Thresholds) -> str | None:
    words = [w for w in _SAMPLER.sample_text(sentence) if _WORD.fullmatch(w)]
    if len(words) < limits.min_words:
        return None
    text = " ".join(words)
    if own is not None:
        if own.lexicon is None and not own.letters:
            return None  # nothing tells the article's language apart: keep it
        if own.lexicon is not None and _share(text, own.lexicon) > limits.max_own_share:
            return None
    shares = {p.code: _share(text, p.lexicon) for p in others if p.lexicon is not None}
    ranked = sorted(shares.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < limits.min_share:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < limits.min_margin:
        return None  # Spanish or Portuguese? too close to call
    return ranked[0][0]


@lru_cache(maxsize=8192)
def _share(text: str, lexicon: str) -> float:
    return in_target_language(text, lang=lexicon)
