"""Paragraphs cut into sentences for the claims extractor (analysis.claim_split)."""

from __future__ import annotations

from analysis.claim_patterns import load_patterns
from analysis.claim_split import split_sentences


def _sentences(text: str, language: str) -> list[str]:
    spec = load_patterns().languages[language]
    return [text[start:end].strip() for start, end in
            split_sentences(text, spec.abbreviations, spec.corrected_openers)]


def test_a_sentence_ends_at_a_full_stop_before_a_capital_or_a_digit():
    assert _sentences("Vier Staaten ratifizierten. 36 fehlen noch. ok", "de") == [
        "Vier Staaten ratifizierten.", "36 fehlen noch. ok"]


def test_a_wide_full_stop_needs_no_space():
    assert _sentences("八十三个国家签署。两国批准。", "zh") == ["八十三个国家签署。", "两国批准。"]


def test_a_lower_case_word_after_a_full_stop_does_not_start_a_sentence():
    text = "Signed by 83 States incl. most of Europe."
    assert _sentences(text, "en") == [text]
