"""The numbers of a sentence as the claims extractor reads them (analysis.claim_numbers)."""

from __future__ import annotations

import pytest

from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import load_patterns


def _values(text: str, language: str) -> list[tuple[int, int | None]]:
    patterns = load_patterns()
    found = find_numbers(text, patterns.languages[language], patterns.max_number_words)
    return [(number.value, number.value_high) for number in found]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sixty-one (61) delegations arrived.", [(61, None)]),
    ("pt", "Assinaram 58 (cinquenta e oito) países.", [(58, None)]),
    ("fr", "Entre 48 et 53 pays sont attendus.", [(48, 53)]),
    ("zh", "约四十至四十五个国家将签署。", [(40, 45)]),
])
def test_a_repeated_number_or_a_range_is_one_number(language, text, expected):
    assert _values(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Подписали восемьдесят три страны.", [(83, None)]),
    ("ar", "وقّعت ٨٣ دولة على النص.", [(83, None)]),
    ("de", "Dreiundachtzig Staaten unterschrieben.", [(83, None)]),
])
def test_number_words_and_other_scripts_read_as_their_value(language, text, expected):
    assert _values(text, language) == expected


def test_numbers_come_back_in_text_order_without_overlaps():
    found = _values("Tussen 1.200 en 1.300 mensen zagen hoe 58 landen tekenden.", "nl")
    assert found == [(1200, 1300), (58, None)]
