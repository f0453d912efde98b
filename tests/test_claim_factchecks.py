"""Tests for analysis.claim_factchecks: a bare count answering a yes/no question."""

from __future__ import annotations

import pytest

from analysis.claim_factchecks import answered_check
from analysis.claim_patterns import load_patterns
from analysis.claim_sentences import find_claims


@pytest.mark.parametrize(("language", "question", "answer", "expected"), [
    ("en", "Did 90 countries ratify it?", "No, only 5.", [("ratifications", 5)]),
    ("fr", "Quatre-vingt-dix pays l'ont-ils signé ?", "Non, 64 seulement.",
     [("signatories", 64)]),
    ("en", "Did 90 countries ratify it.", "No, only 5.", []),  # no question
    ("en", "Did 90 countries ratify it?", "No, 5 companies did.", []),  # its own noun
    ("en", "Is the treaty popular?", "No, only 5.", []),  # the question states no count
])
def test_a_bare_answer_takes_the_kind_of_the_questions_count(language, question, answer,
                                                              expected):
    patterns = load_patterns()
    reading = patterns.languages[language]
    asked = find_claims(question, reading, patterns)
    found = answered_check(question, asked, answer, find_claims(answer, reading, patterns),
                           reading, patterns)
    assert [(claim.claim_kind, claim.number.value) for claim in found] == expected


@pytest.mark.parametrize(("language", "answer"), [
    ("en", "Yes, but only 60 of them on the first day."),
    ("id", "Ya, tetapi hanya 60 di antaranya pada hari pertama."),
])
def test_a_part_of_the_asked_count_is_no_answer(language, answer):
    patterns = load_patterns()
    reading = patterns.languages[language]
    question = {"en": "Did 70 countries sign it?", "id": "Benarkah 70 negara teken?"}[language]
    asked = find_claims(question, reading, patterns)
    assert asked
    assert answered_check(question, asked, answer, [], reading, patterns) == []
