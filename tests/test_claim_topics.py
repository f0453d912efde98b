"""A count is part of the region or bloc the sentence is about."""

import pytest

from analysis.claim_text import sentence_of
from analysis.claim_topics import topic_group
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _group(text: str, code: str, count: str, noun: str):
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(count)
    number = Number(start, start + len(count), 0)
    return topic_group(sentence, number, text.index(noun) + len(noun))


@pytest.mark.parametrize(("code", "text", "count", "noun", "group"), [
    ("en", "Asia came second, with 15 countries.", "15", "countries", "Asia"),
    ("nl", "Veel Aziatische steun: 15 landen uit het continent.", "15", "landen", "Asia"),
    ("ar", "ولم توقع من الدول الخليجية سوى 3 دول.", "3", "دول.", ""),
])
def test_the_region_the_sentence_is_about_is_the_count_group(code, text, count, noun, group):
    assert _group(text, code, count, noun) == group


@pytest.mark.parametrize(("code", "text", "count", "noun"), [
    ("en", "The ceremony went smoothly, with 72 countries signing.", "72", "countries"),
    ("en", "Africa and Asia led, with 40 countries between them.", "40", "countries"),
])
def test_no_region_or_two_regions_give_no_group(code, text, count, noun):
    assert _group(text, code, count, noun) is None
