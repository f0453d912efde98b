"""Groups, days and bases of subset claims (analysis.claim_subsets)."""

from __future__ import annotations

from analysis.claim_patterns import load_patterns
from analysis.claim_subsets import group_after, subset_kind
from analysis.claim_text import Keyword, sentence_of


def _group_after(text: str, language: str, count: str) -> str | None:
    sentence = sentence_of(text, load_patterns().languages[language])
    return group_after(sentence, text.index(count) + len(count))


def test_the_group_after_a_part_is_read_to_the_end_of_its_clause():
    assert _group_after("de los cuales 9 son miembros de la ASEAN, dijo.", "es", "9") == "asean"


def test_a_group_in_the_next_clause_is_not_the_parts():
    assert _group_after("dont 9 hier, a indiqué l'ASEAN.", "fr", "9") is None


def test_the_arabic_comma_ends_the_clause():
    assert _group_after("منها 9 يوم الأحد، وفق رابطة آسيان", "ar", "9") is None


def _keyword(text: str, word: str) -> Keyword:
    return Keyword("ratify", text.index(word), text.index(word) + len(word), word)


def test_a_regional_count_of_ratifications_has_no_kind():
    text = "Only two Arab States have ratified."
    sentence = sentence_of(text, load_patterns().languages["en"])
    assert subset_kind(sentence, "ratifications", "arab_league",
                       _keyword(text, "ratified")) is None


def test_a_regional_count_that_joined_is_a_subset():
    text = "Ten African States joined the treaty."
    sentence = sentence_of(text, load_patterns().languages["en"])
    assert subset_kind(sentence, "ratifications", "Africa", _keyword(text, "joined")) == "subset"
    assert subset_kind(sentence, "signatories", "Africa", None) == "subset"


def test_a_count_by_session_of_ratifying_states_stays_a_subset():
    text = "Ten States ratified on the first day."
    sentence = sentence_of(text, load_patterns().languages["en"])
    assert subset_kind(sentence, "ratifications", "", _keyword(text, "ratified")) == "subset"
