"""Remaining counts: "still 35 short", "36 to go", "faltan 34", "36 fehlen noch", "nog 39
te gaan", "còn cần thêm 35", "необходимо ещё 37", "还需三十六份", "Butuh 36 Lagi". The count
of instruments still missing is neither the entry-into-force requirement (judged against
40) nor a count of instruments deposited: no claim. ``remaining`` of
``analysis/patterns/claims.yaml`` lists the wordings, ``#`` standing for the number.

A rank among the first ("among the first 40 to ratify", "parmi les 40 premiers à ratifier")
is no claim either: "the first 50 to ratify" would be judged a wrong requirement, and it
counts no instrument. ``first_ranks`` lists those wordings the same way."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.claim_text import Sentence, qualifier_before
from analysis.numbers import Number

_CONTEXT = 48  # characters on each side of the number a wording may take


def is_remaining(sentence: Sentence, number: Number, numbers: Sequence[Number] = ()) -> bool:
    """Whether the wording around ``number`` gives it as the count still missing. A count
    before a wording that a later count of ``numbers`` takes ("bis zu den erforderlichen 40
    Ratifikationen fehlen also noch 37", "of the 40 needed, 36 still missing") is the whole
    that later count is missing from, not the missing count itself."""
    found = _match(sentence.language.remaining, sentence, number)
    if found is None:
        return False
    return not any(later.start >= number.end
                   and (theirs := _match(sentence.language.remaining, sentence, later))
                   is not None and number.end <= theirs[0] < found[1]
                   for later in numbers)


def first_rank_spans(sentence: Sentence, numbers: list[Number]) -> list[tuple[int, int]]:
    """The spans of the wordings that rank a State among the first N to ratify: the N and
    any "first" inside them ("the first ten", "negara pertama") are no count."""
    spans = []
    for number in numbers:
        found = _match(sentence.language.first_ranks, sentence, number) or (
            _match(sentence.language.first_plurals, sentence, number)  # "among the first
            if number.value == 1 else None)  # countries to ratify"
        if found is not None:
            spans.append(found)
    return spans


def regional_first_spans(sentence: Sentence, numbers: list[Number]) -> list[tuple[int, int]]:
    """The spans of "first" ranked within a region or bloc ("le premier pays arabe à
    ratifier", "the first African State to ratify", "negara Arab pertama"): a rank in a
    group, no count of instruments."""
    return [(number.start, number.end) for number in numbers
            if number.value == 1 and ((number.ordinal and _group_near(sentence, number))
                                      or _region_named_next(sentence, number))]


def _group_near(sentence: Sentence, number: Number) -> bool:
    text = sentence.text
    if sentence.language.cjk:
        stop = _CJK_CLAUSE_END.search(text, number.end)
        window = text[number.end:stop.start() if stop else len(text)]
    else:
        after = _WORDS_AFTER.match(text, number.end)
        before = _WORDS_BEFORE.search(text, 0, number.start)
        window = (before.group() if before else "") + " " + (after.group() if after else "")
    return any(pattern.search(window) for _, pattern in sentence.language.groups)


def _region_named_next(sentence: Sentence, number: Number) -> bool:
    """"el primer país de la región en ratificar", "the first country in the region to
    ratify": a region word (``region_refs``) within four words after the first."""
    refs = sentence.language.region_refs
    near = None if sentence.language.cjk else _REGION_WORDS.match(sentence.text, number.end)
    return refs is not None and near is not None and refs.search(near.group()) is not None


_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,2}")
_REGION_WORDS = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,4}")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w-]*\s+){1,2}$")
_CJK_CLAUSE_END = re.compile("[\uff0c\u3002\uff1b\u3001,;]")


def _match(pattern: re.Pattern[str] | None, sentence: Sentence,
           number: Number) -> tuple[int, int] | None:
    """The span, in the sentence, of the wording around ``number`` (``#`` in the pattern)."""
    if pattern is None:
        return None
    text = sentence.text.replace("#", " ")
    lead_end = _qualifier_start(sentence, number)  # "còn thiếu hơn chục": the # takes "hơn"
    first = max(0, lead_end - _CONTEXT)
    window = (text[first:lead_end] + "#" + text[number.end:number.end + _CONTEXT])
    found = pattern.search(window)
    if found is None:
        return None
    hash_at = lead_end - first

    def position(offset: int) -> int:
        return first + offset if offset <= hash_at else number.end + offset - hash_at - 1

    return position(found.start()), position(found.end())


def _qualifier_start(sentence: Sentence, number: Number) -> int:
    """Where the number's vague qualifier starts ("more than", "hơn", "près de"), else the
    number: a word stating it exact ("已有", "a total of") stays the wording's own."""
    start, qualifier = qualifier_before(sentence.text, number.start, sentence.language)
    return start if qualifier not in (None, "exact") else number.start
