"""Remaining counts: "still 35 short", "36 to go", "faltan 34", "36 fehlen noch", "nog 39
te gaan", "còn cần thêm 35", "необходимо ещё 37", "还需三十六份", "Butuh 36 Lagi". The count
of instruments still missing is neither the entry-into-force requirement (judged against
40) nor a count of instruments deposited: no claim. ``remaining`` of
``analysis/patterns/claims.yaml`` lists the wordings, ``#`` standing for the number."""

from __future__ import annotations

from analysis.claim_text import Sentence
from analysis.numbers import Number

_CONTEXT = 48  # characters on each side of the number a wording may take


def is_remaining(sentence: Sentence, number: Number) -> bool:
    """Whether the wording around ``number`` gives it as the count still missing."""
    pattern = sentence.language.remaining
    if pattern is None:
        return False
    text = sentence.text.replace("#", " ")
    window = (text[max(0, number.start - _CONTEXT):number.start] + "#"
              + text[number.end:number.end + _CONTEXT])
    return pattern.search(window) is not None
