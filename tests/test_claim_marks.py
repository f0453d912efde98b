"""A mark of signatories reached or passed is the signatory count, not the threshold; a
bar or mark word that a count crossed is no threshold keyword."""

from analysis.claim_keywords import find_keywords
from analysis.claim_marks import passed_mark, without_crossed_marks
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


def _mark(text: str, code: str, digits: str, noun: str, noun_class: str) -> str | None:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start, noun_start = text.index(digits), text.index(noun)
    number = Number(start, start + len(digits), int(digits))
    return passed_mark(sentence, number, (noun_class, noun_start, noun_start + len(noun)),
                       find_keywords(sentence), [])


def test_a_verb_of_passing_before_the_mark_makes_it_more_than():
    assert _mark("Le pacte a franchi la barre des 64 signataires.", "fr", "64",
                 "signataires", "signers") == "more_than"


def test_a_mark_reached_without_passing_it_is_exact():
    assert _mark("Der Pakt erreichte die Marke von 64 Unterzeichnern.", "de", "64",
                 "Unterzeichnern", "signers") == "exact"


def test_a_mark_after_the_count_is_read_too():
    assert _mark("该条约签署国突破64个大关。", "zh", "64", "签署国", "signers") == "more_than"


def test_a_bar_of_ratifications_is_no_mark_of_signatories():
    assert _mark("The pact must clear the bar of 40 ratifications.", "en", "40",
                 "ratifications", "instruments") is None


def test_a_bar_tied_to_entry_into_force_in_the_clause_is_no_mark_of_signatories():
    assert _mark("Il faut franchir la barre des 40 pays pour entrer en vigueur.", "fr", "40",
                 "pays", "states") is None


def _threshold_words(text: str, code: str, count: str) -> list[str]:
    sentence = sentence_of(text, language_for(load_patterns(), code))
    start = text.index(count)
    kept = without_crossed_marks(sentence, find_keywords(sentence),
                                 [Number(start, start + len(count), int(count))])
    return [k.text for k in kept if k.kind == "threshold"]


def test_the_mark_a_count_crossed_is_dropped():
    assert _threshold_words("Số nước ký đã vượt mốc 55.", "vi", "55") == []


def test_a_threshold_the_count_has_not_crossed_stays():
    assert _threshold_words("Công ước cần 40 nước phê chuẩn.", "vi", "40") != []
