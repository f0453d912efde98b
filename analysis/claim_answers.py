"""Broadcast and interview answers: "How many countries signed? - Seventy-two, Sarah."
A quoted question may end with its attribution ("«¿Cuántos han firmado?», le preguntamos.").

The bare count that opens an answer takes the noun and the verb of the question asked just
before it. The question, with its "how many" word (``questions`` in claims.yaml) replaced by
the answer's count and its qualifier, is read as one claim ("Seventy-two countries signed"):
its kind, qualifier and group are the answer's. A count the answer names with a noun of its
own ("72 countries") is claimed by the answer alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_numbers import find_numbers
from analysis.claim_patterns import Language, Patterns
from analysis.claim_sentences import find_claims, unmasked
from analysis.claim_text import Claim, noun_at, qualifier_before, sentence_of
from analysis.numbers import normalise, original_offset

_QUESTION_END = re.compile(r"[?\uff1f\u061f][\W_]*$")
# a quoted question and its attribution: "«¿Cuántos han firmado?», le preguntamos."
_QUOTED_QUESTION_END = re.compile(
    r"[?\uff1f\u061f]\s*[\"\u00bb\u201c\u201d\u2019\u300d']\s*[,\u2013\u2014-]?[^\d?!.;\"\u00ab\u201e]{0,80}"
    r"[.:\u3002]?\s*$")
_ATTRIBUTION = re.compile(r"[^\d?!\uff1f\u061f;]+")  # "», demande le présentateur."
_ATTRIBUTION_WORDS = 8
# a stop before the count: another statement, not the answer
_STOPS = re.compile(r"[;.!?\u3002\uff1b\uff01\uff1f\u061b\u061f]")


def asked_count(question: str, language: Language) -> re.Match[str] | None:
    """The "how many" word of a question ("How many countries signed?"), else None."""
    if language.questions is None or not (_QUESTION_END.search(question)
                                          or _QUOTED_QUESTION_END.search(question)):
        return None
    found = list(language.questions.finditer(question))
    return found[-1] if found else None


def carried_question(question: str, sentence: str, language: Language) -> str:
    """The question an answer after ``sentence`` may answer: ``sentence`` itself, or the
    question before it when ``sentence`` is only its attribution ("How many signed?" / "I
    asked the spokeswoman." / "Seventy-two.")."""
    if (asked_count(question, language) is not None and asked_count(sentence, language) is None
            and _ATTRIBUTION.fullmatch(sentence.strip())
            and len(sentence.split()) <= _ATTRIBUTION_WORDS):
        return question
    return sentence


def answered(question: str, answer: str, claims: list[Claim], language: Language,
             patterns: Patterns) -> list[Claim]:
    """The claim of the bare count that answers ``question`` in ``answer`` (offsets in
    ``answer``), or [] when the question asks no count or the answer names its own noun.
    ``claims`` are those already found in the answer."""
    asked = asked_count(question, language)
    if asked is None:
        return []
    text, positions = normalise(answer)
    numbers = unmasked(text, find_numbers(text, language, patterns.max_number_words), language)
    for number in numbers:
        start, end = original_offset(positions, number.start, len(answer)), original_offset(
            positions, number.end, len(answer))
        if any(claim.start < end and start < claim.end for claim in claims):
            return []  # "72 countries, Sarah": the answer names its own count
        if _STOPS.search(text, 0, number.start):
            return []  # "Nobody knows; the hall seats 400": another statement, not the answer
        after = number.end + len(text[number.end:]) - len(text[number.end:].lstrip())
        if noun_at(sentence_of(text, language), after):
            return []  # "Forty countries, Ann.": the answer names what it counts
        if (number.value < patterns.min_value or number.ordinal
                or patterns.year_like.fullmatch(text[number.start:number.end])):
            continue
        opens = original_offset(positions, qualifier_before(text, number.start, language)[0],
                          len(answer))
        phrase = answer[opens:end]
        asking = question[:asked.start()] + phrase + question[asked.end():]
        at = asked.start() + (start - opens)
        for claim in find_claims(asking, language, patterns):
            if claim.number.start == at:
                return [Claim(opens, end, replace(claim.number, start=start, end=end),
                              claim.qualifier, claim.claim_kind, claim.keyword, claim.group)]
        return []  # the answer's first count, and the question does not say what it counts
    return []
