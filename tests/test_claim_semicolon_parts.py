from analysis.claim_semicolon_parts import part_of, without_other_parts
from analysis.claim_text import Keyword
from analysis.numbers import Number

TEXT = "In short: 50 signed at once; it needs 40 ratifications; about 900 people came to the hall"


def _number(value: str) -> Number:
    start = TEXT.index(value)
    return Number(start, start + len(value), int(value))


def test_part_of_gives_the_span_between_semicolons():
    low, high = part_of(TEXT, TEXT.index("900"))
    assert TEXT[low:high] == " about 900 people came to the hall"


def test_a_threshold_word_of_another_part_is_dropped_for_a_statement_of_its_own():
    threshold = Keyword("threshold", TEXT.index("needs"), TEXT.index("needs") + 5, "needs")
    sign = Keyword("sign", TEXT.index("signed"), TEXT.index("signed") + 6, "signed")
    assert without_other_parts(TEXT, _number("900"), [threshold, sign]) == [sign]
    assert without_other_parts(TEXT, _number("40"), [threshold, sign]) == [threshold, sign]


def test_an_elliptical_part_still_borrows_the_words_before_it():
    text = "Five States have ratified so far; two more soon"
    ratify = Keyword("ratify", text.index("ratified"), text.index("ratified") + 8, "ratified")
    start = text.index("two")
    assert without_other_parts(text, Number(start, start + 3, 2), [ratify]) == [ratify]
