"""Tests for analysis.claim_changes: the size of a change is no count."""

from __future__ import annotations

import pytest

from analysis.claim_changes import changed_by
from analysis.claim_patterns import load_patterns
from analysis.numbers import Number


def _number(text: str, word: str, value: int) -> Number:
    start = text.index(word)
    return Number(start, start + len(word), value)


@pytest.mark.parametrize(("language", "text", "word", "expected"), [
    ("en", "Ratifications rose by three to 14.", "three", True),
    ("de", "Die Ratifikationen stiegen um drei auf 14.", "drei", True),
    ("es", "Las ratificaciones aumentaron en tres hasta 14.", "tres", True),
    ("en", "Ratifications rose to 14.", "14", False),
    ("en", "Three more States ratified.", "Three", False),
])
def test_a_count_after_a_word_of_change_sizes_the_change(language, text, word, expected):
    language_patterns = load_patterns().languages[language]
    assert changed_by(text, _number(text, word, 3), language_patterns) is expected
