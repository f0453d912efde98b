"""A verb of following is a signing only next to an increment word."""

from analysis.claim_followers import as_signings
from analysis.claim_keywords import find_keywords
from analysis.claim_text import Keyword, sentence_of
from analysis.claims import language_for, load_patterns


def _sentence(text: str, code: str):
    return sentence_of(text, language_for(load_patterns(), code))


def test_a_follow_keyword_next_to_more_becomes_a_signing():
    sentence = _sentence("Then two more followed.", "en")
    start = sentence.text.index("followed")
    keyword = Keyword("follow", start, start + len("followed"), "followed")
    assert [k.kind for k in as_signings(sentence, [keyword])] == ["sign"]


def test_a_follow_keyword_without_an_increment_is_dropped():
    sentence = _sentence("The dinner that followed was long.", "en")
    start = sentence.text.index("followed")
    keyword = Keyword("follow", start, start + len("followed"), "followed")
    assert as_signings(sentence, [keyword]) == []


def test_an_increment_in_another_clause_does_not_count():
    sentence = _sentence("Two more arrived; the talks that followed were short.", "en")
    assert all(k.kind != "sign" for k in find_keywords(sentence))
