"""Counts of the region or bloc a sentence is about, though the count's own words name none.

* ``region_links``: the region is the subject, its count follows "with" ("Africa led the
  list of signatories, with more than 20 countries", "Châu Phi ..., với hơn 20 quốc gia",
  "وتصدرت القارة الأفريقية ... بأكثر من عشرين دولة");
* ``region_refs``: the count's noun points back to it ("the African contribution: some 20
  countries of the continent");
* ``region_partitives``: the count is the part of a bloc named just before it, with only an
  exceptive between ("ولم توقع من دول الخليج سوى دولتين": of the Gulf States only two).

``topic_group`` gives the group (a key of the group tables, or "" for a bloc they do not
hold, as ``unlisted_blocs``), or None.
"""

from __future__ import annotations

import re

from analysis.claim_text import Sentence, qualifier_before
from analysis.numbers import Number

_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[,;:\uff0c\uff1b\uff1a\u3001\u060c]")


def topic_group(sentence: Sentence, number: Number, noun_end: int) -> str | None:
    """The group of the region or bloc the count is part of by the sentence's topic."""
    language, text = sentence.language, sentence.text
    start, _ = qualifier_before(text, number.start, language)
    named = _named_groups(sentence, 0, start)
    if not named:
        return None
    # a link may be glued to the qualifier or count ("بأكثر من", with more than): its letter
    link = language.region_links and (language.region_links.search(text[:start])
                                      or language.region_links.search(text[:start + 1])
                                      or _qualifier_link(sentence, named[-1][1], number))
    if link:
        groups = {group for _, _, group in named}
        if (len(groups) == 1 and named[-1][1] <= link.start()
                and not _DIGIT.search(text[named[-1][1]:start])):
            return named[-1][2]  # "Africa ..., with more than 20 countries"
    if start < number.start and not text[named[-1][1]:start].strip():
        return named[-1][2]  # "disusul negara-negara Eropa sebanyak 16": right before its qualifier
    if language.region_refs is not None and language.region_refs.match(text, noun_end):
        return named[-1][2]  # "20 countries of the continent"
    if language.region_partitives is not None and language.exceptives is not None:
        _, end, group = named[-1]
        between = text[end:start]
        opens = text[:named[-1][0]]
        if (language.region_partitives.search(opens)
                and re.fullmatch(rf"[\s,\u060c]*(?:{language.exceptives.pattern})?[\s,\u060c]*",
                                 between, re.IGNORECASE)):
            return group  # "من دول الخليج سوى دولتين": of the Gulf States, only two
    return None


def _qualifier_link(sentence: Sentence, topic_end: int, number: Number) -> re.Match[str] | None:
    """The link is the count's qualifier ("非洲国家表现积极, 共有21国": in all 21), in the
    clause right after the one the region names."""
    text, links = sentence.text, sentence.language.region_links
    if links is None or len(_CLAUSE_MARK.findall(text, topic_end, number.start)) > 1:
        return None
    return links.search(text[:number.start])


def _named_groups(sentence: Sentence, low: int, high: int) -> list[tuple[int, int, str]]:
    """(start, end, group) of each region or bloc named between ``low`` and ``high``, in
    text order; a bloc the group tables do not hold is ""."""
    language, window = sentence.language, sentence.text[:high]
    found = [(m.start(), m.end(), group) for group, pattern in language.groups
             for m in pattern.finditer(window, low)]
    if language.unlisted_blocs is not None:
        found += [(m.start(), m.end(), "") for m in language.unlisted_blocs.finditer(window, low)]
    # one name, one group: "Latin America and the Caribbean" is not the Caribbean too
    return sorted(f for f in found if not any(
        o[0] <= f[0] and f[1] <= o[1] and (o[1] - o[0]) > (f[1] - f[0]) for o in found))
