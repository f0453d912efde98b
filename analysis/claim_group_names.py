"""A region or bloc named between a count and its noun is one modifier, however many words
its name has: "11 Latin American and Caribbean signatories", "11 signataires d'Amérique
latine et des Caraïbes" is a count of signatories. The names are the ``groups`` of
``analysis/patterns/claims.yaml``."""

from __future__ import annotations

from analysis.claim_patterns import Language
from analysis.claim_text import Sentence, noun_at, starts


def group_name_end(sentence: Sentence, at: int) -> int | None:
    """Where the longest region or bloc name that starts at ``at`` ends, or None; a name
    that holds the count's noun ("Latin American and Caribbean States", the group's own
    name) ends before that noun."""
    ends = [found.end() for _, pattern in sentence.language.groups
            if (found := pattern.match(sentence.text, at)) is not None]
    return max((end for end in ends if not _holds_noun(sentence, at, end)), default=None)


def _holds_noun(sentence: Sentence, low: int, high: int) -> bool:
    return any(noun_at(sentence, start) is not None for start in starts(sentence, low, high))


def group_name_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Where region or bloc names stand in ``text``: a conjunction inside one ("Latin
    America and the Caribbean", "Amérique latine et Caraïbes") splits no clause."""
    return [found.span() for _, pattern in language.groups for found in pattern.finditer(text)]
