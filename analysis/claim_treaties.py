"""Which treaty a count is about: a count of another treaty's signatories or parties ("the
76 parties to the Budapest Convention", "Budapest et ses 30 premiers signataires") is no
claim about this one; a count that names this treaty right after it ("the 72 signatories
of Hanoi") is, whatever treaty the sentence compared it with before."""

from __future__ import annotations

import re

from analysis.claim_patterns import Language
from analysis.claim_text import clause_of
from analysis.numbers import Number

# words after a count in which this treaty's name makes the count its own ("the 72
# signatories of Hanoi", "les 72 signataires de la convention de Hanoï")
_OWN_NAME = re.compile(r"(?:\W*[^\W\d_]+){0,6}")
_CJK_CHARS = 12


def other_treaty(text: str, number: Number, clauses: list[int], language: Language) -> bool:
    """A count about another treaty: one named earlier ("the Budapest Convention ... has
    been ratified by 81 countries"), unless this treaty is named or a contrast ("but", "more
    than the") comes between, or this treaty is named just after the count; or one named
    later in the count's clause ("the 76 parties to the Budapest Convention"), unless this
    treaty is named between. A name inside this treaty's ("the UN convention on
    cybercrime") is this treaty."""
    if language.other_treaties is None:
        return False
    _, high = clause_of(number, clauses, len(text))
    this = list(language.this_treaty.finditer(text)) if language.this_treaty else []
    mentions = [m for m in language.other_treaties.finditer(text[:high])
                if not any(t.start() <= m.start() < t.end() for t in this)]
    before = [m for m in mentions if m.end() <= number.start]
    after = [m for m in mentions if m.start() >= number.end]
    if before:
        between = text[before[-1].end():number.start]
        if not ((language.this_treaty is not None and language.this_treaty.search(between))
                or _contrasted(between, language)
                or _named_after(text, number, language, min([high, *(
                    m.start() for m in after)]))):
            return True
    return bool(after) and not (language.this_treaty and language.this_treaty.search(
        text, number.end, after[0].start()))


def _contrasted(between: str, language: Language) -> bool:
    """A contrast between another treaty's name and a count ("Budapest has 76, but ...")
    turns to this treaty; one set off by commas ("el Convenio de Budapest, en cambio, suma
    80 Partes", "Budapest, dagegen, zählt 80") is an adverb of the other treaty's clause."""
    if language.contrasts is None:
        return False
    return any(not (between[:m.start()].rstrip().endswith((",", "\u060c", "\uff0c"))
                    and between[m.end():].lstrip().startswith((",", "\u060c", "\uff0c")))
               for m in language.contrasts.finditer(between))


def names_this_treaty(text: str, number: Number, clauses: list[int],
                      language: Language) -> bool:
    """Whether this treaty is named just after the count ("the 72 signatories of Hanoi"),
    in its clause and before any other treaty: then the count is this treaty's, whatever
    other treaty the sentence names."""
    _, high = clause_of(number, clauses, len(text))
    others = (language.other_treaties.search(text, number.end, high)
              if language.other_treaties is not None else None)
    return _named_after(text, number, language, others.start() if others else high)


def _named_after(text: str, number: Number, language: Language, limit: int) -> bool:
    """"Compared with the 46 states that signed the Budapest Convention, the 72 signatories
    of Hanoi ...": this treaty named within a few words after the count, before any other
    treaty, in the count's clause (up to ``limit``) and with no comparison between ("76
    parties against Hanoi's 72" is Budapest's)."""
    if language.this_treaty is None:
        return False
    end = min(limit, _OWN_NAME.match(text, number.end).end() if not language.cjk
              else number.end + _CJK_CHARS)
    named = language.this_treaty.search(text, number.end, end)
    if named is None:
        return False
    gap = text[number.end:named.start()]
    return not any(p is not None and p.search(gap) for p in (
        language.contrasts, language.earlier_values))


def without_named_bodies(text: str, language: Language) -> str:
    """The text with this treaty's name and the blocs' names blanked: "the Shanghai
    Cooperation Organisation" names a group of States, no organisation that is not one."""
    if language.this_treaty is not None:
        text = language.this_treaty.sub(_blank, text)
    for _, bloc in language.groups:
        text = bloc.sub(_blank, text)
    return text


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())
