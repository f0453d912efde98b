"""An opening scope of the signatories ("Among the signatories, ...") makes a count of a
region or bloc in the clause after it a part of the signatories."""

import pytest

from analysis.claim_signer_scopes import scope_end, scoped_group, scoped_noun
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _sentence(text: str, code: str):
    return sentence_of(text, language_for(load_patterns(), code))


def _count(text: str, count: str) -> Number:
    start = text.index(count)
    return Number(start, start + len(count), 0)


@pytest.mark.parametrize(("code", "text", "count", "group"), [
    ("en", "Among the signatories, Arab states number eleven.", "eleven", "arab_league"),
    ("fr", "Parmi les signataires, les pays africains sont 19.", "19", "Africa"),
    ("zh", "在签署国中，东盟国家共有八个。", "八", "asean"),  # noqa: RUF001
])
def test_a_group_in_the_clause_after_a_scope_of_the_signatories_is_the_counts(
        code, text, count, group):
    sentence = _sentence(text, code)
    number = _count(text, count)
    assert scoped_group(sentence, number, number.end) == group
    assert scoped_noun(sentence, number) is not None


def test_a_scope_needs_a_signatory_noun():
    assert scope_end(_sentence("Among the delegates, Arab states number eleven.", "en")) is None


def test_a_count_in_a_later_clause_is_outside_the_scope():
    text = "Among the signatories, many are small; African states number 19."
    number = _count(text, "19")
    assert scoped_group(_sentence(text, "en"), number, number.end) is None


def test_a_clause_without_a_group_gives_no_noun():
    text = "Among the signatories, 19 countries have ratified."
    assert scoped_noun(_sentence(text, "en"), _count(text, "19")) is None
