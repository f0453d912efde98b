"""A noun, then a word of amount, then its count: "ditandatangani oleh negara-negara sejumlah
72 buah", "les pays signataires, au nombre de 72", "государства в количестве 72", "States
numbering 72". The amount word (``amount_links``) ties the count to the noun right before
it, which names what is counted, as a noun after the count would."""

from __future__ import annotations

from analysis.claim_text import Sentence, noun_at, qualifier_before
from analysis.numbers import Number

_NOUN_WORDS = 3  # "negara-negara", "the signatory States", "países firmantes": tokens tried


def amount_noun(sentence: Sentence, number: Number) -> tuple[str, int, int, int] | None:
    """(noun class, start, end, gap) of the noun an amount word ties ``number`` to."""
    links = sentence.language.amount_links
    if links is None:
        return None
    start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    link = links.search(sentence.text[:start]) or links.search(sentence.text[:number.start])
    if link is None:
        return None
    before = sentence.text[:link.start()].rstrip(" ,")
    tokens = [s for s, _, _ in sentence.tokens if s < len(before)][-_NOUN_WORDS:]
    for at in tokens:
        found = noun_at(sentence, at)
        if found is not None and found[1] >= len(before) - 1:  # the noun ends at the link
            return found[0], at, found[1], 1
    return None
