"""The size of a change: "Ratifications rose by one to 12", "stieg um zwei auf 12", "a
augmenté de deux, à 12". The count after "by" (``change_amounts`` of
``analysis/patterns/claims.yaml``) is how much a tally moved, not the tally: it opens no
range with the total after "to", and it is no claim of a total of signatories or
instruments, nor a requirement (the total "to 12" is)."""

from __future__ import annotations

from analysis.claim_patterns import Language
from analysis.claim_text import Sentence
from analysis.numbers import Number

_NO_CHANGE_CLAIM = ("signatories", "ratifications", "threshold")


def changed_by(text: str, number: Number, language: Language) -> bool:
    """A word of change right before ``number`` gives it as the size of that change."""
    pattern = language.change_amounts
    return pattern is not None and pattern.search(text[:number.start]) is not None


def change_claim(sentence: Sentence, number: Number, kind: str) -> bool:
    """A claim of ``kind`` on ``number`` that only sizes a change of a total."""
    return kind in _NO_CHANGE_CLAIM and changed_by(sentence.text, number, sentence.language)
