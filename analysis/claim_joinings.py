"""Joining takes the kind of the act it continues, and a relative clause does not set the
scene.

"Chile, which signed in Hanoi, acceded on Monday, becoming the 12th State to join the
Convention": the signing lies in a relative clause that describes the subject (", which
signed in Hanoi,"), so the sentence is not about the signing and "acceded" keeps its
legal sense; "to join" then repeats that accession, and the ordinal counts ratifications.
"Chile signed on Monday, becoming the 74th State to join" stays a signing. A joining verb
(``join_verbs`` of ``analysis/patterns/claims.yaml``) read as a signing takes the kind of
the nearest act named before it when that act is a ratifying one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_text import Keyword, Sentence

_CLAUSE_COMMA = re.compile(r"[,\u060c\uff0c]")
_FIRST_WORD = re.compile(r"\s*(\w+(?:\s+\w+)?)")


def describing(sentence: Sentence, keyword: Keyword, later: int) -> bool:
    """``keyword`` stands in a relative clause set off by commas (", which signed in
    Hanoi,") that closes before ``later``."""
    relative = sentence.language.subordinators
    text = sentence.text
    commas = [m.end() for m in _CLAUSE_COMMA.finditer(text, 0, keyword.start)]
    if relative is None or not commas:
        return False
    opening = _FIRST_WORD.match(text, commas[-1])
    words = opening.group(1).split() if opening else []
    opens = any(relative.fullmatch(" ".join(words[:n])) for n in (1, 2) if len(words) >= n)
    return opens and _CLAUSE_COMMA.search(text, keyword.end, later) is not None


def is_joining(sentence: Sentence, keyword: Keyword) -> bool:
    """A signing keyword that is a joining verb ("join the convention")."""
    joins = sentence.language.join_verbs
    return keyword.kind == "sign" and joins is not None and joins.match(keyword.text) is not None


def joinings_of_the_act(sentence: Sentence, found: list[Keyword]) -> list[Keyword]:
    """``found`` with each joining read as a signing given the kind of the nearest act
    named before it, when that act ratifies ("acceded ..., becoming the 12th to join")."""
    found = found + _bare_joinings(sentence, found)
    acts = sorted((k for k in found if k.kind in ("sign", "ratify")), key=lambda k: k.start)
    kept = []
    for keyword in found:
        if is_joining(sentence, keyword):
            before = [k for k in acts if k.end <= keyword.start and not is_joining(sentence, k)]
            if before and before[-1].kind == "ratify":
                keyword = replace(keyword, kind="ratify")
        kept.append(keyword)
    return kept


def _bare_joinings(sentence: Sentence, found: list[Keyword]) -> list[Keyword]:
    """"72 States signed in Hanoi, and more than 80 are hoped to join by 2026", "plus de 80
    devraient les rejoindre": a joining verb with no treaty after it, in a sentence whose
    act is a signing (a signing before it, outside a relative clause, and no ratifying
    word), joins the signing: a keyword of signing (a forecast is labelled as the count it
    forecasts)."""
    joins = sentence.language.join_verbs
    if joins is None or any(k.kind == "ratify" for k in found):
        return []
    bare = []
    for match in joins.finditer(sentence.text):
        if any(k.start <= match.start() < k.end for k in found):
            continue
        signings = [k for k in found if k.end <= match.start()
                    and (k.kind == "sign" or _signing_inside(sentence, k))
                    and not describing(sentence, k, match.start())]
        if signings:
            bare.append(Keyword("sign", match.start(), match.end(), match.group()))
    return bare


def _signing_inside(sentence: Sentence, keyword: Keyword) -> bool:
    """An attendance or event keyword that holds a signing word ("were at the signing")."""
    lemmas = [pattern for kind, pattern in sentence.language.keyword_lemmas if kind == "sign"]
    return any(keyword.start <= start and end <= keyword.end
               and any(p.fullmatch(form) for p in lemmas for form in forms)
               for start, end, forms in sentence.tokens)
