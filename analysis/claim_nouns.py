"""What a count counts: the noun after it or before it in its clause, the States noun an
elliptical count leaves out ("100 countries attended and 65 signed"), and what a count is
not of (an excluded phrase such as a date or an amount; companies and NGOs). Each noun is
(noun class, start, end, words skipped); ``analysis.claim_sentences`` finds the claims."""

from __future__ import annotations

import re

from analysis.claim_group_names import group_name_end
from analysis.claim_interpositions import before_session
from analysis.claim_patterns import Language, Patterns
from analysis.claim_people_origins import people_from
from analysis.claim_references import last_counted_noun
from analysis.claim_requirements import required_base
from analysis.claim_roles import outside_relatives, relative_to
from analysis.claim_subsets import part_of_signed
from analysis.claim_text import (
    GAP_WORD,
    WIDE_CLAUSE_MARKS,
    WIDE_STOPS,
    Keyword,
    Sentence,
    clause_of,
    noun_at,
    qualifier_before,
    starts,
    words_after,
    words_before,
)
from analysis.claim_treaties import names_this_treaty, without_named_bodies
from analysis.numbers import Number

_NAMES_AFTER = re.compile(r"[\u2013\u2014(]\s*[^\W\d_]")


def elliptical_noun(sentence: Sentence, number: Number, after_end: int, keywords: list[Keyword],
                patterns: Patterns) -> tuple[str, int, int, int] | None:
    """"100 countries attended and 65 signed", "конвенцию подписали 72": a bare number
    next to a kind keyword, after a States noun earlier in the sentence, counts States."""
    text = sentence.text
    kinds = ("sign", "ratify", "attend", "threshold")
    them = (sentence.language.of_them.match(text[after_end:].lstrip())
            if sentence.language.of_them is not None else None)
    gap_from = after_end  # "sixty-five of them had already signed": the verb after "of them"
    if them is not None:
        gap_from = after_end + len(text[after_end:]) - len(text[after_end:].lstrip()) + them.end()
    after = words_after(sentence, gap_from, patterns.max_gap_words + 1)
    follows = [k for k in keywords if after_end <= k.start < after and k.kind in kinds]
    if follows and any(ch.isdigit() for ch in text[after_end:follows[0].start]):
        follows = []
    rest = text[after_end:].lstrip()
    if sentence.language.of_them is not None and (them := sentence.language.of_them.match(
            rest)):
        rest = rest[them.end():].lstrip()  # "signed by 72 of them."
    names = _NAMES_AFTER.match(rest)  # "подписали пять - Россия, ...": a list of them
    ends_clause = not rest or rest[0] in ".,;:!?" + WIDE_STOPS + WIDE_CLAUSE_MARKS or bool(
        names and names.group()[-1].isupper())
    before = words_before(sentence, before_session(sentence, number.start), 3)  # "haben erst drei"
    precedes = [k for k in keywords if before < k.end <= number.start
                and k.kind in kinds]
    if not follows and not (ends_clause and precedes) and part_of_signed(
            sentence, number, after_end, states_antecedent(sentence, number.start),
            keywords) is None:
        return None  # "dont 65 lors de la première journée": a part of those who signed
    if states_antecedent(sentence, number.start) is None:
        acts = follows[:1] + (precedes[-1:] if ends_clause else [])
        if (any(k.kind == "ratify" for k in acts)
                and last_counted_noun(sentence, number.start) == "instruments"):
            # "needs 40 ratifications; only four have been deposited": instruments
            return "instruments", number.start, number.end, 0
        them_of = gap_from if last_counted_noun(sentence, number.start) == "signers" else after_end
        if not _headline_count(sentence, them_of, follows, precedes if ends_clause else []):
            return None
    return "states", number.start, number.end, 0


def _headline_count(sentence: Sentence, after_end: int, follows: list[Keyword],
                    precedes: list[Keyword]) -> bool:
    """Headline ellipsis with no States noun at all: "72 sign, 121 stay away", "treaty
    signed by 72": only right next to a signing or ratifying verb."""
    acts, text = ("sign", "ratify"), sentence.text
    gap = text[after_end:follows[0].start].strip() if follows else ""
    others = sentence.language.others  # "Kenya and 71 others sign"
    if follows and follows[0].kind in acts and (not gap or (others and others.fullmatch(gap))):
        return True
    if follows and follows[0].kind in acts and relative_to(sentence, after_end):
        return True  # "among the 72 that signed", "les 72 qui ont signé"
    return bool(precedes) and precedes[-1].kind in acts


def states_antecedent(sentence: Sentence, position: int) -> tuple[int, int] | None:
    """The span of the last States noun before ``position``."""
    spans = [(s, found[1]) for s in starts(sentence, 0, position)
             if (found := noun_at(sentence, s)) and found[0] == "states"
             and found[1] <= position]
    return spans[-1] if spans else None


# a year after a day and a month word ("19 November 2025", "19. November 2025", "19 de
# noviembre de 2025", "19 ноября 2025"): the year of a date, never a count, in any language
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DAY_AND_MONTH = re.compile(r"(?<![\d.,])\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?"
                            r"\s+(?:de\s+|del\s+)?$")


def excluded_phrase_end(sentence: str, number: Number, language: Language) -> int | None:
    """End of the excluded phrase (a date, percentage, amount) that the number starts."""
    if _YEAR.fullmatch(sentence[number.start:number.end]) and _DAY_AND_MONTH.search(
            sentence[:number.start]):
        return number.end  # "per 19 November 2025 jumlah penandatangan": a date's year
    follows = language.not_followed_by and language.not_followed_by.match(sentence[number.end:])
    if follows:
        return number.end + follows.end()
    if (language.not_preceded_by and language.not_preceded_by.search(sentence[:number.start])
            and not required_base(sentence, number, language)):  # "out of the 40 needed"
        return number.end
    return None


def noun_after(sentence: Sentence, position: int, patterns: Patterns,
                verbs: frozenset[int] = frozenset()) -> tuple[str, int, int, int] | None:
    """(noun class, start, end, words skipped) for the first noun within the gap; the
    search stops at a signing word (``verbs``: where they start): "20 signed in person"
    counts those who signed, not persons."""
    text, language = sentence.text, sentence.language
    if language.cjk:
        return _cjk_noun_after(sentence, position, patterns)
    for gap in range(patterns.max_gap_words + 1):
        at = position + len(text[position:]) - len(text[position:].lstrip())
        found = noun_at(sentence, at)
        if found:
            return found[0], at, found[1], gap
        word = GAP_WORD.match(text, position)
        if word is None or (language.gap_stops and language.gap_stops.fullmatch(word.group(1))):
            return None  # "15 cyberattacks on signatory countries": the count is of attacks
        if word.start(1) in verbs:
            return None
        position = max(word.end(), group_name_end(sentence, at) or 0)  # a group name: one word
    return None


def _cjk_noun_after(sentence: Sentence, position: int,
                    patterns: Patterns) -> tuple[str, int, int, int] | None:
    """``noun_after`` for scripts without spaces: the first noun within
    ``patterns.max_gap_chars`` characters, or right after a classifier ("72个国家")."""
    text, language = sentence.text, sentence.language
    for gap in range(patterns.max_gap_chars + 1):
        at = position + gap
        if at >= len(text) or text[at] in ",.;:" + WIDE_STOPS + WIDE_CLAUSE_MARKS:
            return None
        if language.classifiers is not None and gap == 0:
            classifier = language.classifiers.match(text, at)
            if classifier:
                found = noun_at(sentence, classifier.end())
                if found:
                    return found[0], at, found[1], 0
        found = noun_at(sentence, at)
        if found:
            return found[0], at, found[1], gap
    return None


def noun_before(sentence: Sentence, number: Number, patterns: Patterns,
                 clauses: list[int]) -> tuple[str, int, int, int] | None:
    """A noun that names the count itself, earlier in the number's clause ("the number of
    signatories rose to 72", "签署国已达72个")."""
    text = sentence.text
    clause_start = max((c for c in clauses if c <= number.start), default=0)
    tally = sentence.language.back_references
    opens, _ = qualifier_before(text, number.start, sentence.language)
    while (clause_start and text[clause_start] in "(\uff08"  # "the signatories (72 in all)",
           and not (tally and tally.search(text[:opens], clause_start))):  # "(on en est à 7)"
        clause_start = max((c for c in clauses if c < clause_start), default=0)
    if sentence.language.cjk:
        window = range(max(clause_start, number.start - 4 * patterns.max_lead_words),
                       number.start)
        starts = list(window)
    else:
        starts = [s for s, _, _ in sentence.tokens if clause_start <= s < number.start]
        limit = sentence.language.max_lead_words or patterns.max_lead_words
        starts = starts[-limit:] if limit else []
    for at in reversed(starts):
        found = noun_at(sentence, at)
        if found is None or found[1] > number.start:
            continue
        between = text[found[1]:number.start]
        adjacent = sentence.language.adjacent_lead_nouns and not between.strip(" ال")
        if found[0] in patterns.lead_noun_classes or adjacent:
            return found[0], at, found[1], 0
    return _gapped_noun(sentence, number, patterns, clause_start)


def _gapped_noun(sentence: Sentence, number: Number, patterns: Patterns,
                 clause_start: int) -> tuple[str, int, int, int] | None:
    """"Palermo drew 124 signatures; Hanoi gathered 72": a bare count in a clause naming
    this treaty takes the count noun of an earlier clause."""
    this_treaty = sentence.language.this_treaty
    if this_treaty is None:
        return None
    named = [m for m in this_treaty.finditer(sentence.text, 0, number.start)
             if m.start() >= clause_start or m.end() >= number.start - 3]
    between = sentence.text[named[-1].end():number.start] if named else ""
    if not named or any(ch.isdigit() for ch in between) or len(between.split()) > 4:
        return None  # "Hanoi gathered 72 in two": only the count right after the name
    for at in reversed(starts(sentence, 0, named[-1].start())):
        found = noun_at(sentence, at)
        if found and found[0] in ("signers", "instruments") and found[1] <= named[-1].start():
            return found[0], number.start, number.end, 0
    return None


def counts_non_state_actors(text: str, number: Number, clauses: list[int], language: Language,
                            keyword: Keyword | None, noun_class: str | None = None) -> bool:
    """A count in a clause about companies or NGOs, or of what was signed with them
    ("signed cooperation agreements with 12 countries"); this treaty's own name ("the UN
    convention on cybercrime") is not another treaty."""
    if language.non_state_actors is None:
        return False
    if language.this_treaty is not None:
        if language.other_treaties is not None and names_this_treaty(text, number, clauses,
                                                                     language):
            # "verglichen mit Budapest ... die 72 Unterzeichner von Hanoi": this treaty's
            text = language.other_treaties.sub(lambda m: " " * len(m.group()), text)
        text = without_named_bodies(text, language)
    low, high = clause_of(number, clauses, len(text))
    if _origin_of_actors(text, number, low, clauses, language):
        return True
    windows = [text[low:high]]
    if keyword is not None and keyword.end <= number.start:  # the verb's object
        windows.append(outside_relatives(text[keyword.end:number.start], language))
    clause = (not _added_after(text, number, low + actor.start(), language)
              and not people_from(text, number, low + actor.start(), language, noun_class)
              for actor in language.non_state_actors.finditer(windows[0]))
    return any(clause) or any(language.non_state_actors.search(w) for w in windows[1:])


def _origin_of_actors(text: str, number: Number, low: int, clauses: list[int],
                      language: Language) -> bool:
    """"The 31 organisations behind this letter, from 19 countries, ...": a clause that is
    only an origin (``origin_markers``) after a clause naming NGOs or companies gives where
    they come from, no count of States that act."""
    markers, actors = language.origin_markers, language.non_state_actors
    lead = text[low:number.start].strip(" ,;\u060c\uff0c")
    if markers is None or actors is None or low == 0 or not lead or len(lead.split()) > 2:
        return False
    if not markers.search(lead):
        return False
    before_low, _ = clause_of(Number(low - 1, low, 0), clauses, len(text))
    return actors.search(text[before_low:low]) is not None


def _added_after(text: str, number: Number, actor_start: int, language: Language) -> bool:
    """"delegations from 100 countries as well as several organisations": actors added
    after the count (with no count of their own) are not what it counts."""
    between = text[number.end:actor_start]
    return actor_start > number.end and any(  # "..., as rights groups cry foul"
        pattern is not None and pattern.search(between)
        for pattern in (language.inclusions, language.subordinators))
