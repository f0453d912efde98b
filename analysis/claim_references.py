"""Counts whose noun is elsewhere in the sentence: a bare count that refers back to an
earlier noun ("on en comptait dix-huit", "waren es achtzehn", "их было восемнадцать",
"there were 12 of them"), and a count far from the noun for the total it gives ("the final
tally published by the treaty section on Monday was 72")."""

from __future__ import annotations

import re

from analysis.claim_text import (
    Keyword,
    Sentence,
    clause_of,
    noun_at,
    qualifier_before,
    starts,
    words_after,
    words_before,
)
from analysis.numbers import Number

# the noun classes a back-reference can take over (a "total" names no thing counted)
COUNTED = ("states", "signers", "parties", "instruments", "delegations", "delegates",
           "participants")

Noun = tuple[str, int, int, int]  # noun class, start, end, words skipped
_LABEL_COLON = re.compile(r"\s*[:\uff1a]\s*(?=\d)")


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


def distant_total(sentence: Sentence, number: Number, clauses: list[int]) -> Noun | None:
    """"the final tally published by the treaty section on Monday was 72": a noun for the
    total anywhere earlier in the number's clause, with no other number in between."""
    text = sentence.text
    low, _ = clause_of(number, clauses, len(text))
    for at in reversed(starts(sentence, low, number.start)):
        found = noun_at(sentence, at)
        if found is None or found[0] != "total" or found[1] > number.start:
            continue
        if any(ch.isdigit() for ch in text[found[1]:number.start]):
            return None
        return "total", at, found[1], 0
    return None


def counted_before(sentence: Sentence, position: int) -> str | None:
    """"65 signatures were reported; the final tally was 72": the class of what an earlier
    noun counted, for a total without a kind keyword (signers, parties or instruments)."""
    earlier = last_counted_noun(sentence, position)
    return earlier if earlier in ("signers", "parties", "instruments") else None


def total_named_next(sentence: Sentence, number: Number, clauses: list[int]) -> Noun | None:
    """"Initially put at 65, the number of signatories stood at 72 on Monday": a bare count
    that ends its clause, followed by a clause that opens with a noun for the total."""
    text = sentence.text
    _, high = clause_of(number, clauses, len(text))
    if text[number.end:high].strip() or high >= len(text):
        return None
    opening = starts(sentence, high, len(text))[:3]
    for at in opening:
        found = noun_at(sentence, at)
        if found and found[0] == "total":
            return "total", number.start, number.end, 0
    return None


def bare_threshold(sentence: Sentence, number: Number, after_end: int,
                   keywords: list[Keyword]) -> Noun | None:
    """"se necesitan cuarenta para que entre en vigor", "the 40 needed for it to enter into
    force": a bare count next to a threshold word, in a sentence with another threshold or
    a ratification word or after a count of parties, counts instruments (the entry-into-force
    requirement); so does a bare count right after a goal word ("Ratifications at 12,
    target 40 still far")."""
    low = words_before(sentence, number.start, 2)
    high = words_after(sentence, after_end, 4)  # "vierzig sind für das Inkrafttreten nötig"
    named = sentence.language.threshold_nouns  # "the threshold of 40", "el umbral de 40"
    near = [k for k in keywords if (k.kind == "threshold" or (
                k.kind == "goal" and not sentence.text[k.end:number.start].strip(" :")))
            and ((low <= k.start and k.end <= number.start) or after_end <= k.start < high
                 # "sets the bar at forty": a threshold noun that ends near the number
                 or (low < k.end <= number.start and named and named.search(k.text)))]
    others = [k for k in keywords if k not in near and k.kind in ("threshold", "ratify")]
    # "nine States Parties so far, far from the 40 needed": a count of parties before it
    parties = last_counted_noun(sentence, number.start) in ("parties", "instruments")
    if not near or not (others or parties
                        or (named and named.search(sentence.text, low, number.start))):
        return None
    return "instruments", number.start, number.end, 0


def labelled_count(sentence: Sentence, number: Number) -> Noun | None:
    """"Ratifications: 3. Signatures: 74.", "Firmantes: 72": a count right after a colon that
    follows a noun for what is counted counts that noun."""
    text = sentence.text
    colon = next((m for m in _LABEL_COLON.finditer(text) if m.end() == number.start), None)
    if colon is None:
        return None
    for at in reversed(starts(sentence, max(0, colon.start() - 40), colon.start())):
        found = noun_at(sentence, at)
        if found and found[0] in COUNTED and found[1] == colon.start():
            return found[0], number.start, number.end, 0
    return None
