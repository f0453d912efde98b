"""Fact-check answers: "Did 80 countries sign the treaty? No, it was 72", "¿Firmaron 80
países? No, fueron 72", "Benarkah 100 negara teken? Faktanya hanya 72", "Tekenden echt honderd
landen? Nee, het waren er 72". A yes/no question that states a count is answered by a bare
count: the answer's count is a claim of the question's kind and group (the figure the reader
is told is right), with the answer's own qualifier. An answer that names its own noun ("No,
72 countries") is read by itself; a question that asks "how many" is ``claim_answers``'s."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_nouns import counts_non_state_actors
from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language, Patterns
from analysis.claim_sentences import unmasked
from analysis.claim_text import Claim, noun_at, qualifier_before, sentence_of
from analysis.numbers import normalise

_QUESTION_END = re.compile(r"[?\uff1f\u061f][\W_]*$")
_STOPS = re.compile(r"[;.!?\u3002\uff1b\uff01\uff1f\u061b\u061f]")
_ANSWER_WORDS = 6  # words before the count: "No, in fact it was only 72"


def answered_check(question: str, asked: list[Claim], answer: str, claims: list[Claim],
                   language: Language, patterns: Patterns) -> list[Claim]:
    """The claim of the bare count that answers the yes/no question ``question`` (whose
    claims are ``asked``) in ``answer`` (offsets in ``answer``), else []."""
    if not asked or claims or not _QUESTION_END.search(question):
        return []
    text, positions = normalise(answer)
    numbers = unmasked(text, find_numbers(text, language, patterns.max_number_words), language)
    for number in numbers:
        if (number.ordinal or number.value < patterns.min_value
                or patterns.year_like.fullmatch(text[number.start:number.end])):
            return []  # the answer opens with another figure: a date, a rank
        lead, qualifier = qualifier_before(text, number.start, language)
        if _STOPS.search(text, 0, lead) or len(text[:lead].split()) > _ANSWER_WORDS:
            return []  # another statement before the count
        after = number.end + len(text[number.end:]) - len(text[number.end:].lstrip())
        if noun_at(sentence_of(text, language), after) or counts_non_state_actors(
                text, number, [], language, None):
            return []  # "No, 72 countries", "No, 5 companies": the answer names its noun
        if language.of_them is not None and language.of_them.match(text, after):
            return []  # "Yes, but only 69 of them on the first day": a part, no answer
        start = positions[lead] if lead < len(positions) else len(answer)
        first = positions[number.start] if number.start < len(positions) else len(answer)
        end = positions[number.end] if number.end < len(positions) else len(answer)
        stated = asked[-1]
        return [Claim(start, end, replace(number, start=first, end=end), qualifier or "exact",
                      stated.claim_kind, stated.keyword, stated.group)]
    return []
