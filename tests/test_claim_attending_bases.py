"""Bases whose noun an attendance word qualifies count the States at the event."""

import pytest

from analysis.claim_attending_bases import attending_base
from analysis.claim_keywords import find_keywords
from analysis.claim_text import noun_at, sentence_of
from analysis.claims import language_for, load_patterns


def _attending(text: str, code: str, count: str, noun: str) -> bool:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(noun)
    found = noun_at(sentence, start)
    assert found is not None
    number_end = text.index(count) + len(count)
    return attending_base(sentence, (found[0], start, found[1], 0), number_end,
                          find_keywords(sentence))


@pytest.mark.parametrize(("code", "text", "noun"), [
    ("en", "Half of the 118 countries represented signed.", "countries"),
    ("de", "Die Hälfte der 118 vertretenen Staaten unterzeichnete.", "Staaten"),
    ("fr", "La moitié des 118 pays présents a signé.", "pays"),
])
def test_an_attendance_word_next_to_the_noun_makes_an_attending_base(code, text, noun):
    assert _attending(text, code, "118", noun)


def test_a_noun_with_no_attendance_word_is_a_plain_base():
    assert not _attending("Half of the 118 countries in the region signed.", "en", "118",
                          "countries")


def test_an_attendance_word_past_a_clause_mark_is_not_the_bases():
    assert not _attending("Of the 118 countries, several were represented by envoys.", "en",
                          "118", "countries")
