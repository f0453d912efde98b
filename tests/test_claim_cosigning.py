"""Others a State signed with on a named day are that day's other signers."""

import pytest

from analysis.claim_cosigning import cosigned_on_a_day
from analysis.claim_text import sentence_of
from analysis.claims import language_for, load_patterns
from analysis.numbers import Number


@pytest.mark.parametrize(("code", "text", "session_named", "expected"), [
    # a day word before a "with" join names the day of the co-signing
    ("en", "Peru signed today, alongside 40 other nations.", False, True),
    # a verb of joining joins all who had signed
    ("en", "Peru signed today, joining 40 other nations.", False, False),
    # the closing Sunday is no day of a part
    ("es", "Peru firmó el domingo, junto a otros 40 signatarios.", False, False),
    # a session phrase before the join names the day
    ("fr", "Le Pérou a signé lors de la première journée aux côtés de 40 autres pays.", True,
     True),
    # a day after the join is not the signers' day
    ("en", "Peru signed alongside 40 other nations, the minister wrote on Saturday.", False,
     False),
])
def test_others_signed_with_on_a_named_day_are_that_days_signers(code, text, session_named,
                                                                  expected):
    start = text.index("40")
    sentence = sentence_of(text, language_for(load_patterns(), code))
    count = Number(start, start + 2, 40)
    assert cosigned_on_a_day(sentence, count, session_named=session_named) is expected
