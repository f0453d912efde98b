"""An answer's bare count takes the noun and the verb of the question before it."""

import polars as pl
import pytest

from analysis.claim_answers import answered, asked_count
from analysis.claim_sentences import find_claims
from analysis.claims import extract_claims, extract_from_text, language_for, load_patterns


def _language(code: str):
    return language_for(load_patterns(), code)


@pytest.mark.parametrize(("code", "question", "word"), [
    ("en", "So how many States have ratified so far?", "how many"),
    ("fr", "Combien de pays ont signé ?", "Combien"),
    ("zh", "有多少个国家签署了？", "多少"),  # noqa: RUF001
])
def test_a_question_with_a_how_many_word_asks_a_count(code, question, word):
    asked = asked_count(question, _language(code))
    assert asked is not None and asked.group() == word


def test_a_statement_with_how_many_in_it_asks_nothing():
    assert asked_count("Nobody knows how many States will sign.", _language("en")) is None


def test_the_answer_count_gets_the_kind_and_offsets_of_the_answer():
    language, patterns = _language("en"), load_patterns()
    answer = "Well, roughly forty, Ann."
    claims = answered("How many delegations came?", answer,
                      find_claims(answer, language, patterns), language, patterns)
    assert [(c.claim_kind, c.number.value, c.qualifier) for c in claims] == [
        ("attending_delegations", 40, "about")]
    assert answer[claims[0].start:claims[0].end] == "roughly forty"


def test_an_answer_that_names_its_own_noun_is_left_to_itself():
    language, patterns = _language("en"), load_patterns()
    answer = "Forty countries, Ann."
    assert answered("How many delegations came?", answer,
                    find_claims(answer, language, patterns), language, patterns) == []


def test_an_answer_in_the_next_paragraph_or_line_takes_the_question():
    articles = pl.DataFrame({"article_id": ["a1", "a2"], "language": ["pt", "pt"]})
    paragraphs = pl.DataFrame({
        "article_id": ["a1", "a1", "a2"], "paragraph_no": [1, 2, 1],
        "text": ["ÂNCORA: Quantos países já assinaram?", "REPÓRTER: Sessenta e um, Rui.",
                 "Sessenta e um, Rui."],
        "is_furniture": [False, False, False]})
    rows = extract_claims(articles, paragraphs)
    assert rows.select("article_id", "claim_kind", "value").rows() == [
        ("a1", "signatories", 61)]  # not the answer of another article's question
    assert [(c["kind"], c["value"]) for c in extract_from_text(
        "Quantos países já assinaram?\nSessenta e um, Rui.", "pt")] == [("signatories", 61)]
