"""A count that includes the European Union counts signatories: "the final tally was 72,
including the European Union", "Het zijn er nu tweeënzeventig, de Europese Unie zelf
meegeteld", "Setenta e dois, contando a União Europeia". The EU is no State: a count that
names it as included is the signatory list (it signed as a regional economic integration
organisation), though the sentence has no signing word. ``eu_included`` of claims.yaml
holds the phrases; up to three words may stand between the count and them."""

from __future__ import annotations

from analysis.claim_text import Sentence
from analysis.numbers import Number


def includes_the_eu(sentence: Sentence, number: Number) -> bool:
    """The count is followed (within three words) by "including the EU" or its like."""
    pattern = sentence.language.eu_included
    return pattern is not None and pattern.match(sentence.text, number.end) is not None
