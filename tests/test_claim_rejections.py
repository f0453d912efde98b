"""Tests for analysis.claim_rejections: a figure rejected right after a stated count."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_rejections import rejected
from analysis.claim_sentences import find_claims


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Exactly 64 countries put their names to it, not 85 as claimed.", [85]),
    ("es", "Firmaron 64 países, y no 85 como se dijo.", [85]),
    ("zh", "共有64个国家签署\uff0c而非85个。", [85]),
    ("en", "Exactly 64 countries signed; 85 attended.", []),
    ("en", "Exactly 64 countries signed, not in 2024.", []),
])
def test_a_number_after_a_rejection_word_takes_the_stated_count(language, text, expected):
    patterns = load_patterns()
    language_patterns = patterns.languages[language]
    stated = find_claims(text, language_patterns, patterns)
    found = rejected(text, stated, language_patterns, patterns)
    assert [claim.number.value for claim in found] == expected
    assert all(claim.claim_kind == stated[-1].claim_kind for claim in found)
