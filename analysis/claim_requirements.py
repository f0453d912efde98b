"""The requirement as the base of a part: "12 ratifications out of the 40 needed", "12
تصديقا من أصل 40 مطلوبة", "12 von 40 nötigen Ratifikationen". A base after "out of" or
"من أصل" is otherwise a whole that is no claim ("5 out of 193 members"); followed by a word
of ``requirements`` of ``analysis/patterns/claims.yaml`` (needed, required, مطلوبة, nötig)
it is the entry-into-force requirement, a claim of its own."""

from __future__ import annotations

import re

from analysis.claim_patterns import Language
from analysis.numbers import Number

_ONE_WORD = re.compile(r"\s*(?:[^\W\d_]+\s+)?")


def required_base(text: str, number: Number, language: Language) -> bool:
    """A requirement word right after ``number``, at most one word (its noun) between."""
    pattern = language.requirements
    if pattern is None:
        return False
    gap = _ONE_WORD.match(text, number.end)
    return any(pattern.match(text, at) is not None
               for at in {gap.end() if gap else number.end,
                          number.end + len(text[number.end:]) - len(text[number.end:].lstrip())})
