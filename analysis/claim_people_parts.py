"""People counted as part of the people at the event: "some 2,500 participants, including
more than 60 ministers", "zo'n 2500 deelnemers, onder wie ruim zestig ministers", "dont
une soixantaine de ministres", "بينهم أكثر من 60 وزيرا". A count of officials (a ``people``
noun: ministers, officials) needs a word of attendance to be a count of people at the event;
opened by an ``of_which`` word after a count of people who attended (delegates,
participants), it is a part of them, so a count of people at the event too
(``analysis.claim_keywords`` gives the kind)."""

from __future__ import annotations

import re

from analysis.claim_text import Sentence, noun_at, qualifier_before, starts, words_after
from analysis.numbers import Number

ATTENDEE_NOUNS = frozenset({"delegates", "participants", "attending_people"})
NOUN_WORDS = 3  # "2500 deelnemers", "约2500名与会者": the noun within so many words
_OPENING = 12  # characters between the ``of_which`` word and the count's qualifier
_BETWEEN = re.compile(r"[\s,:\u060c\uff0c]*")


def part_of_attendees(sentence: Sentence, number: Number) -> bool:
    """Whether an ``of_which`` word opens the count (only its qualifier between) and a count
    of people at the event comes before that word in the sentence."""
    text, language = sentence.text, sentence.language
    if language.of_which is None:
        return False
    start, _ = qualifier_before(text, number.start, language)
    low = max(0, start - _OPENING - 20)
    opening = next((m for m in language.of_which.finditer(text, low, start)
                    if _BETWEEN.fullmatch(text, m.end(), start)), None)
    if opening is None:
        return False
    return any(_attendee_noun(sentence, earlier) for earlier in sentence.numbers
               if earlier.end <= opening.start())


def _attendee_noun(sentence: Sentence, number: Number) -> bool:
    high = words_after(sentence, number.end, NOUN_WORDS)
    return any((found := noun_at(sentence, at)) is not None and found[0] in ATTENDEE_NOUNS
               for at in starts(sentence, number.end, high))
