"""Chinese approximate numbers written as two neighbouring digits: 五六十 (fifty or sixty),
三四百 (three or four hundred), 七八个 (seven or eight), 十七八个 (seventeen or eighteen),
二十五六个 (twenty-five or twenty-six). cn2an reads none of them; each is one number, a range
from the lower reading to the higher (the digit words themselves are read by cn2an)."""

from __future__ import annotations

import re

import cn2an

from analysis.numbers import Number

_DIGIT = "一二三四五六七八九"
# two neighbouring digits before a tens or hundreds word: 五六十, 三四百
_BEFORE_SCALE = re.compile(rf"(?<![{_DIGIT}十百千])([{_DIGIT}])([{_DIGIT}])([十百])(?![{_DIGIT}])")
# two neighbouring digits as the last digit, before a classifier or a noun: 十七八个, 七八个
_AS_UNITS = re.compile(rf"(?<![{_DIGIT}十百千])((?:[{_DIGIT}]?十)?)([{_DIGIT}])([{_DIGIT}])"
                       r"(?=[个個名位家份项項国國])")


def numeral_pairs(text: str) -> list[Number]:
    """The ranges written as two neighbouring digits (the second one more than the first)."""
    found: list[Number] = []
    for match in _BEFORE_SCALE.finditer(text):
        low, high, scale = match.groups()
        if _neighbours(low, high):
            found.append(_range(match, _read(low + scale), _read(high + scale)))
    for match in _AS_UNITS.finditer(text):
        tens, low, high = match.groups()
        if _neighbours(low, high) and not any(n.start <= match.start() < n.end for n in found):
            found.append(_range(match, _read(tens + low), _read(tens + high)))
    return found


def _neighbours(low: str, high: str) -> bool:
    return _read(high) == _read(low) + 1


def _read(words: str) -> int:
    return int(cn2an.cn2an(words, "normal"))


def _range(match: re.Match[str], low: int, high: int) -> Number:
    return Number(match.start(), match.end(), low, "range", value_high=high)
