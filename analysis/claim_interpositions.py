"""Words put between a verb and its bare count, so that the words before the count are
counted from before them:

* a session phrase (``session_subsets``): "unterzeichnet haben am ersten Tag 69",
  "firmaron durante la segunda jornada 4";
* an existential (``existentials``) or a tally word (``tallies``) after a session: "Negara
  yang menandatangani pada hari Minggu ada tiga";
* in a language whose relative clause stands before its noun (``relative_marks``: zh 的), the
  States noun the clause qualifies: "签署的国家共七十二个", "首日签署的国家有六十九个";
* an object pronoun among the words right before the count (``object_pronouns``):
  "ратифицировали её пока лишь две", "hebben het tot nu toe maar twee": the pronoun is the
  treaty, the verb before it is the count's own."""

from __future__ import annotations

from analysis.claim_text import Keyword, Sentence, noun_at, qualifier_before, starts, words_before
from analysis.numbers import Number

_NOUN_CHARACTERS = 6  # the longest States noun looked for before a CJK count
_PRONOUN_WORDS = 5  # "её пока лишь две": words before the count a pronoun may stand in


def before_session(sentence: Sentence, position: int) -> int:
    """The start of the words between a verb and the count at ``position`` (see the module
    docstring), else ``position``."""
    start = _before_linking_words(sentence, position)
    pronouns = sentence.language.object_pronouns
    if pronouns is None:
        return start
    found = pronouns.search(sentence.text, words_before(sentence, start, _PRONOUN_WORDS), start)
    return found.start() if found else start


def _before_linking_words(sentence: Sentence, position: int) -> int:
    """The start of a session phrase, existential, tally word or relative head right before
    the count at ``position``, else ``position``."""
    language, text = sentence.language, sentence.text
    ends = [position]
    for linking in (language.existentials, language.tallies):
        found = linking.search(text[:position]) if linking is not None else None
        if found is not None:
            ends.append(found.start())
    head = _relative_head(sentence, min(ends))
    if head is not None:
        return head
    sessions = language.session_subsets
    if sessions is None:
        return position
    for session in sessions.finditer(text, 0, position):
        if any(not text[session.end():end].strip() for end in ends):
            return session.start()
    return position


def _relative_head(sentence: Sentence, position: int) -> int | None:
    """Where the relative mark before a States noun that ends at ``position`` starts
    ("签署的国家|有"), or None."""
    marks, text = sentence.language.relative_marks, sentence.text
    if marks is None or not sentence.language.cjk:
        return None
    for at in starts(sentence, max(0, position - _NOUN_CHARACTERS), position):
        found = noun_at(sentence, at)
        if found and found == ("states", position):
            mark = marks.search(text[:at])
            return mark.start() if mark else None
    return None


_OBJECT_CHARACTERS = 4  # "签署公约的", "签署该公约的": the verb's object before the mark


def relative_head_noun(sentence: Sentence, number: Number,
                       keywords: list[Keyword]) -> tuple[str, int, int, int] | None:
    """"签署的国家共七十二个", "东盟成员国中签署公约的有七个": a count of the States that a
    relative clause with a signing or ratifying verb qualifies (its mark, ``relative_marks``,
    and the States noun if named, then only an existential or tally word before the count);
    the count is its own noun span, or None."""
    language, text = sentence.language, sentence.text
    if language.relative_marks is None or not language.cjk:
        return None
    start, _ = qualifier_before(text, number.start, language)
    ends = [start]
    for linking in (language.existentials, language.tallies):
        found = linking.search(text[:start]) if linking is not None else None
        if found is not None:
            ends.append(found.start())
    for end in ends:
        mark = _relative_head(sentence, end)
        if mark is None:
            found = language.relative_marks.search(text[:end])
            mark = found.start() if found else None
        if mark is not None and any(k.kind in ("sign", "ratify")
                                    and mark - _OBJECT_CHARACTERS <= k.end <= mark
                                    for k in keywords):
            return "states", number.start, number.end, 0
    return None
