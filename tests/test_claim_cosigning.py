"""Others a State signed with on a named day are that day's other signers."""

from analysis.claim_cosigning import cosigned_on_a_day
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _sentence_and_count(text: str, code: str, value: int):
    start = text.index(str(value))
    return (sentence_of(text, language_for(load_patterns(), code)),
            Number(start, start + len(str(value)), value))


def test_a_day_word_before_a_with_join_names_the_day_of_the_cosigning():
    sentence, count = _sentence_and_count(
        "Peru signed today, alongside 40 other nations.", "en", 40)
    assert cosigned_on_a_day(sentence, count, session_named=False)


def test_a_verb_of_joining_joins_all_who_had_signed():
    sentence, count = _sentence_and_count(
        "Peru signed today, joining 40 other nations.", "en", 40)
    assert not cosigned_on_a_day(sentence, count, session_named=False)


def test_the_closing_sunday_is_no_day_of_a_part():
    sentence, count = _sentence_and_count(
        "Peru firmó el domingo, junto a otros 40 signatarios.", "es", 40)
    assert not cosigned_on_a_day(sentence, count, session_named=False)


def test_a_session_phrase_before_the_join_names_the_day():
    sentence, count = _sentence_and_count(
        "Le Pérou a signé lors de la première journée aux côtés de 40 autres pays.", "fr", 40)
    assert cosigned_on_a_day(sentence, count, session_named=True)


def test_a_day_after_the_join_is_not_the_signers_day():
    sentence, count = _sentence_and_count(
        "Peru signed alongside 40 other nations, the minister wrote on Saturday.", "en", 40)
    assert not cosigned_on_a_day(sentence, count, session_named=False)
