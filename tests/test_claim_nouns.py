"""What a count counts: the noun after or before it, an elliptical count's States, and what
a count is not of (an excluded phrase, companies and NGOs)."""

from analysis.claim_keywords import find_keywords
from analysis.claim_nouns import (
    counts_non_state_actors,
    elliptical_noun,
    excluded_phrase_end,
    noun_after,
    noun_before,
    states_antecedent,
)
from analysis.claim_text import Sentence, sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _read(text: str, code: str, digits: str) -> tuple[Sentence, Number]:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(digits)
    return sentence, Number(start, start + len(digits), int(digits))


def test_the_noun_right_after_a_count_is_what_it_counts():
    text = "72 countries signed the convention."
    sentence, number = _read(text, "en", "72")
    noun = noun_after(sentence, number.end, load_patterns())
    assert noun is not None and noun[0] == "states" and text[noun[1]:noun[2]] == "countries"
    assert noun[3] == 0


def test_a_noun_after_a_few_adjectives_counts_the_words_skipped():
    text = "72 African countries signed."
    sentence, number = _read(text, "en", "72")
    noun = noun_after(sentence, number.end, load_patterns())
    assert noun is not None and noun[0] == "states" and noun[3] == 1


def test_a_noun_after_a_signing_verb_is_not_what_the_count_counts():
    text = "20 signed in person."
    sentence, number = _read(text, "en", "20")
    verbs = frozenset(k.start for k in find_keywords(sentence) if k.kind == "sign")
    assert noun_after(sentence, number.end, load_patterns(), verbs) is None


def test_a_chinese_count_takes_the_noun_after_its_classifier():
    text = "已有72个国家签署"
    sentence, number = _read(text, "zh", "72")
    noun = noun_after(sentence, number.end, load_patterns())
    assert noun is not None and noun[0] == "states"


def test_the_count_noun_earlier_in_the_clause_names_the_count():
    text = "The number of signatories rose to 72."
    sentence, number = _read(text, "en", "72")
    noun = noun_before(sentence, number, load_patterns(), [])
    assert noun is not None and noun[0] == "signers"
    assert text[noun[1]:noun[2]] == "signatories"


def test_a_noun_in_an_earlier_clause_does_not_name_the_count():
    text = "The signatories met in Hanoi; the hotel had 72 rooms."
    sentence, number = _read(text, "en", "72")
    clauses = [text.index(";")]
    assert noun_before(sentence, number, load_patterns(), clauses) is None


def test_a_percentage_is_an_excluded_phrase_that_ends_after_its_sign():
    text = "Some 65 per cent of States agreed."
    sentence, number = _read(text, "en", "65")
    end = excluded_phrase_end(text, number, sentence.language)
    assert end is not None and end > number.end


def test_a_count_of_states_is_no_excluded_phrase():
    text = "Some 65 States agreed."
    sentence, number = _read(text, "en", "65")
    assert excluded_phrase_end(text, number, sentence.language) is None


def test_a_count_in_a_clause_about_companies_counts_non_state_actors():
    text = "Representatives of 40 companies attended the signing."
    sentence, number = _read(text, "en", "40")
    assert counts_non_state_actors(text, number, [], sentence.language, None)


def test_a_count_of_countries_alone_is_no_count_of_non_state_actors():
    text = "Representatives of 40 countries attended the signing."
    sentence, number = _read(text, "en", "40")
    assert not counts_non_state_actors(text, number, [], sentence.language, None)


def test_a_bare_count_before_a_signing_verb_after_a_states_noun_counts_states():
    text = "100 countries attended and 65 signed."
    sentence, number = _read(text, "en", "65")
    keywords = find_keywords(sentence)
    noun = elliptical_noun(sentence, number, number.end, keywords, load_patterns())
    assert noun == ("states", number.start, number.end, 0)


def test_a_bare_count_with_no_verb_next_to_it_is_no_elliptical_count():
    text = "100 countries attended, 65 in the morning."
    sentence, number = _read(text, "en", "65")
    keywords = find_keywords(sentence)
    assert elliptical_noun(sentence, number, number.end, keywords, load_patterns()) is None


def test_the_antecedent_is_the_last_states_noun_before_the_position():
    text = "100 countries attended and 65 signed."
    sentence, number = _read(text, "en", "65")
    assert states_antecedent(sentence, number.start) == (4, 13)
    assert states_antecedent(sentence, 3) is None
