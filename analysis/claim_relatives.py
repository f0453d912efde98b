"""A relative clause describes its noun; the main verb says what the count counts.

"Three countries that had signed the treaty ratified it", "Tres países que habían firmado
el tratado lo ratificaron", "Drei Staaten, die unterzeichnet hatten, ratifizierten": the
signing verb of the relative clause after the States noun only says which States; the
verb after the clause, of another kind, is the count's own (ratifications 3, not a part
of the signatories). Without such a verb ("the 48 States that signed on the first
morning") the relative clause's verb stays the count's.
"""

from __future__ import annotations

import re

from analysis.claim_keywords import negated
from analysis.claim_roles import acting_states
from analysis.claim_text import Keyword, Sentence
from analysis.numbers import Number

_COMMA = re.compile(r"[,\u060c\uff0c]\s*")

_ACTS = ("sign", "ratify")
_MAIN_VERB_GAP = 60  # characters from the end of the relative clause to the main verb


def without_relative_verbs(sentence: Sentence, number: Number,
                           keywords: list[Keyword]) -> list[Keyword]:
    """``keywords`` without the verbs of a relative clause after the number's States noun
    when a main verb of another kind follows the clause."""
    if number.whole or number.noun_from is not None:
        return keywords  # "Four of the 75 States that signed have ratified": the part's verb
    relative_end = acting_states(sentence, number.end, keywords)
    if relative_end is None:
        return keywords
    inside = [k for k in keywords if number.end <= k.start < relative_end and k.kind in _ACTS]
    after = [k for k in keywords if relative_end <= k.start < relative_end + _MAIN_VERB_GAP
             and k.kind in _ACTS]
    if not inside or not after or after[0].kind == inside[-1].kind:
        return keywords
    if (any(ch in ".;:?!" for ch in sentence.text[relative_end:after[0].start])
            or negated(sentence, after[0]) or _another_clause(sentence, relative_end, after[0])
            or any(relative_end <= n.start < _clause_end(sentence, after[0].end)
                   for n in sentence.numbers)):
        return keywords  # "aunque ninguno la ha ratificado", "only seven had ratified",
        # "ratifizierten erst vier": another count's verb
    return [k for k in keywords if k not in inside]


def _another_clause(sentence: Sentence, low: int, verb: Keyword) -> bool:
    """``verb`` stands in a clause of its own: a relative one on the object ("the convention
    that the UN adopted"), or one that a comma and a subordinator, a contrast or a
    concession open (", aunque ninguno la ha ratificado")."""
    language = sentence.language
    openers = [p for p in (language.subordinators, language.contrasts, language.unlike)
               if p is not None]
    if language.subordinators is not None and language.subordinators.search(
            sentence.text, low, verb.start):
        return True  # "ký kết vào công ước mà Liên hợp quốc đã thông qua": the object's clause
    return any(p.match(sentence.text, comma.end()) for comma in
               _COMMA.finditer(sentence.text, low, verb.start) for p in openers)


def _clause_end(sentence: Sentence, start: int) -> int:
    """The end of the clause that goes on at ``start`` (the next comma or stop)."""
    found = re.compile(r"[,.;:!?\u060c\uff0c\u3002]").search(sentence.text, start)
    return found.start() if found else len(sentence.text)
