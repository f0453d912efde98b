"""Counts inside an opening scope of the signatories: "Among the signatories, African
countries number more than 20", "在签署国中 非洲国家超过20个", "Parmi les signataires, les
pays africains sont plus de 20". A sentence that opens with a locative word
(``region_openers``) and a signatory noun, then a clause break, scopes the clause after it:
a count of States there with no kind of its own is part of the signatories, a subset of the
region or bloc the clause names."""

from __future__ import annotations

from analysis.claim_text import CLAUSE_END, Sentence, noun_at, starts
from analysis.numbers import Number

_SCOPE_CHARACTERS = 48  # the opening phrase: "Among all the signatories so far,"


def scope_end(sentence: Sentence) -> int | None:
    """Where the opening scope of the signatories ends (its clause break), or None."""
    language, text = sentence.language, sentence.text
    opener = language.region_openers.match(text) if language.region_openers else None
    if opener is None:
        return None
    stop = CLAUSE_END.search(text, opener.end())
    if stop is None or stop.start() - opener.end() > _SCOPE_CHARACTERS or any(
            ch.isdigit() for ch in text[opener.end():stop.start()]):
        return None
    signers = any((found := noun_at(sentence, at)) and found[0] == "signers"
                  and found[1] <= stop.start()
                  for at in starts(sentence, opener.end(), stop.start()))
    return stop.end() if signers else None


def scoped_group(sentence: Sentence, number: Number, noun_end: int) -> str | None:
    """The region or bloc of a count in the clause an opening scope of the signatories
    leads into ("Among the signatories, African countries number more than 20": Africa),
    or None when the count stands elsewhere or its clause names no group."""
    end = scope_end(sentence)
    text = sentence.text
    if end is None or number.start < end or CLAUSE_END.search(text, end, number.start):
        return None
    stop = CLAUSE_END.search(text, max(number.end, noun_end))
    clause = text[end:stop.start() if stop else len(text)]
    return next((group for group, pattern in sentence.language.groups
                 if pattern.search(clause)), None)


def scoped_noun(sentence: Sentence, number: Number) -> tuple[str, int, int, int] | None:
    """The States noun before a count in the clause an opening scope of the signatories
    leads into ("在签署国中 非洲国家超过20个": 国家), when that clause names a region or
    bloc; the noun's class and span, or None."""
    end = scope_end(sentence)
    if end is None or number.start < end or scoped_group(sentence, number, number.end) is None:
        return None
    for at in reversed(starts(sentence, end, number.start)):
        found = noun_at(sentence, at)
        if found and found[0] == "states" and found[1] <= number.start:
            return "states", at, found[1], 0
    return None
