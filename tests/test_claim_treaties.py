"""Which treaty a count is about: another treaty's counts are no claim; this treaty's count
beside them is."""

from __future__ import annotations

from analysis.claim_patterns import load_patterns
from analysis.claim_treaties import other_treaty
from analysis.numbers import Number


def _about_another(text: str, digits: str, language: str = "en",
                   clauses: list[int] | None = None) -> bool:
    start = text.index(digits)
    number = Number(start, start + len(digits), int(digits))
    return other_treaty(text, number, clauses or [], load_patterns().languages[language])


def test_a_count_after_another_treatys_name_is_about_that_treaty():
    assert _about_another("The Budapest Convention has been ratified by 81 States.", "81")


def test_a_count_before_another_treatys_name_in_its_clause_is_about_that_treaty():
    assert _about_another("There are 76 parties to the Budapest Convention.", "76")


def test_a_count_that_names_this_treaty_just_after_it_is_this_treatys():
    text = "Unlike the 46 states that signed Budapest in year one, the 70 signatories of Hanoi"
    assert not _about_another(text, "70", clauses=[text.index(", the")])


def test_this_treatys_name_after_a_comparison_does_not_claim_the_other_count():
    assert _about_another("Budapest counts 76 parties against Hanoi's 70.", "76")


def test_this_treatys_name_in_the_next_clause_does_not_claim_the_count():
    text = "Budapest has 76 parties; Hanoi has 70 signatories."
    assert _about_another(text, "76", clauses=[text.index(";")])


def test_a_bare_city_name_of_another_treaty_is_read_in_french():
    text = "Hanoï fait mieux que Budapest et ses 26 premiers signataires."
    assert _about_another(text, "26", language="fr")
