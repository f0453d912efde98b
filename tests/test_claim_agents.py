"""Tests for analysis.claim_agents: the verb whose passive agent a count is."""

from __future__ import annotations

import pytest

from analysis.claim_agents import agent_keyword
from analysis.claim_keywords import find_keywords
from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import load_patterns
from analysis.claim_text import sentence_of


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "It was ratified by 12 states before the deposit deadline.", "ratified"),
    ("es", "Fue firmado por 64 países y luego depositado.", "firmado"),
    ("id", "Konvensi itu ditandatangani oleh 64 negara.", "ditandatangani"),
    ("en", "64 states signed it, by all accounts, and 12 deposited.", None),
])
def test_the_verb_right_before_the_agent_marker_is_the_counts(language, text, expected):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    number = find_numbers(sentence.text, sentence.language, patterns.max_number_words)[0]
    found = agent_keyword(sentence, number, find_keywords(sentence))
    assert (found.text if found else None) == expected
