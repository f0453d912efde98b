"""Tests for analysis.claim_unbroken: spans no clause break splits."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import load_patterns
from analysis.claim_unbroken import change_word_spans, unbroken_spans
from analysis.numbers import Number


def _number(text: str, word: str, value: int) -> Number:
    start = text.index(word)
    return Number(start, start + len(word), value)


@pytest.mark.parametrize(("language", "text", "word", "first_word"), [
    ("nl", "Het aantal partijen steeg met drie tot 15.", "drie", "aantal"),
    ("de", "Die Zahl der Vertragsstaaten ist um drei auf 15 gestiegen.", "drei", "Zahl"),
])
def test_the_words_of_a_change_and_its_size_are_one_span(language, text, word, first_word):
    number = _number(text, word, 3)
    spans = change_word_spans(text, load_patterns().languages[language], [number])
    assert spans == [(text.index(first_word), number.end)]


def test_a_count_without_a_change_gives_no_change_span():
    text = "Vijftien landen tekenden met overtuiging."
    number = _number(text, "Vijftien", 15)
    language = load_patterns().languages["nl"]
    assert change_word_spans(text, language, [number]) == []
    assert unbroken_spans(text, language, [number]) == [(number.start, number.end)]
