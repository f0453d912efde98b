"""A count after a colon counts the noun phrase right before the colon."""

from analysis.claim_colons import noun_before_colon
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _noun(text: str, code: str, digits: str) -> tuple | None:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(digits)
    return noun_before_colon(sentence, Number(start, start + len(digits), int(digits)))


def test_the_phrase_before_a_colon_is_the_counted_noun_with_its_adjectives():
    text = "Darunter viele asiatische Staaten: 11."
    noun = _noun(text, "de", "11")
    assert noun is not None and noun[0] == "states"
    assert text[noun[1]:noun[2]] == "viele asiatische Staaten"


def test_a_qualifier_between_the_colon_and_the_count_is_skipped():
    assert _noun("Waaronder veel Afrikaanse staten: maar liefst 15.", "nl", "15") is not None


def test_a_count_without_a_colon_before_it_has_no_such_noun():
    assert _noun("Among them many African States, 15 in all.", "en", "15") is None


def test_a_colon_after_a_word_that_is_no_states_noun_gives_nothing():
    assert _noun("The vote: 120 in favour.", "en", "120") is None
