"""Entry-into-force thresholds stated as a condition: "it only works when 40 ratify it",
"elle s'appliquera quand quarante l'auront ratifiée", "gelten tut er erst, wenn ihn vierzig
Länder ratifiziert haben", zh "要有40个国家批准 ... 才算数". A count in a condition clause (a word
of ``threshold_conditionals`` or ``conditions`` before it in its clause) with a ratifying
or approving verb there (``approvals`` of ``analysis/patterns/claims.yaml``) is the
threshold when the sentence says the treaty takes effect (``effects``: applies, works,
counts, switches on) outside that condition: the count conditions the treaty, it counts
no instrument.

A count of ratifying States in the clause of the delay of entry into force ("ninety days
after the 40th country deposits", "90 Tage nachdem der 40. Staat", ``entry_delays``) is the
threshold that delay runs from."""

from __future__ import annotations

import re

from analysis.claim_text import Keyword, Sentence
from analysis.numbers import Number


def conditions_effect(sentence: Sentence, number: Number, keywords: list[Keyword],
                      low: int, high: int) -> bool:
    """``number`` (in the clause ``low`` to ``high``) counts those whose ratifying makes the
    treaty take effect."""
    language, text = sentence.language, sentence.text
    if language.conditions is None or language.effects is None:
        return False
    opening = _last_start(language.conditions, text, low, number.start)
    if opening is None:
        return False
    if not (any(k.kind == "ratify" and opening <= k.start < high for k in keywords)
            or (language.approvals is not None
                and language.approvals.search(text, opening, high) is not None)):
        return False
    return any(not opening <= found.start() < number.end  # "when forty have done that it
               for found in language.effects.finditer(text))  # kicks in"; "it applies when"


def follows_delay(sentence: Sentence, low: int, high: int) -> bool:
    """The clause ``low`` to ``high`` states the delay of entry into force ("ninety days
    after", "jours après", "后九十天")."""
    pattern = sentence.language.entry_delays
    return pattern is not None and pattern.search(sentence.text, low, high) is not None


def _last_start(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    found = [match.start() for match in pattern.finditer(text, low, high)]
    return found[-1] if found else None
