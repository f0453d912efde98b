"""Remaining counts ("36 to go", "faltan 34"): the wording around a number, ``#`` for it."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_remaining import is_remaining, regional_first_spans
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


@pytest.mark.parametrize(("language", "text", "whole", "missing"), [
    ("de", "Bis zu den nötigen 40 Ratifikationen fehlen also noch 33.", "40", "33"),
    ("en", "Of the 40 ratifications required, 33 are still missing.", "40", "33"),
])
def test_a_count_before_another_counts_missing_wording_is_not_remaining(language, text, whole,
                                                                        missing):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    numbers = [_number(text, whole), _number(text, missing)]
    assert not is_remaining(sentence, numbers[0], numbers)
    assert is_remaining(sentence, numbers[1], numbers)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ghana became the first African country to ratify.", True),
    ("fr", "Le Sénégal est le premier pays africain à ratifier.", True),
    ("en", "Ghana became the first country to ratify.", False),
])
def test_a_first_within_a_region_is_a_rank_span(language, text, expected):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    first = "first" if language == "en" else "premier"
    start = text.index(first)
    number = Number(start, start + len(first), 1, ordinal=True)
    assert bool(regional_first_spans(sentence, [number])) is expected
