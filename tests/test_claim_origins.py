"""States counted as the origin of delegates attended, unless their own clause signs."""

from dataclasses import replace

import pytest

from analysis.claim_keywords import find_keywords
from analysis.claim_origins import attended_from, from_origin
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _attended(text: str, code: str, count: str, kind: str | None) -> bool:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(count)
    number = Number(start, start + len(count), 0)
    keywords = find_keywords(sentence)
    signing = next((k for k in keywords if k.kind == "sign"), None)
    clauses = [i + 1 for i, ch in enumerate(text) if ch in ",;"]
    return attended_from(sentence, number, clauses, kind, signing, keywords)


@pytest.mark.parametrize(("code", "text"), [
    ("en", "Delegates from 104 countries filled the hall, and 66 governments signed."),
    ("es", "Delegados de 104 países llenaron la sala, y 66 gobiernos firmaron."),
    ("de", "Delegierte aus 104 Ländern füllten den Saal, und 66 Regierungen unterzeichneten."),
])
def test_the_origin_count_attends_when_the_signing_word_is_another_clauses(code, text):
    assert _attended(text, code, "104", "signatories")


def test_the_origin_count_signs_when_its_own_clause_signs():
    assert not _attended("Delegates from 72 countries signed the treaty.", "en", "72",
                         "signatories")


def test_a_count_not_after_from_is_no_origin():
    text = "Some 104 countries filled the hall."
    sentence = sentence_of(text, language_for(load_patterns(), "en"))
    start = text.index("104")
    assert not from_origin(sentence, Number(start, start + 3, 0), [])


def _origin(text: str, code: str, count: str) -> bool:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(count)
    return from_origin(sentence, Number(start, start + len(count), 0), [])


def test_a_bare_people_noun_before_from_is_an_origin():
    assert _origin("Ministers from 45 countries posed for a photo.", "en", "45")


def test_a_counted_people_noun_before_from_is_no_origin():
    text = "Police held 1,200 people from 30 countries."
    sentence = sentence_of(text, language_for(load_patterns(), "en"))
    numbers = tuple(Number(text.index(c), text.index(c) + len(c), 0) for c in ("1,200", "30"))
    sentence = replace(sentence, numbers=numbers)
    assert not from_origin(sentence, numbers[1], [])
