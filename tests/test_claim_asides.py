"""Dash asides that list some of the States a count counts are blanked before reading."""

from __future__ import annotations

import pytest

from analysis.claim_asides import without_listing_asides
from analysis.claims import language_for, load_patterns


def _blanked(text: str, language: str) -> str:
    patterns = load_patterns()
    return without_listing_asides(text, language_for(patterns, language),
                                  patterns.max_number_words)


@pytest.mark.parametrize(("language", "text", "aside"), [
    ("pt", "e 72 \u2014 entre eles o Brasil e o Chile \u2014 assinaram",
     " \u2014 entre eles o Brasil e o Chile \u2014"),
    ("en", "and 72 \u2013 among them Brazil and Chile \u2013 signed",
     " \u2013 among them Brazil and Chile \u2013"),
    ("de", "und 72 \u2013 darunter Brasilien \u2013 unterzeichneten",
     " \u2013 darunter Brasilien \u2013"),
])
def test_an_aside_listing_members_after_a_count_is_blanked_in_place(language, text, aside):
    blanked = _blanked(text, language)
    assert len(blanked) == len(text)
    assert blanked == text.replace(aside, " " * len(aside))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "and 72 \u2013 a record for such a treaty \u2013 signed"),  # no listing word
    ("en", "and 72 \u2013 among them 9 African States \u2013 signed"),  # a count of its own
    ("en", "Hanoi \u2013 among them Brazil \u2013 signed"),  # after no count
])
def test_other_asides_are_kept(language, text):
    assert _blanked(text, language) == text
