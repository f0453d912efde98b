"""A count said in the first person or as "one of N": "We are now 73", "Somos 72 países",
"Nous sommes désormais 73", "Britain was one of 72 signatories", "O Brasil foi
um dos 72". The words right before the number (``first_person_totals`` of
``analysis/patterns/claims.yaml``) make it the signatories' total when the count is quoted
(a speaker counting their own side), counts signatories, or the sentence names the signing
("... after his country's signature")."""

from __future__ import annotations

from analysis.claim_text import Keyword, Sentence
from analysis.numbers import Number

_REACH = 48  # characters the words before the number may take ("nous sommes désormais")
_QUOTES = frozenset('"“”«»„「」『』')
_SIGNER_CLASSES = ("signers",)  # "one of 72 signatories": signatories whatever else is said
_OPEN_CLASSES = ("signers", "states", "total")  # a count of States, or one with no noun


def spoken_total(sentence: Sentence, number: Number, noun_class: str | None,
                 keywords: list[Keyword], kind: str | None = None) -> bool:
    """The number, read as ``kind`` so far, is a first-person or "one of N" count of the
    signatories: a count with no kind yet, or a threshold's that counts signatories ("one of
    72 signatories ..., adding that ratification would require")."""
    if kind is None and noun_class == "states" and quoted_count(sentence.text, number):
        return True  # "„72 Staaten, darunter Russland“", "Hoy 72 naciones han dicho sí"
    pattern = sentence.language.first_person_totals
    if pattern is None or (noun_class is not None and noun_class not in _OPEN_CLASSES):
        return False
    if kind is not None and not (kind == "threshold" and noun_class in _SIGNER_CLASSES):
        return False
    members = sentence.language.own_members
    if members is not None and members.match(sentence.text, number.end):
        return False  # "We are 27 member States": a bloc's size
    low = max(0, number.start - _REACH)
    if pattern.search(sentence.text, low, number.start) is None:
        return False
    return (noun_class in _SIGNER_CLASSES or _quoted(sentence.text, number.start)
            or any(k.kind == "sign" for k in keywords))


def quoted_count(text: str, number: Number) -> bool:
    """A count of States with no verb of its own kind inside a quotation or post ("Hoy 72
    naciones han dicho sí", "«Семьдесят две страны — наши»"): a speaker on the signing
    counting the States that joined it, the signatories' total. The quotation must close
    after the count, so a count after a quoted phrase is not taken."""
    if not _quoted(text, number.start):
        return False
    return any(char in _QUOTES for char in text[number.end:])


def _quoted(text: str, position: int) -> bool:
    """An odd number of quotation marks before ``position``: inside a quotation."""
    return sum(1 for char in text[:position] if char in _QUOTES) % 2 == 1
