"""Tests for analysis.claim_joinings: joining takes the kind of the act it continues."""

from __future__ import annotations

import pytest

from analysis.claim_joinings import describing, joinings_of_the_act
from analysis.claim_keywords import find_keywords
from analysis.claim_patterns import load_patterns
from analysis.claim_text import sentence_of


def _sentence(language: str, text: str):
    return sentence_of(text, load_patterns().languages[language])


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Peru, which signed in Hanoi, acceded on Thursday.", True),
    ("es", "Perú, que firmó en Hanói, se adhirió el jueves.", True),
    ("en", "Peru signed in Hanoi and acceded on Thursday.", False),
])
def test_a_signing_set_off_as_a_relative_clause_describes(language, text, expected):
    sentence = _sentence(language, text)
    signing = next(k for k in find_keywords(sentence) if k.kind == "sign")
    assert describing(sentence, signing, len(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru acceded on Thursday, the 14th State to join the pact.", "ratify"),
    ("Peru signed on Thursday, the 77th State to join the pact.", "sign"),
])
def test_a_joining_takes_the_kind_of_the_act_before_it(text, expected):
    sentence = _sentence("en", text)
    kinds = {k.text: k.kind for k in find_keywords(sentence)}
    assert kinds["join the pact"] == expected


@pytest.mark.parametrize(("language", "text", "verb", "joined"), [
    ("en", "Seventy States signed, and more than 90 will join by 2027.", "join", True),
    ("fr", "Soixante-dix États ont signé, et plus de 90 devraient les rejoindre.", "rejoindre",
     True),
    ("en", "Seventy States attended, and more than 90 will join by 2027.", "join", False),
])
def test_a_bare_joining_after_a_signing_is_a_signing(language, text, verb, joined):
    sentence = _sentence(language, text)
    found = [k for k in find_keywords(sentence) if k.text != verb]
    signings = [k for k in joinings_of_the_act(sentence, found) if k.text == verb]
    assert bool(signings and signings[0].kind == "sign") is joined
