"""Gapped group subsets: a bare count after another group in a later clause."""

from __future__ import annotations

from analysis.claim_group_gaps import gapped_group_claims
from analysis.claim_text import Claim, sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _sentence(text: str, language: str):
    return sentence_of(text, language_for(load_patterns(), language))


def _subset(start: int, end: int, value: int, group: str) -> Claim:
    return Claim(start, end, Number(start, end, value), "exact", "subset", "signed", group)


def test_the_gapped_count_takes_the_group_its_clause_names():
    text = "Of the African States 21 signed, of the Asian ones 11."
    prior = _subset(22, 24, 21, "Africa")
    eleven = Number(51, 53, 11)
    [claim] = gapped_group_claims(_sentence(text, "en"), [prior], [eleven])
    assert (claim.number.value, claim.claim_kind, claim.group) == (11, "subset", "Asia")


def test_a_count_in_the_clause_of_the_same_group_is_no_gapped_part():
    text = "Of the African States 21 signed, of the African ones 11."
    prior = _subset(22, 24, 21, "Africa")
    assert gapped_group_claims(_sentence(text, "en"), [prior], [Number(53, 55, 11)]) == []


def test_without_a_subset_before_there_is_no_gapped_part():
    text = "Officials met on Monday, of the Asian ones 11."
    assert gapped_group_claims(_sentence(text, "en"), [], [Number(43, 45, 11)]) == []
