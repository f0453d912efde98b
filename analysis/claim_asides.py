"""Asides between dashes right after a count: "e 72 (dash) entre eles o Brasil e o Chile
(dash) assinaram o texto", "and 72 (dash) among them Brazil and Chile (dash) signed". An
aside that an ``of_which`` word opens ("among them", "entre eles", "darunter") and that holds
no digit names some of the States counted: the verb after it is the count's own. So does an aside
between commas after a count and its noun ("soixante-douze parties, dont la France et l'UE,
avaient signé", "72 States, among them Chile and Peru, have signed") that holds no count and
is followed by the count's verb in lower case. The aside is blanked (same length, so every
offset holds) before the sentence is read."""

from __future__ import annotations

import re

from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language
from analysis.claim_text import qualifier_before

_ASIDE = re.compile(
    r"(?<=\w)(\s*[\u2013\u2014]\s*)([^\d\u2013\u2014.;!?]{1,160}?)\s*[\u2013\u2014]")
_COMMA_ASIDE = re.compile(r"(,\s*)([^\d,.;:!?\u2013\u2014]{1,160}?),(?=\s+[^\W\d_A-Z])")
# the count's noun between it and the aside: "parties", "Member States"
_NOUN_GAP = re.compile(r"(?:\s+[^\W\d_][\w'\u2019-]*){0,3}")
_OPENING_WORDS = 3  # "among them", "entre eles", "parmi lesquels": the words tried


def without_listing_asides(text: str, language: Language, max_number_words: int) -> str:
    """``text`` with the dash asides that open with an ``of_which`` word right after a
    count blanked."""
    if language.of_which is None or not (_ASIDE.search(text) or _COMMA_ASIDE.search(text)):
        return text
    numbers = find_numbers(text, language, max_number_words)
    ends = {number.end for number in numbers}
    for aside in reversed(list(_ASIDE.finditer(text))):
        if aside.start() in ends and _lists_members(aside.group(2), language):
            text = _blanked(text, aside.start(), aside.end())
    subjects = [n.end for n in numbers if _opens_clause(text, n.start, language)]
    commas = [at for at, char in enumerate(text) if char == ","]  # asides may share a comma
    for aside in reversed([m for at in commas if (m := _COMMA_ASIDE.match(text, at))]):
        if (any(_NOUN_GAP.fullmatch(text, end, aside.start()) for end in subjects
                if end <= aside.start())
                and _lists_members(aside.group(2), language)
                and not find_numbers(aside.group(2), language, max_number_words)):
            text = _blanked(text, aside.start(), aside.end())
    return text


def _opens_clause(text: str, start: int, language: Language) -> bool:
    """The count is its clause's subject: it opens the sentence or a clause (after a clause
    mark or a subordinator: "a rappelé que soixante-douze parties"), a qualifier aside."""
    prefix = text[:qualifier_before(text, start, language)[0]].rstrip()
    if not prefix or prefix[-1] in ",;:":
        return True
    words = prefix.split()
    return language.subordinators is not None and bool(
        language.subordinators.fullmatch(words[-1].lstrip("(\"'“")))


def _blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _lists_members(aside: str, language: Language) -> bool:
    words = aside.split()
    return language.of_which is not None and any(
        language.of_which.search(" ".join(words[:count]))
        for count in range(1, min(_OPENING_WORDS, len(words)) + 1))
