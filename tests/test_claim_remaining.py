"""Remaining counts ("36 to go", "faltan 34"): the wording around a number, ``#`` for it."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_remaining import is_remaining
from analysis.claim_text import sentence_of
from analysis.numbers import Number


def _number(text: str, digits: str) -> Number:
    start = text.index(digits)
    return Number(start, start + len(digits), int(digits))


@pytest.mark.parametrize(("language", "text", "digits", "expected"), [
    ("en", "Six ratifications in, 34 to go.", "34", True),
    ("en", "Six ratifications, well short of the 40 needed.", "40", False),
    ("es", "Ya son seis; faltan 34.", "34", True),
    ("de", "Sechs Ratifikationen, 34 fehlen noch.", "34", True),
    ("ru", "Для вступления в силу необходимо 40 ратификаций.", "40", False),
    ("ru", "Для вступления в силу необходимо ещё 34 ратификации.", "34", True),
    ("zh", "距生效还需34份批准书。", "34", True),
])
def test_a_number_is_remaining_by_the_wording_around_it(language, text, digits, expected):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    assert is_remaining(sentence, _number(text, digits)) is expected


def test_a_hash_in_the_text_is_not_read_as_the_number():
    patterns = load_patterns()
    text = "#cybercrime: 34 to go"
    sentence = sentence_of(text, patterns.languages["en"])
    assert is_remaining(sentence, _number(text, "34"))
    text = "# 34 countries signed"
    assert not is_remaining(sentence_of(text, patterns.languages["en"]), _number(text, "34"))
