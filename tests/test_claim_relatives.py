"""Tests for analysis.claim_relatives: the main verb after a relative clause decides."""

from __future__ import annotations

import pytest

from analysis.claim_keywords import find_keywords
from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import load_patterns
from analysis.claim_relatives import without_relative_verbs
from analysis.claim_text import sentence_of


@pytest.mark.parametrize(("language", "text", "kinds"), [
    ("en", "Four countries that had signed the pact have ratified it.", ["ratify"]),
    ("de", "Vier Staaten, die unterzeichnet hatten, ratifizierten den Pakt.", ["ratify"]),
    ("en", "Four countries that had signed the pact met in Geneva.", ["sign"]),
    ("es", "Son 74 los países que han firmado, aunque ninguno ha ratificado.",
     ["sign", "ratify"]),
])
def test_the_relative_verb_is_dropped_only_before_a_main_verb_of_another_kind(language, text,
                                                                             kinds):
    patterns = load_patterns()
    sentence = sentence_of(text, patterns.languages[language])
    number = find_numbers(text, sentence.language, patterns.max_number_words)[0]
    kept = without_relative_verbs(sentence, number, find_keywords(sentence))
    assert [k.kind for k in kept if k.kind in ("sign", "ratify")] == kinds
