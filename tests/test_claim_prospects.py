"""Tests for analysis.claim_prospects: a joining still to come."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_prospects import joins_later
from analysis.claim_text import sentence_of


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Peru will soon join the six that have ratified.", True),
    ("fr", "Le Pérou rejoindra les six pays qui ont ratifié.", True),
    ("en", "Peru is set to join the six that have ratified.", True),
    ("en", "Peru joined the six that have ratified.", False),
    ("fr", "Le Pérou a rejoint les six pays qui ont ratifié.", False),
])
def test_a_future_or_intended_joining_verb_joins_later(language, text, expected):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    verb = list(sentence.language.joins.finditer(sentence.text))[-1]
    assert joins_later(sentence, verb) is expected
