"""A count that restates another of its sentence (its earlier value, its corrected figure)
takes that count's kind and group; its value and qualifier are its own."""

from __future__ import annotations

import re

from analysis.claim_patterns import load_patterns
from analysis.claim_restatements import with_restatements
from analysis.claim_split import split_sentences
from analysis.claim_text import Claim, sentence_of
from analysis.numbers import Number

_NO_YEARS = re.compile(r"(?:19|20)\d{2}")


def _number(text: str, digits: str) -> Number:
    start = text.index(digits)
    return Number(start, start + len(digits), int(digits))


def _claim(text: str, digits: str, kind: str, group: str | None = None) -> Claim:
    number = _number(text, digits)
    return Claim(number.start, number.end, number, "exact", kind, None, group)


def _restated(text: str, language: str, original: Claim, digits: str) -> list[Claim]:
    sentence = sentence_of(text, load_patterns().languages[language])
    return with_restatements(sentence, [original], [_number(text, digits)], _NO_YEARS)


def test_an_earlier_value_takes_the_kind_and_group_of_the_tally():
    text = "ASEAN signatories rose to 9, up from 7 a week earlier."
    claims = _restated(text, "en", _claim(text, "9", "subset", "asean"), "7")
    assert [(c.number.value, c.claim_kind, c.group, c.qualifier) for c in claims] == [
        (9, "subset", "asean", "exact"), (7, "subset", "asean", "exact")]


def test_the_restated_count_keeps_its_own_qualifier():
    text = "Parties now number 6, contre près de 4 en mars."
    claims = _restated(text, "fr", _claim(text, "6", "ratifications"), "4")
    assert (claims[1].number.value, claims[1].qualifier) == (4, "nearly")


def test_a_corrected_figure_takes_the_kind_of_the_figure_it_corrects():
    text = "Es hieß, 50 Staaten hätten am ersten Tag unterzeichnet; richtig ist: 48."
    claims = _restated(text, "de", _claim(text, "50", "subset"), "48")
    assert [(c.number.value, c.claim_kind) for c in claims] == [(50, "subset"), (48, "subset")]


def test_a_number_without_a_marker_restates_nothing():
    text = "The number of signatories rose to 74 in 5 weeks."
    claims = _restated(text, "en", _claim(text, "74", "signatories"), "5")
    assert [c.number.value for c in claims] == [74]


def test_a_plain_preposition_marks_an_earlier_value_only_after_a_tally_that_changed():
    changed = "Die Zahl der Unterzeichner stieg auf 74, nach 70 am Samstag."
    still = "74 Staaten von 70 Kontinenten."
    assert len(_restated(changed, "de", _claim(changed, "74", "signatories"), "70")) == 2
    assert len(_restated(still, "de", _claim(still, "74", "signatories"), "70")) == 1


def test_a_sentence_that_opens_with_a_corrected_figure_stays_with_the_one_before():
    language = load_patterns().languages["en"]
    text = ("An earlier version said 62 States signed. The correct figure is 65 States."
            " Others agree.")
    spans = split_sentences(text, language.abbreviations, language.corrected_openers)
    assert [text[start:end] for start, end in spans] == [
        "An earlier version said 62 States signed. The correct figure is 65 States.",
        "Others agree."]


def test_a_long_sentence_that_opens_with_the_same_words_stands_alone():
    language = load_patterns().languages["id"]
    text = ("Sebanyak 72 negara menandatangani konvensi. Seharusnya, pemerintah segera"
            " membahas ratifikasinya di parlemen tahun ini.")
    spans = split_sentences(text, language.abbreviations, language.corrected_openers)
    assert len(spans) == 2
