"""Followers: "three more countries followed", "volgden nog drie landen", "folgten drei
weitere Staaten", "trois autres pays ont suivi": a verb of following (``follow`` keywords
of analysis/patterns/claims.yaml) with an increment word next to it is a new signing (a
``sign`` keyword, so the count is new signatures, a subset); without one it says nothing
("the debate that followed") and is dropped."""

from __future__ import annotations

from dataclasses import replace

from analysis.claim_text import Keyword, Sentence, words_after, words_before

_NEAR_WORDS = 3  # words on either side of the verb in which the increment stands
_CLAUSE_MARKS = ",;:.!?\u060c\uff0c\u3002"


def as_signings(sentence: Sentence, keywords: list[Keyword]) -> list[Keyword]:
    """``keywords`` with each ``follow`` keyword made a ``sign`` keyword when an increment
    word ("more", "nog", "weitere", "autres") stands within three words of it, in its
    clause, and dropped otherwise."""
    return [replace(k, kind="sign") if k.kind == "follow" else k
            for k in keywords if k.kind != "follow" or _after_increment(sentence, k)]


def _after_increment(sentence: Sentence, keyword: Keyword) -> bool:
    language, text = sentence.language, sentence.text
    if language.increments is None:
        return False
    windows = [text[words_before(sentence, keyword.start, _NEAR_WORDS):keyword.start],
               text[keyword.end:words_after(sentence, keyword.end, _NEAR_WORDS)]]
    for position, window in enumerate(windows):
        marks = [window.rfind(m) for m in _CLAUSE_MARKS] if position == 0 else [
            window.find(m) for m in _CLAUSE_MARKS]
        cut = [m for m in marks if m >= 0]
        own = (window[max(cut) + 1:] if position == 0 else window[:min(cut)]) if cut else window
        for found in language.increments.finditer(own):
            if not (language.firsts and language.firsts.fullmatch(found.group())):
                return True
    return False
