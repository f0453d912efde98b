"""A count that includes the European Union counts signatories."""

import pytest

from analysis.claim_inclusions import includes_the_eu
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _includes(text: str, code: str, count: str) -> bool:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(count)
    return includes_the_eu(sentence, Number(start, start + len(count), 0))


@pytest.mark.parametrize(("code", "text"), [
    ("en", "The count was 66, including the EU."),
    ("es", "Son 66, incluida la Unión Europea."),
    ("zh", "共66个，包括欧盟。"),  # noqa: RUF001
])
def test_the_eu_right_after_a_count_is_included(code, text):
    assert _includes(text, code, "66")


def test_the_eu_far_after_a_count_is_not_its_inclusion():
    assert not _includes("The count was 66 at noon on the first day of the ceremony, and"
                         " later including the EU.", "en", "66")
