"""A day named next to the opening for signature dates the treaty, not a session."""

from analysis.claim_openings import dates_the_opening
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns


def _sentence(text: str, code: str):
    return sentence_of(text, language_for(load_patterns(), code))


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_day_right_after_the_opening_phrase_dates_it():
    text = "The text, opened for signature on Saturday, was signed by 70 States."
    assert dates_the_opening(_sentence(text, "en"), _span(text, "on Saturday"))


def test_a_day_in_another_clause_does_not_date_the_opening():
    text = "Opened for signature in Hanoi, it drew 60 signatures on Saturday."
    assert not dates_the_opening(_sentence(text, "en"), _span(text, "on Saturday"))


def test_a_ranked_day_of_the_opening_is_no_date():
    text = "开放签署首日，共有六十个国家签署。"  # noqa: RUF001
    assert not dates_the_opening(_sentence(text, "zh"), _span(text, "首日"))
