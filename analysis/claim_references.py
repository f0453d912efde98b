"""Counts whose noun is elsewhere in the sentence: a bare count that refers back to an
earlier noun ("on en comptait dix-huit", "waren es achtzehn", "их было восемнадцать",
"there were 12 of them")."""

from __future__ import annotations

from analysis.claim_text import Sentence, noun_at, qualifier_before, starts
from analysis.numbers import Number

# the noun classes a back-reference can take over (a "total" names no thing counted)
COUNTED = ("states", "signers", "parties", "instruments", "delegations", "delegates")

Noun = tuple[str, int, int, int]  # noun class, start, end, words skipped


def back_reference(sentence: Sentence, number: Number) -> Noun | None:
    """A bare count right after a back-referring phrase of ``back_references`` counts the
    last counted noun before that phrase; the count is its own noun span."""
    language, text = sentence.language, sentence.text
    if language.back_references is None:
        return None
    start, _ = qualifier_before(text, number.start, language)
    phrase = language.back_references.search(text[:start])
    if phrase is None:
        return None
    noun_class = last_counted_noun(sentence, phrase.start())
    if noun_class is None:
        return None
    return noun_class, number.start, number.end, 0


def last_counted_noun(sentence: Sentence, position: int) -> str | None:
    """The class of the last noun for counted things that ends before ``position``."""
    for at in reversed(starts(sentence, 0, position)):
        found = noun_at(sentence, at)
        if found and found[0] in COUNTED and found[1] <= position:
            return found[0]
    return None
