"""Joining still to come: "France will soon join the seven countries that have already
ratified", "la France rejoindra bientôt les sept pays", "se unirá a los siete". The
joiner is not yet among them, so the count is the others' own, not the others plus the
joiner; ``future_joins`` of ``analysis/patterns/claims.yaml`` lists the future or
intended forms of the joining verbs (and the auxiliaries before them)."""

from __future__ import annotations

import re

from analysis.claim_text import Sentence

_REACH = 24  # characters before the joining verb an auxiliary may stand


def joins_later(sentence: Sentence, verb: re.Match[str]) -> bool:
    """The joining verb ``verb`` is future or intended ("will join", "rejoindra")."""
    pattern = sentence.language.future_joins
    if pattern is None:
        return False
    return pattern.search(sentence.text, max(0, verb.start() - _REACH), verb.end()) is not None
