"""Tests for analysis.claim_conditions: a count in a condition of the treaty taking effect."""

from __future__ import annotations

import pytest

from analysis.claim_conditions import conditions_effect, follows_delay
from analysis.claim_keywords import find_keywords
from analysis.claim_numbers import find_numbers
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns


def _effect(text: str, language: str) -> bool:
    patterns = load_patterns(None)
    sentence = sentence_of(text, language_for(patterns, language))
    number = find_numbers(sentence.text, sentence.language, patterns.max_number_words)[0]
    return conditions_effect(sentence, number, find_keywords(sentence), 0, len(sentence.text))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The rules switch on once 40 States approve them."),
    ("es", "El texto solo vale si 40 países lo aprueban."),
    ("ru", "Договор заработает, когда его одобрят 40 стран."),  # noqa: RUF001
])
def test_a_count_conditioning_the_treaty_taking_effect_is_found(language, text):
    assert _effect(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "When 40 delegates arrived, the hall was full."),  # no approving, no effect
    ("en", "When 40 States approved the agenda, the talks resumed."),  # no effect word
    ("es", "Cuarenta países lo aprobaron; el texto vale mucho."),  # no condition
])
def test_a_count_outside_such_a_condition_is_not(language, text):
    assert not _effect(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ninety days after the fortieth deposit", True),
    ("fr", "Quatre-vingt-dix jours après le quarantième dépôt", True),
    ("de", "Neunzig Tage nach der vierzigsten Hinterlegung", True),
    ("en", "After the fortieth deposit", False),
])
def test_the_delay_of_entry_into_force_is_found(language, text, expected):
    patterns = load_patterns(None)
    sentence = sentence_of(text, language_for(patterns, language))
    assert follows_delay(sentence, 0, len(sentence.text)) is expected
