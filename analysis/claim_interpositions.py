"""A session phrase put between a verb and its bare count: "unterzeichnet haben am ersten
Tag 69", "firmaron durante la segunda jornada 4": the verb is the count's own, so the words
before the count are counted from the start of the session phrase (``session_subsets``). So
with an object pronoun among the words right before the count ("ратифицировали её пока лишь
две", "ratifizierten ihn bisher nur zwei", "hebben het tot nu toe maar twee"): the pronoun is
the treaty, the verb before it is the count's own (``object_pronouns``)."""

from __future__ import annotations

from analysis.claim_text import Sentence, words_before

_PRONOUN_WORDS = 5  # "её пока лишь две": words before the count a pronoun may stand in


def before_session(sentence: Sentence, position: int) -> int:
    """The start of a ``session_subsets`` phrase that ends right before ``position`` (only
    blanks between), else ``position``."""
    sessions = sentence.language.session_subsets
    for session in sessions.finditer(sentence.text, 0, position) if sessions else ():
        if not sentence.text[session.end():position].strip():
            position = session.start()
            break
    pronouns = sentence.language.object_pronouns
    if pronouns is None:
        return position
    found = list(pronouns.finditer(sentence.text, words_before(sentence, position,
                                                               _PRONOUN_WORDS), position))
    return found[0].start() if found else position
