"""Increments and the totals they add up to: total markers and parts after "of which"."""

from __future__ import annotations

import pytest

from analysis.claim_increments import after_total_marker, parts_of_a_total
from analysis.claim_patterns import load_patterns
from analysis.claim_text import Claim, sentence_of
from analysis.numbers import Number


def _number(text: str, digits: str) -> Number:
    start = text.index(digits)
    return Number(start, start + len(digits), int(digits))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Seven more signed, bringing the total to 72.", True),
    ("es", "Se sumaron otras siete, hasta un total de 72.", True),
    ("pt", "Outros sete assinaram, elevando o total para 72.", True),
    ("en", "A total of 72 countries signed.", False),
])
def test_a_total_marker_names_the_count_after_it(language, text, expected):
    sentence = sentence_of(text, load_patterns().languages[language])
    assert after_total_marker(sentence, _number(text, "72")) is expected


def test_a_signatory_count_after_of_which_is_part_of_the_total_before():
    text = "72 countries signed, of which 7 on Sunday."
    sentence = sentence_of(text, load_patterns().languages["en"])
    total, part = _number(text, "72"), _number(text, "7 ")
    part = Number(part.start, part.start + 1, 7)
    claims = [Claim(0, 12, total, "exact", "signatories", None),
              Claim(part.start, part.end, part, "exact", "signatories", None)]
    assert [c.claim_kind for c in parts_of_a_total(sentence, claims)] == [
        "signatories", "subset"]
