"""A session phrase put between a verb and its bare count: "unterzeichnet haben am ersten
Tag 69", "firmaron durante la segunda jornada 4": the verb is the count's own, so the words
before the count are counted from the start of the session phrase (``session_subsets``)."""

from __future__ import annotations

from analysis.claim_text import Sentence


def before_session(sentence: Sentence, position: int) -> int:
    """The start of a ``session_subsets`` phrase that ends right before ``position`` (only
    blanks between), else ``position``."""
    sessions = sentence.language.session_subsets
    if sessions is None:
        return position
    for session in sessions.finditer(sentence.text, 0, position):
        if not sentence.text[session.end():position].strip():
            return session.start()
    return position
