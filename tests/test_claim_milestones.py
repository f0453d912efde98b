"""A bar or mark word that a count crossed is no threshold keyword."""

from analysis.claim_keywords import find_keywords
from analysis.claim_milestones import without_crossed_marks
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


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
