"""Which language a sentence is read in: its article's unless it is clearly another one."""

from __future__ import annotations

import pytest

from analysis.claim_languages import Thresholds, profiles, sentence_language
from analysis.claim_patterns import load_patterns

PATTERNS = load_patterns()


def read_in(sentence: str, article: str) -> str:
    return sentence_language(sentence, article, PATTERNS.profiles, PATTERNS.identify)


@pytest.mark.parametrize(("sentence", "article", "expected"), [
    ("The minister said the accord would be ratified by parliament next spring.", "nl", "en"),
    ("The minister said the accord would be ratified by parliament next spring.", "ar", "en"),
    ("Министр заявил, что парламент ратифицирует соглашение весной.", "fr", "ru"),
    ("وقال الوزير إن البرلمان سيصادق على الاتفاقية في الربيع المقبل.", "en", "ar"),
    ("部长表示，议会将于明年春天批准该协定。", "de", "zh"),  # noqa: RUF001
    ("Bộ trưởng cho biết quốc hội sẽ phê chuẩn hiệp định vào mùa xuân.", "en", "vi"),
])
def test_a_sentence_clearly_in_another_language_is_read_in_it(sentence, article, expected):
    assert read_in(sentence, article) == expected


@pytest.mark.parametrize(("sentence", "article"), [
    ("Breaking News: 68 Staaten", "de"),  # a short headline
    ("Ministerin Baerbock sprach mit UN Chief Guterres in New York.", "de"),  # names
    ("Le ministre a salué la « Hanoi Convention on Cybercrime » hier soir.", "fr"),
    ("The Hanoi Convention", "zh"),  # too few letters
    ("Theo Reuters, the treaty is signed, Bộ trưởng nói.", "vi"),  # Vietnamese letters
    ("Dat is het verdrag van de Verenigde Naties over cybercriminaliteit.", "nl"),
])
def test_a_native_sentence_with_foreign_names_or_too_few_words_stays_native(sentence,
                                                                            article):
    assert read_in(sentence, article) == article


def test_an_unknown_article_language_is_kept():
    assert read_in("The minister said the accord would be ratified soon.", "it") == "it"


def test_without_identification_data_the_lexicon_cannot_switch():
    known = profiles({"en": {}, "de": {}})
    assert sentence_language("The minister said the accord would be ratified by parliament.",
                             "de", known, Thresholds()) == "de"
