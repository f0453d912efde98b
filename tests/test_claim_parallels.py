"""Parallel comparisons with another treaty: the count answering the other treaty's takes
its kind."""

from __future__ import annotations

from dataclasses import replace

from analysis.claim_parallels import Reader, parallel_claims, without_gapping_dashes
from analysis.claim_patterns import load_patterns
from analysis.claim_text import Claim, Sentence, sentence_of
from analysis.numbers import Number

EN = load_patterns().languages["en"]


def _sentence(text: str, *spans: tuple[int, int, int]) -> tuple[Sentence, tuple[Number, ...]]:
    numbers = tuple(Number(start, end, value) for start, end, value in spans)
    return replace(sentence_of(text, EN), numbers=numbers), numbers


def _reader(kind: str) -> Reader:
    def read(sentence: Sentence, number: Number) -> Claim | None:
        return Claim(number.start, number.end, number, "exact", kind, None, None)
    return read


def test_the_bare_count_after_this_treatys_name_takes_the_other_counts_kind():
    text = "Palermo drew 124 signatures; Hanoi reached 68."
    sentence, (_other, ours) = _sentence(text, (13, 16, 124), (43, 45, 68))
    claims = parallel_claims(sentence, [], [ours], _reader("signatories"))
    assert [(c.claim_kind, c.number.value, c.qualifier) for c in claims] == [
        ("signatories", 68, "exact")]


def test_a_count_with_its_own_noun_or_an_unnamed_treaty_is_not_answered():
    text = "Palermo drew 124 signatures; Hanoi reached 68 days."
    sentence, (_other, ours) = _sentence(text, (13, 16, 124), (43, 45, 68))
    assert parallel_claims(sentence, [], [ours], _reader("signatories")) == []
    text = "Palermo drew 124 signatures; the other reached 68."
    sentence, (_other, ours) = _sentence(text, (13, 16, 124), (47, 49, 68))
    assert parallel_claims(sentence, [], [ours], _reader("signatories")) == []


def test_an_answer_of_another_kind_than_a_count_of_states_is_no_claim():
    text = "Palermo drew 124 signatures; Hanoi reached 68."
    sentence, (_other, ours) = _sentence(text, (13, 16, 124), (43, 45, 68))
    assert parallel_claims(sentence, [], [ours], _reader("delegates_people")) == []


def test_a_dash_after_a_bare_count_noun_does_not_end_its_clause():
    text = "Signatories rose to 78, and ratifications \u2013 from zero to 12."
    dash = text.index(" \u2013")
    sentence, _ = _sentence(text, (20, 22, 78), (text.index("12"), text.index("12") + 2, 12))
    assert without_gapping_dashes(sentence, [22, dash]) == [22]


def test_a_dash_after_a_counted_noun_is_an_aside_and_ends_the_clause():
    text = "Forty ratifications \u2013 we are at 7 \u2013 are needed."
    dash = text.index(" \u2013")
    sentence, _ = _sentence(text, (0, 5, 40), (text.index("7"), text.index("7") + 1, 7))
    assert without_gapping_dashes(sentence, [dash]) == [dash]
