"""A paragraph cut into sentences for the claims extractor: end punctuation, a space, then a
capital or a digit (a CJK or Arabic full stop needs no space); abbreviations of the language
do not end a sentence, and a short sentence that only restates a corrected figure ("Richtig
ist: 65.") stays with the one before."""

from __future__ import annotations

import re

from analysis.claim_text import WIDE_STOPS

_SENTENCE_END = re.compile(
    rf"[.!?…]+[\"\u201d\u2019»)\]]*\s+|[{WIDE_STOPS}]+[\u201d\u300d\u300f\uff09]*\s*")
_SHORT_SENTENCE = 60  # characters of a sentence that only restates a corrected figure
_SENTENCE_OPENERS = "\"\u201c\u2018«(["


def split_sentences(
    text: str, abbreviations: frozenset[str] = frozenset(),
    continuations: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a boundary is end punctuation, space, then a capital
    (or a CJK / Arabic full stop, after which no space is needed). A sentence that opens
    with ``continuations`` ("Richtig ist: 65.", "The correct figure is 65.") restates a
    count of the one before and stays with it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end():match.end() + 1]
        wide = match.group()[0] in WIDE_STOPS
        opens = (wide or following.isupper() or following.isdigit()
                 or following in _SENTENCE_OPENERS or not following.isascii())
        if _restates_before(text[match.end():], continuations):
            continue
        if following and opens and (wide or not _is_abbreviation(text, match.start(),
                                                                  abbreviations)):
            spans.append((start, len(text[:match.end()].rstrip())))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans

def _restates_before(rest: str, continuations: re.Pattern[str] | None) -> bool:
    """"Richtig ist: 65.", "The correct figure is 65 States.": a short sentence that opens
    with a corrected-figure marker (not "Seharusnya, pemerintah ... " at length)."""
    if continuations is None or continuations.match(rest) is None:
        return False
    end = _SENTENCE_END.search(rest)
    return len(rest[:end.start() if end else len(rest)]) <= _SHORT_SENTENCE

def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    words = text[:dot].split()
    word = words[-1].casefold() if words else ""
    if word.isdigit() and len(word) <= 2:
        return True  # a German ordinal date, "am 19. November"
    # an initial ("U.S. Secretary") or a listed abbreviation ("Mr. Guterres")
    return len(word.rsplit(".", 1)[-1]) == 1 or word in abbreviations
