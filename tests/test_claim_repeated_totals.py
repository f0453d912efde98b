"""Counts a sentence restates: the same total twice, a base that points back to the total."""

from __future__ import annotations

from analysis.claim_repeated_totals import without_repeated_totals
from analysis.claim_text import Claim
from analysis.numbers import Number


def _claim(kind: str, value: int, start: int) -> Claim:
    number = Number(start, start + 2, value)
    return Claim(start, start + 2, number, "exact", kind, None)


def test_a_second_total_of_the_same_kind_and_value_is_dropped():
    claims = [_claim("ratifications", 1, 0), _claim("ratifications", 1, 30)]
    assert without_repeated_totals(claims) == claims[:1]


def test_other_kinds_or_values_are_kept():
    claims = [_claim("ratifications", 5, 0), _claim("signatories", 5, 20),
              _claim("ratifications", 6, 40), _claim("subset", 1, 60), _claim("subset", 1, 80)]
    assert without_repeated_totals(claims) == claims


def test_a_count_and_a_rank_of_the_same_value_are_both_kept():
    count = _claim("signatories", 73, 0)
    rank = Claim(30, 34, Number(30, 34, 73, ordinal=True), "exact", "signatories", None)
    assert without_repeated_totals([count, rank]) == [count, rank]
