"""Fractions are parts of a number, not counts: their words give no number."""

from __future__ import annotations

import pytest

from analysis.claim_fractions import find_fractions, without_fractions
from analysis.claim_patterns import Language, load_patterns
from analysis.numbers import Number


def language(code: str) -> Language:
    return load_patterns().languages[code]


@pytest.mark.parametrize(("code", "text", "fraction"), [
    ("en", "well under a fifth of the 40 required", "a fifth"),
    ("de", "ein Drittel dessen, was nötig ist", "ein Drittel"),
    ("fr", "un peu plus du quart du seuil requis", "du quart"),
    ("vi", "bằng khoảng một phần ba con số 40", "một phần ba"),
    ("zh", "约为生效门槛的三分之一", "三分之一"),
    ("ru", "лишь треть от необходимого", "треть"),
    ("id", "baru sepertiga dari yang dibutuhkan", "sepertiga"),
])
def test_a_fraction_phrase_is_found(code, text, fraction):
    found = find_fractions(text, language(code))
    assert [text[f.start:f.end] for f in found] == [fraction]


@pytest.mark.parametrize(("code", "text"), [
    ("en", "the third country to ratify"),
    ("ru", "около трех десятков стран"),
    ("nl", "een derde land tekende"),
])
def test_an_ordinal_or_a_collective_numeral_is_no_fraction(code, text):
    assert find_fractions(text, language(code)) == []


def test_a_number_read_inside_a_fraction_goes():
    numbers, fractions = without_fractions([Number(0, 1, 3), Number(10, 12, 40)],
                                           [Number(0, 4, 0)])
    assert [n.value for n in numbers] == [40] and len(fractions) == 1


def test_a_fraction_inside_a_longer_number_stays_part_of_it():
    number = Number(0, 23, 2500)  # "two and a half thousand"
    numbers, fractions = without_fractions([number], [Number(8, 14, 0)])
    assert numbers == [number] and fractions == []
