"""A session phrase right before a bare count: the words before the count start before it."""

from __future__ import annotations

from analysis.claim_interpositions import before_session
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns


def _sentence(text: str, language: str):
    return sentence_of(text, language_for(load_patterns(), language))


def test_a_session_phrase_right_before_the_position_gives_its_start():
    text = "unterzeichnet haben am ersten Tag 69"
    assert before_session(_sentence(text, "de"), text.index("69")) == text.index("ersten")


def test_a_position_with_no_session_right_before_it_stays():
    text = "am ersten Tag waren es schon 69"
    assert before_session(_sentence(text, "de"), text.index("69")) == text.index("69")
