"""Tests for analysis.claim_requirements: the requirement as the base of a part."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_requirements import required_base
from analysis.numbers import Number


def _number(text: str, digits: str) -> Number:
    start = text.index(digits)
    return Number(start, start + len(digits), int(digits))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "7 ratifications out of the 40 needed", True),
    ("en", "7 out of 40 required ratifications", True),
    ("ar", "7 تصديقات من أصل 40 مطلوبة", True),
    ("de", "7 von 40 erforderlichen Ratifikationen", True),
    ("en", "7 out of 40 member states", False),
    ("fr", "7 sur les 40 États membres", False),
])
def test_a_requirement_word_after_the_base_marks_the_requirement(language, text, expected):
    language_patterns = load_patterns().languages[language]
    assert required_base(text, _number(text, "40"), language_patterns) is expected
