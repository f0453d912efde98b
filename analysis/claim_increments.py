"""Increments and the total they add up to: a count of new signatures with no noun of its
own ("Am Sonntag kamen sieben weitere hinzu", "во второй — ещё семь", "其中第二天新增七个"),
a count after "of which" that follows a signatory total ("72 States signed, of which 7 on
the second day", "trong đó 7 nước"), a count right before a larger total a marker names
(what was added: "three signed, bringing the total to 72"), and the total a marker names
("bringing the total to 72", "hasta un total de 72", "elevando o total para 72"), which is
never a part."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from analysis.claim_keywords import find_keywords
from analysis.claim_references import last_counted_noun
from analysis.claim_subsets import group_after, increment_next_to
from analysis.claim_text import (
    WIDE_CLAUSE_MARKS,
    Claim,
    Keyword,
    Sentence,
    qualifier_before,
)
from analysis.numbers import Number

Noun = tuple[str, int, int, int]  # noun class, start, end, words skipped
_CLAUSE_END = re.compile(r"[,;:.!?\u3002\uff0c\uff1b]")
_CLAUSE_MARK = re.compile(rf"[,;:.!?\u3002{WIDE_CLAUSE_MARKS}]")


def bare_increment(sentence: Sentence, number: Number, after_end: int,
                   keywords: list[Keyword]) -> Noun | None:
    """A count with no noun next to an increment word, in a sentence that signs: new
    signatories (the count is its own noun span; ``claim_sentences`` makes it a subset)."""
    if not any(k.kind == "sign" for k in keywords):
        return None
    if not increment_next_to(sentence, number, after_end):
        return None
    contrast = sentence.language.contrasts  # "siete más que los 65": a comparison
    if contrast is not None and contrast.match(sentence.text[after_end:].lstrip()):
        return None
    return "states", number.start, number.end, 0


def bare_part(sentence: Sentence, number: Number) -> Noun | None:
    """"70 countries had signed, of which 6 on the second day": a count with no noun right
    after "of which" (or right before "of them": "ten of them") counts the States noun
    before it (``parts_of_a_total`` makes it a part when that noun is a signatory total)."""
    marker = sentence.language.of_which
    if marker is None:
        return None
    start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    found = marker.search(sentence.text[:start])
    # "81 signatories, ten of them in New York": "of them" right after the count
    before = found.start() if found else start if _them_after(sentence, number.end) else None
    if before is None or last_counted_noun(sentence, before) not in ("states", "signers"):
        return None
    return "states", number.start, number.end, 0


def after_total_marker(sentence: Sentence, number: Number) -> bool:
    """"bringing the total to 72", "hasta un total de 72", "总数达到72": the total."""
    markers = sentence.language.total_markers
    if markers is None:
        return False
    start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    return any(markers.search(sentence.text[:end]) for end in (start, number.start))


def marked_total(sentence: Sentence, number: Number) -> tuple[str, int, int, int] | None:
    """"womit die Zahl auf 72 stieg", "and the total rose to 72": a bare count after a total
    marker counts the total its marker names; the signing word of the sentence decides."""
    return ("total", number.start, number.end, 0) if after_total_marker(sentence, number) else None


def parts_of_a_total(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """A signatory count right after "of which" (``of_which``), or right before it ("three
    of which"), that follows a signatory total in the same sentence is part of that total:
    a subset with no group."""
    marker = sentence.language.of_which
    if marker is None:
        return claims
    kept: list[Claim] = []
    for claim in claims:
        totals = [c for c in kept if c.claim_kind == "signatories" and c.end <= claim.start]
        if (claim.claim_kind == "signatories" and claim.group is None and totals
                and (marker.search(sentence.text, totals[-1].end, claim.number.start)
                     or _them_after(sentence, claim.number.end)
                     or _them_after(sentence, claim.end))):
            claim = replace(claim, claim_kind="subset",
                            group=group_after(sentence, claim.number.end)
                            or _of_which_group(sentence, totals[-1].end, claim.number))
        elif (claim.claim_kind in ("signatories", "subset") and claim.group is None and totals
              and (group := _of_which_group(sentence, totals[-1].end, claim.number))):
            claim = replace(claim, claim_kind="subset", group=group)
        kept.append(claim)
    return _without_ratified_increments(sentence, _parts_before_a_total(sentence, kept))


def _of_which_group(sentence: Sentence, total_end: int, number: Number) -> str | None:
    """"72 signed, of which many came from Africa, twenty-one in all": the group named
    between "of which" and the count of the same clause (the count is that group's)."""
    text, language = sentence.text, sentence.language
    start, _ = qualifier_before(text, number.start, language)
    spaces = [m.start() for m in re.finditer(r"\s", text[:start])][::-1]
    ends = [at for at in spaces if at > total_end
            and language.of_which.search(text, total_end, at)]  # type: ignore[union-attr]
    if not ends or _CLAUSE_MARK.search(text, ends[-1], start):
        return None
    window = text[ends[-1]:start]
    return next((group for group, pattern in language.groups if pattern.search(window)),
                None)


def _without_ratified_increments(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """"Some five more countries will complete ratification": an increment of ratifying
    States is no claim (there is no subset of ratifications, and it is no total of
    instruments); "three more joined" stays a signing increment."""
    ratifying = [k for k in find_keywords(sentence) if k.kind == "ratify"]
    return [claim for claim in claims
            if not (claim.claim_kind == "subset" and claim.group is None
                    and any(increment_next_to(sentence, claim.number, end)
                            for end in (claim.number.end, claim.end))
                    and any(_same_clause(sentence, claim.number, k) for k in ratifying
                            if k.text == claim.keyword)
                    and not _joined(sentence, claim))]


def _same_clause(sentence: Sentence, number: Number, keyword: Keyword) -> bool:
    """No clause mark (nor a bullet) between the count and its keyword."""
    low, high = ((number.end, keyword.start) if keyword.start >= number.end
                 else (keyword.end, number.start))
    return _CLAUSE_MARK.search(sentence.text, low, high) is None


def _parts_before_a_total(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """"Mali, Rwanda and Saudi Arabia, three countries, signed, bringing the total to 72":
    the signatory count right before a larger total that a marker names is what was added,
    a subset with no group (or the group named after it)."""
    kept = list(claims)
    for at, (claim, total) in enumerate(pairwise(claims)):
        if (claim.claim_kind == "signatories" and total.claim_kind == "signatories"
                and claim.group is None and not claim.number.whole
                and 2 * claim.number.value <= total.number.value  # else its earlier value:
                # "reports spoke of 60, before the number rose to 65"
                and after_total_marker(sentence, total.number)):
            kept[at] = replace(claim, claim_kind="subset",
                               group=group_after(sentence, claim.number.end))
        elif (claim.claim_kind == total.claim_kind == "signatories" and claim.group is None
              and total.number.whole and claim.number.noun_from == total.number.end
              and claim.keyword in (None, total.keyword)):
            # "28 of the 73 signatories are rated 'not free'": a part of the signatories
            # by what is said of it, with no verb of its own (its keyword is the noun's)
            kept[at] = replace(claim, claim_kind="subset", group=None)
        elif (claim.claim_kind == "subset" and total.claim_kind == "ratifications"
              and _joined(sentence, claim) and after_total_marker(sentence, total.number)):
            # "three more joined on Sunday, raising the total to 72": new signatories, so
            # the total they raise is of signatories ("joined" is no accession here)
            kept[at + 1] = replace(total, claim_kind="signatories")
    return kept


def _joined(sentence: Sentence, claim: Claim) -> bool:
    joins = sentence.language.join_verbs
    return bool(claim.keyword and joins is not None and joins.search(claim.keyword))


def _them_after(sentence: Sentence, position: int) -> bool:
    """"..., three of which signed on Sunday", "cinco de los cuales", "fünf davon": an
    ``of_them`` word right after the count, or after its noun ("gần một chục nước trong số
    đó", "ten countries among them")."""
    them = sentence.language.of_them
    return them is not None and them.match(sentence.text[position:].lstrip()) is not None
