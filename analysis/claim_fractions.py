"""Fractions: "a third of the 40 needed", "ein Drittel dessen, was nötig ist", "le quart du
seuil", "một phần ba", "三分之一", "عُشر العدد اللازم". A fraction is a part of some number,
never a count of States: its words give no number ("Drittel" is no 3, "五分之一" no 5 and
no 1), but it stands where a number stands, so a threshold word next to it ("a third of
what is needed") is the fraction's, not another count's (``fractions`` of
``analysis/patterns/claims.yaml``)."""

from __future__ import annotations

from analysis.claim_patterns import Language
from analysis.numbers import Number, overlaps


def find_fractions(text: str, language: Language) -> list[Number]:
    """Each fraction phrase of ``text`` as a number of value 0."""
    if language.fractions is None:
        return []
    return [Number(m.start(), m.end(), 0) for m in language.fractions.finditer(text)]


def without_fractions(numbers: list[Number],
                      fractions: list[Number]) -> tuple[list[Number], list[Number]]:
    """``numbers`` without those read from a fraction's words, and the fractions that are
    not part of a longer number ("two and a half thousand", "zweieinhalbtausend")."""
    fractions = [f for f in fractions if not any(
        n.start <= f.start and f.end <= n.end and n.end - n.start > f.end - f.start
        for n in numbers)]
    if not fractions:
        return numbers, fractions
    return [n for n in numbers if not overlaps((n.start, n.end), fractions)], fractions
