"""Officials counted among the people at the event are people at the event."""

from dataclasses import replace

import pytest

from analysis.claim_numbers import find_numbers
from analysis.claim_people_parts import part_of_attendees
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns


def _part(text: str, code: str, count: str) -> bool:
    patterns = load_patterns()
    language = language_for(patterns, code)
    sentence = sentence_of(text, language)
    numbers = find_numbers(text, language, patterns.max_number_words)
    sentence = replace(sentence, numbers=tuple(numbers))
    number = next(n for n in numbers if text[n.start:n.end] == count)
    return part_of_attendees(sentence, number)


@pytest.mark.parametrize(("code", "text", "count"), [
    ("en", "Some 3,000 participants came, including 50 ministers.", "50"),
    ("nl", "Zo'n 3000 deelnemers, onder wie 50 ministers.", "50"),
    ("de", "Rund 3000 Teilnehmer, darunter 50 Minister.", "50"),
])
def test_a_count_opened_by_of_which_after_attendees_is_their_part(code, text, count):
    assert _part(text, code, count)


def test_a_count_with_no_attendees_before_it_is_no_part():
    assert not _part("Seventy States signed, including 50 ministers' governments.", "en",
                     "50")


def test_a_count_not_opened_by_of_which_is_no_part():
    assert not _part("Some 3,000 participants came and 50 ministers spoke.", "en", "50")
