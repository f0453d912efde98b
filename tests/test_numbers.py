"""Number reading for claims: digits of every script, word tables, library parsers."""

from __future__ import annotations

import pytest
import yaml

from analysis.claim_patterns import CLAIMS_PATTERNS
from analysis.numbers import (
    NumberParserParser,
    Text2NumParser,
    WordTableParser,
    ascii_digits,
    chinese_numeral,
    normalise,
    original_offset,
    word_numbers,
)


def _numbers_table(language: str) -> dict:
    data = yaml.safe_load(CLAIMS_PATTERNS.read_text(encoding="utf-8"))
    return data["languages"][language]["numbers"]


@pytest.mark.parametrize(("text", "expected"), [
    ("٧٢ دولة", "72 دولة"), ("۷۲", "72"), ("７２个", "72个"), ("72", "72"),
])
def test_digits_of_every_script_become_ascii_without_moving_offsets(text, expected):
    assert ascii_digits(text) == expected
    assert len(ascii_digits(text)) == len(text)


def test_arabic_vowel_marks_and_tatweel_are_dropped_with_an_offset_map():
    text = "وقّعت الـ٤٨"
    normal, positions = normalise(text)
    assert normal == "وقعت ال48"  # noqa: RUF001
    assert [text[i] for i in positions] == [c for c in "وقعت ال٤٨"]


@pytest.mark.parametrize(("phrase", "value"), [
    ("enam puluh lima", 65), ("seratus dua puluh", 120), ("dua belas", 12),
    ("dua ribu lima ratus", 2500), ("sebelas", 11),
])
def test_indonesian_number_words_from_yaml(phrase, value):
    assert WordTableParser(_numbers_table("id"))(phrase) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("sáu mươi lăm", 65), ("một trăm lẻ năm", 105), ("mười lăm", 15),
    ("hai mươi mốt", 21), ("hai nghìn năm trăm", 2500), ("lăm", None), ("tư pháp", None),
])
def test_vietnamese_number_words_from_yaml(phrase, value):
    assert WordTableParser(_numbers_table("vi"))(phrase) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("اثنتان وسبعون", 72), ("أربعون", 40), ("مائة", 100), ("اثنتي عشرة", 12),
    ("عشرة", 10), ("خمس وستين", 65), ("سبعون اثنان", None),
])
def test_arabic_number_words_put_the_unit_before_the_tens(phrase, value):
    assert WordTableParser(_numbers_table("ar"))(phrase) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("семьдесят два", 72), ("семидесяти двух", 72), ("сорока", 40), ("государства", None),
])
def test_russian_number_words_with_case_endings(phrase, value):
    assert NumberParserParser("ru")(phrase) == value


@pytest.mark.parametrize(("language", "phrase", "value"), [
    ("en", "Seventy-two", 72), ("de", "zweiundsiebzig", 72), ("nl", "tweeënzeventig", 72),
    ("pt", "setenta e dois", 72), ("fr", "soixante-douze", 72), ("en", "states", None),
])
def test_text2num_languages(language, phrase, value):
    assert Text2NumParser(language)(phrase) == value


@pytest.mark.parametrize(("text", "value"), [
    ("七十二", 72), ("六十", 60), ("一百一十", 110), ("两百", 200), ("多", None),
])
def test_chinese_numerals(text, value):
    assert chinese_numeral(text) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("seventy-odd states", [(0, 7, 70)]),
    ("forty-plus countries", [(0, 5, 40)]),
    ("seventy-two states", [(0, 11, 72)]),
    ("state-of-the-art systems", []),
])
def test_a_number_word_with_a_hyphenated_tail_is_read_up_to_the_hyphen(text, expected):
    found = word_numbers(text, Text2NumParser("en"), 8)
    assert [(n.start, n.end, n.value) for n in found] == expected


def test_an_offset_in_normalised_text_maps_back_past_removed_arabic_marks():
    text = "وقعت ٧٢ دولةً على الاتفاقية"
    normalised, positions = normalise(text)
    start = normalised.index("72")
    # the Arabic-Indic seven
    assert original_offset(positions, start, len(text)) == text.index("\u0667")
    # after the removed tanween
    word = normalised.index("على")
    assert text[original_offset(positions, word, len(text))] == "ع"
    assert original_offset(positions, len(normalised), len(text)) == len(text)
