"""A noun, a word of amount, then its count (analysis.claim_amounts)."""

from __future__ import annotations

import pytest

from analysis.claim_amounts import amount_noun
from analysis.claim_numbers import find_numbers
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns


def _noun(text: str, code: str) -> tuple[str, str] | None:
    patterns = load_patterns()
    language = language_for(patterns, code)
    sentence = sentence_of(text, language)
    number = find_numbers(text, language, patterns.max_number_words)[-1]
    found = amount_noun(sentence, number)
    return None if found is None else (found[0], text[found[1]:found[2]])


@pytest.mark.parametrize(("code", "text", "noun"), [
    ("id", "ditandatangani oleh negara sebanyak 68", "negara"),
    ("fr", "signé par des États au nombre de 68", "États"),
    ("ru", "подписали государства в количестве 68", "государства"),
])
def test_the_noun_right_before_the_amount_word_is_the_counted_noun(code, text, noun):
    assert _noun(text, code) == ("states", noun)


@pytest.mark.parametrize(("code", "text"), [
    ("en", "The treaty was signed by 68."),
    ("fr", "Les experts, au nombre de 68, ont parlé."),
])
def test_no_counted_noun_without_an_amount_word_or_a_known_noun(code, text):
    assert _noun(text, code) is None
