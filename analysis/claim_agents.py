"""Passive agents: "signed by 72 countries", "firmado por setenta y dos países", "signée par
soixante-douze pays", "ditandatangani oleh 72 negara", "تم توقيعها من قبل 72 دولة". The count
after an agent marker (``agents`` of ``analysis/patterns/claims.yaml``) is the agent of the
verb just before that marker: that verb is the count's keyword, whatever other act a later
clause names ("... is to enter into force after the fortieth instrument is deposited")."""

from __future__ import annotations

import re

from analysis.claim_text import Keyword, Sentence, qualifier_before
from analysis.numbers import Number

# between the verb and the marker: at most one word ("signed so far by", "firmado ya por")
_VERB_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+)?$")
_MARKER_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+)?$")  # "by some 72", "by the 72" (qualifier aside)


def agent_keyword(sentence: Sentence, number: Number,
                  keywords: list[Keyword]) -> Keyword | None:
    """The keyword whose passive agent ``number`` is: an agent marker right before the count
    (its qualifier aside), and a keyword ending at most a word before the marker."""
    pattern = sentence.language.agents
    if pattern is None:
        return None
    text = sentence.text
    lead = qualifier_before(text, number.start, sentence.language)[0]
    markers = [m for m in pattern.finditer(text, 0, lead)
               if _MARKER_GAP.fullmatch(text, m.end(), lead)]
    if not markers:
        return None
    marker = markers[-1]
    links = [p for p in (sentence.language.clause_breaks, sentence.language.coordinators)
             if p is not None]  # "adopted ... and by 72 of them signed": another verb's
    before = [k for k in keywords if k.end <= marker.start()
              and _VERB_GAP.fullmatch(text, k.end, marker.start())
              and not any(p.search(text, k.end, marker.start()) for p in links)]
    return before[-1] if before else None
