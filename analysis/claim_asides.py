"""Asides between dashes right after a count: "e 72 (dash) entre eles o Brasil e o Chile
(dash) assinaram o texto", "and 72 (dash) among them Brazil and Chile (dash) signed". An
aside that an ``of_which`` word opens ("among them", "entre eles", "darunter") and that holds
no digit names some of the States counted: the verb after it is the count's own. The aside is
blanked (same length, so every offset holds) before the sentence is read."""

from __future__ import annotations

import re

from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language

_ASIDE = re.compile(
    r"(?<=\w)(\s*[\u2013\u2014]\s*)([^\d\u2013\u2014.;!?]{1,160}?)\s*[\u2013\u2014]")
_OPENING_WORDS = 3  # "among them", "entre eles", "parmi lesquels": the words tried


def without_listing_asides(text: str, language: Language, max_number_words: int) -> str:
    """``text`` with the dash asides that open with an ``of_which`` word right after a
    count blanked."""
    if language.of_which is None or not _ASIDE.search(text):
        return text
    ends = {number.end for number in find_numbers(text, language, max_number_words)}
    for aside in reversed(list(_ASIDE.finditer(text))):
        if aside.start() in ends and _lists_members(aside.group(2), language):
            text = text[:aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end():]
    return text


def _lists_members(aside: str, language: Language) -> bool:
    words = aside.split()
    return language.of_which is not None and any(
        language.of_which.search(" ".join(words[:count]))
        for count in range(1, min(_OPENING_WORDS, len(words)) + 1))
