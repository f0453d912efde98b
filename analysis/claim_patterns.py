"""The claims patterns file (``analysis/patterns/claims.yaml``) read and compiled.

All language knowledge is data: number engines and word tables, qualifiers, nouns and kind
keywords (as surface regexes and as lemmas), region and bloc names, exclusions. This module
checks the file and compiles it; ``analysis.claims`` applies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser, when PyYAML was built with it: ten times faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore[assignment]

from analysis.claim_languages import Profile, Thresholds, profiles, thresholds
from analysis.errors import InputError
from analysis.numbers import WordParser, word_parser

CLAIMS_PATTERNS = Path(__file__).parent / "patterns" / "claims.yaml"
QUALIFIERS = ("more_than", "nearly", "about", "at_least", "exact")
CLAIM_KINDS = ("signatories", "attending_states", "attending_delegations", "delegates_people",
               "ratifications", "threshold", "subset", "other")

Named = tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True)
class FixedNumber:
    pattern: re.Pattern[str]
    value: int
    qualifier: str | None
    ordinal: bool
    noun_class: str | None  # the phrase is its own noun: Arabic dual "دولتين" (two States)


@dataclass(frozen=True)
class Language:
    code: str
    cjk: bool  # no spaces between words: match by characters, not by words
    lemma_language: str | None  # simplemma language code, None: surface forms only
    verb_first: bool  # the verb usually opens the clause (ar): a preceding keyword first
    adjacent_lead_nouns: bool  # Arabic "the States the-48": any noun right before a number
    parse_words: WordParser | None
    digits: re.Pattern[str]
    ordinal_digits: re.Pattern[str] | None
    ranges: re.Pattern[str] | None
    fixed: tuple[FixedNumber, ...]
    qualifiers: Named
    qualifiers_after: Named
    classifiers: re.Pattern[str] | None
    nouns: Named
    noun_lemmas: Named
    keywords: Named
    keyword_lemmas: Named
    groups: Named
    session_subsets: re.Pattern[str] | None
    increments: re.Pattern[str] | None
    threshold_conditionals: re.Pattern[str] | None
    non_state_actors: re.Pattern[str] | None
    other_treaties: re.Pattern[str] | None
    origin_markers: re.Pattern[str] | None  # "delegates from 110 countries": attendance
    partitives: re.Pattern[str] | None  # "65 of the 72 States": 72 is the base, not a claim
    bases: re.Pattern[str] | None  # "Of the 193 member States, ...": a base of comparison
    this_treaty: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    noun_not_followed_by: re.Pattern[str] | None  # zh "在193个会员国中": a base, not a count
    ordinal_prefix: re.Pattern[str] | None  # vi "thứ", zh "第" before a number word
    max_lead_words: int | None
    clause_marks: re.Pattern[str] | None  # unbounded: Arabic "و" joined to a number
    not_preceded_by: re.Pattern[str] | None
    not_followed_by: re.Pattern[str] | None
    abbreviations: frozenset[str]
    decimal_scales: tuple[tuple[re.Pattern[str], int], ...] = ()  # "2,5 тыс." = 2500
    owners: re.Pattern[str] | None = None  # "its 27 member States": a membership, no claim
    cutoffs: re.Pattern[str] | None = None  # "by the end of the first day": a total then
    session_ends: re.Pattern[str] | None = None  # zh "首日结束前": the session's end, a cut-off
    tallies: re.Pattern[str] | None = None  # ", in total 73" after a claim: the total then
    marks: re.Pattern[str] | None = None  # "la barre des 70 signataires": a mark, no threshold
    crossings: re.Pattern[str] | None = None  # "franchit": passing the mark, more than it
    accessions: re.Pattern[str] | None = None  # "aderiram (à assinatura)": accession verbs
    list_openers: re.Pattern[str] | None = None  # "Monday, Chile and 15 others": no name
    joins: re.Pattern[str] | None = None  # "joining 71 other countries": the signer + 71
    others: re.Pattern[str] | None = None  # the "other" word next to that count
    inclusions: re.Pattern[str] | None = None  # "72 States including the EU": no EU subset
    back_references: re.Pattern[str] | None = None  # "waren es achtzehn": an earlier noun
    of_them: re.Pattern[str] | None = None  # "signed by 72 of them": ends the count
    own_members: re.Pattern[str] | None = None  # "15 of its member States": the bloc's own
    part_markers: re.Pattern[str] | None = None  # zh "...成员国中的十九个": a part follows
    contrasts: re.Pattern[str] | None = None  # "Budapest has 76 parties, but 72 signed ..."
    unlisted_blocs: re.Pattern[str] | None = None  # "cinco países lusófonos": a subset unchecked
    negations: re.Pattern[str] | None = None  # "120 States have not yet signed": no claim
    negation_words: re.Pattern[str] | None = None  # the same words anywhere in a text
    exceptives: re.Pattern[str] | None = None  # "لم تصادق سوى دولتين": not ... but two
    firsts: re.Pattern[str] | None = None  # increments that rank, not add: "first"
    threshold_nouns: re.Pattern[str] | None = None  # "the threshold of 40": a bare threshold
    subordinators: re.Pattern[str] | None = None  # "as rights groups cry foul": another subject
    reduced_relatives: re.Pattern[str] | None = None  # "the 73 countries having signed"
    coordinators: re.Pattern[str] | None = None  # "Portugal and 15 others": N + 1
    besides: re.Pattern[str] | None = None  # "Besides A, B and C, ten other": 3 + 10
    venues: re.Pattern[str] | None = None  # "bei der Zeremonie unterzeichnet": no attendance
    corrections: re.Pattern[str] | None = None  # "not 70 but 72 States": one noun for both
    earlier_values: re.Pattern[str] | None = None  # "rose to 72, up from 65": same count then
    earlier_values_next: re.Pattern[str] | None = None  # "72, nach 65": only next to the tally
    forecasts: re.Pattern[str] | None = None  # "72 signed, beating forecasts of 50 to 55"
    pro_verbs: re.Pattern[str] | None = None  # "five have done so": the act named before
    join_verbs: re.Pattern[str] | None = None  # "joins the 71 signatories" (not "with")
    already: re.Pattern[str] | None = None  # "joins the 71 States that already signed"
    change_sources: re.Pattern[str] | None = None  # "rose from" 65 to 72: no range
    change_amounts: re.Pattern[str] | None = None  # "rose by" one to 12: a change's size
    future_joins: re.Pattern[str] | None = None  # "will join the seven": not yet one of them
    change_targets: re.Pattern[str] | None = None  # "stieg auf 72": a tally that changed
    corrected_figures: re.Pattern[str] | None = None  # "the correct figure is 65"
    corrected_openers: re.Pattern[str] | None = None  # "Richtig ist: 65." opens a sentence
    corrected_words: re.Pattern[str] | None = None  # the same words anywhere: no keywords
    gap_stops: re.Pattern[str] | None = None  # "15 cyberattacks on signatory countries"
    remaining: re.Pattern[str] | None = None  # "36 to go", "faltan 34": no claim (# the number)
    first_ranks: re.Pattern[str] | None = None  # "among the first 40 to ratify": no claim
    first_plurals: re.Pattern[str] | None = None  # "among the first countries": no claim
    total_markers: re.Pattern[str] | None = None  # "bringing the total to 72": never a part
    of_which: re.Pattern[str] | None = None  # "72 signed, of which 7 ...": a part of the total
    closings: re.Pattern[str] | None = None  # "the first day closed with 65": a total then
    restating: re.Pattern[str] | None = None  # "Dari 72 negara itu": a base that points back
    region_openers: re.Pattern[str] | None = None  # "In Africa, 16 countries signed"
    presence: re.Pattern[str] | None = None  # "100 countries in Hanoi": at the venue
    conditions: re.Pattern[str] | None = None  # "only if", "erst wenn": opens a condition
    effects: re.Pattern[str] | None = None  # "once 40 ratify, it applies": takes effect
    approvals: re.Pattern[str] | None = None  # "when 40 parliaments approve it": ratifying
    entry_delays: re.Pattern[str] | None = None  # "ninety days after the 40th deposits"
    requirements: re.Pattern[str] | None = None  # "12 out of the 40 needed": the 40
    count_heads: re.Pattern[str] | None = None  # "the number of African States ... 18"
    member_bases: re.Pattern[str] | None = None  # "of those member States, 20 signed"
    existentials: re.Pattern[str] | None = None  # "至少有110", "setidaknya ada 110"
    relative_marks: re.Pattern[str] | None = None  # zh 的 before a States noun
    rank_library: str | None = None  # alpha2digit reads ordinal words ("seventy-third")
    rank_tails: dict[str, str] = field(default_factory=dict)  # es "tercer" -> "tercero"
    rank_fused: tuple[tuple[str, str], ...] = ()  # es "vigesimocuarto" -> "vigésimo cuarto"
    rank_units: re.Pattern[str] | None = None  # ordinal units after (before) whole tens
    rank_prefix: re.Pattern[str] | None = None  # "第", "thứ" before a cardinal
    rank_unit_first: bool = False  # ar "الثالثة والسبعين": the unit comes first
    rank_unit_values: tuple[tuple[str, int], ...] = ()  # the unit's group name -> value
    fractions: re.Pattern[str] | None = None  # "a third", "ein Drittel", "三分之一": no count
    rates: re.Pattern[str] | None = None  # "two deposits a month": a pace, no count
    openings: re.Pattern[str] | None = None  # "opened for signature on Saturday": no session
    day_pairs: re.Pattern[str] | None = None  # "le samedi et le dimanche": both days, no session
    cosigning_days: re.Pattern[str] | None = None  # "signed today alongside 68 others": a day
    pronoun_objects: re.Pattern[str] | None = None  # ar "انضمت إليها": joined it, then the subject
    percentages: re.Pattern[str] | None = None  # "15 %": a part, like a fraction
    procedures: re.Pattern[str] | None = None  # "the ratification procedure": no ratifying
    negotiations: re.Pattern[str] | None = None  # "took part in the negotiations": no event
    completions: re.Pattern[str] | None = None  # "completed the ratification process": done
    others_more: re.Pattern[str] | None = None  # "Brasil e mais 71": others after a name
    agents: re.Pattern[str] | None = None  # "signed by 72": the verb before is the count's
    rejections: re.Pattern[str] | None = None  # "72 signed, not 90": a debunked figure
    eu_included: re.Pattern[str] | None = None  # "72, including the EU": signatories
    first_person_totals: re.Pattern[str] | None = None  # "We are now 73", "one of 72"
    running_totals: re.Pattern[str] | None = None  # "The counter now stands at 73"
    corrected_leads: re.Pattern[str] | None = None  # "... 75 had signed. It was 72"
    unlike: re.Pattern[str] | None = None  # "did not sign, unlike 60 others": they did
    label_verbs: re.Pattern[str] | None = None  # "Ratifizierung: 12 sind dabei": the label's act
    questions: re.Pattern[str] | None = None  # "how many": an answer's count takes the question
    region_links: re.Pattern[str] | None = None  # "Africa led, with 20 countries": its count
    region_refs: re.Pattern[str] | None = None  # "20 countries of the continent": named before
    region_partitives: re.Pattern[str] | None = None  # ar "of the Gulf States, only two"
    object_pronouns: re.Pattern[str] | None = None  # "ratifizierten ihn nur zwei": the treaty
    amount_links: re.Pattern[str] | None = None  # "negara sejumlah 72": the noun counts itself
    world_ranks: re.Pattern[str] | None = None  # "el séptimo en el mundo": a rank of all


class Languages(Mapping[str, Language]):
    """The language blocks, each checked and compiled when first asked for: a build reads
    articles in a few languages, and compiling all eleven (some 2,500 regexes) was most of
    the validate stage. ``check_all()`` compiles every block (claims-eval, the tests)."""

    def __init__(self, path: Path, specs: dict[str, Any], common: dict[str, Any]) -> None:
        self._path, self._specs, self._common = path, specs, common
        self._compiled: dict[str, Language] = {}

    def __getitem__(self, code: str) -> Language:
        if code not in self._compiled:
            spec = self._specs[code]
            self._compiled[code] = _language(self._path, code, spec, self._common)
        return self._compiled[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def check_all(self) -> None:
        for code in self._specs:
            self[code]


@dataclass(frozen=True)
class Patterns:
    languages: Languages
    kinds: dict[str, dict[str, str]]
    lead_noun_classes: frozenset[str]
    max_gap_words: int
    max_gap_chars: int
    max_lead_words: int
    max_number_words: int
    min_value: int
    min_value_kinds: dict[str, int]
    year_like: re.Pattern[str]
    profiles: dict[str, Profile] = field(default_factory=dict)  # how each language is told
    identify: Thresholds = field(default_factory=Thresholds)    # apart (claim_languages)


def load_patterns(path: Path | None = None) -> Patterns:
    """Read and compile claims.yaml, once per version of the file: a build reads it from
    several places, and its two thousand regexes are too many for ``re``'s own cache."""
    path = path or CLAIMS_PATTERNS
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputError(path, "patterns file not found") from None
    return _compiled(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _compiled(path: Path, _mtime_ns: int, _size: int) -> Patterns:
    data = _read_yaml(path)
    matching = data.get("matching") or {}
    common = data.get("common") or {}
    kinds = data.get("kinds") or {}
    _check_kinds(path, kinds)
    languages = Languages(path, {str(code): spec for code, spec in
                                 (data.get("languages") or {}).items()}, common)
    return Patterns(
        languages=languages,
        kinds={str(k): dict(v) for k, v in kinds.items()},
        lead_noun_classes=frozenset(matching.get("lead_noun_classes") or []),
        max_gap_words=int(matching.get("max_gap_words", 3)),
        max_gap_chars=int(matching.get("max_gap_chars", 4)),
        max_lead_words=int(matching.get("max_lead_words", 0)),
        max_number_words=int(matching.get("max_number_words", 8)),
        min_value=int(matching.get("min_value", 2)),
        min_value_kinds={str(k): int(v)
                         for k, v in (matching.get("min_value_kinds") or {}).items()},
        year_like=_compile(path, "matching", str(matching.get("year_like", r"(?!)"))),
        profiles=profiles(data.get("languages") or {}),
        identify=_thresholds(path, data.get("sentence_languages")),
    )


def _thresholds(path: Path, spec: Any) -> Thresholds:
    try:
        return thresholds(spec)
    except TypeError as error:
        raise InputError(path, f"unknown setting: {error}", field="sentence_languages") from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except FileNotFoundError:
        raise InputError(path, "patterns file not found") from None
    except yaml.YAMLError:
        raise InputError(path, "not valid YAML") from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping")
    return data


def _check_kinds(path: Path, kinds: dict[str, Any]) -> None:
    for noun_class, mapping in kinds.items():
        if not isinstance(mapping, dict):
            raise InputError(path, f"kinds.{noun_class} must be a mapping", field="kinds")
        for kind in mapping.values():
            if kind not in CLAIM_KINDS:
                raise InputError(path, f"unknown claim kind {kind!r}", field="kinds")


def _compile(path: Path, field: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise InputError(path, f"bad regex {pattern!r} ({error})", field=field) from None


def _alternatives(fragments: list[Any]) -> str:
    # Longest first, so that "member states" wins over "states" at the same position.
    ordered = sorted((str(f) for f in fragments), key=len, reverse=True)
    return "(?:" + "|".join(ordered) + ")"


class _Builder:
    """Compiles one language block; ``cjk`` languages have no word boundaries."""

    def __init__(self, path: Path, code: str, cjk: bool) -> None:
        self.path, self.field = path, f"languages.{code}"
        self.before, self.after = (("", "") if cjk else (r"(?<!\w)", r"(?!\w)"))

    def compile(self, pattern: str, field: str | None = None) -> re.Pattern[str]:
        return _compile(self.path, field or self.field, pattern)

    def bounded(self, fragments: list[Any] | None) -> re.Pattern[str] | None:
        if not fragments:
            return None
        return self.compile(f"{self.before}{_alternatives(fragments)}{self.after}")

    def named(self, groups: dict[str, list[Any]], template: str) -> Named:
        if not isinstance(groups, dict):
            raise InputError(self.path, "expected a mapping of names to lists", field=self.field)
        template = template.replace("<B>", self.before).replace("<A>", self.after)
        return tuple(
            (str(name), self.compile(template.format(_alternatives(items)),
                                     f"{self.field}.{name}"))
            for name, items in groups.items() if items
        )

    def edge(self, fragments: list[Any], template: str) -> re.Pattern[str] | None:
        template = template.replace("<B>", self.before).replace("<A>", self.after)
        return self.compile(template.format(_alternatives(fragments))) if fragments else None


def _refuse_repeats(path: Path, field: str, node: Any) -> None:
    """A wording listed twice in one list: parallel edits that each added it."""
    if isinstance(node, dict):
        for key, value in node.items():
            _refuse_repeats(path, f"{field}.{key}", value)
    elif isinstance(node, list):
        seen: set[str] = set()
        for item in node:
            if isinstance(item, str) and item in seen:
                raise InputError(path, f"{item!r} is listed twice", field=field)
            seen.add(str(item))


def _language(path: Path, code: str, spec: dict[str, Any], common: dict[str, Any]) -> Language:
    field = f"languages.{code}"
    if not isinstance(spec, dict):
        raise InputError(path, "expected a mapping", field=field)
    _refuse_repeats(path, field, spec)
    for group in ("qualifiers", "qualifiers_after"):
        unknown = set(spec.get(group) or {}) - set(QUALIFIERS)
        if unknown:
            raise InputError(path, f"unknown qualifier {sorted(unknown)[0]!r}",
                             field=f"{field}.{group}")
    cjk = bool(spec.get("cjk", False))
    build = _Builder(path, code, cjk)
    parser = word_parser(spec.get("numbers") or {}, code)
    if parser is None:
        raise InputError(path, "numbers.engine must be one of text2num, number_parser, "
                         "words, cn2an", field=field)
    return Language(
        code=code,
        cjk=cjk,
        lemma_language=spec.get("lemmatizer"),
        verb_first=bool(spec.get("verb_first", False)),
        adjacent_lead_nouns=bool(spec.get("adjacent_lead_nouns", False)),
        parse_words=parser,
        digits=_digits(build, spec.get("thousands_separators") or [],
                       cjk or bool(spec.get("digits_join_words", False))),
        ordinal_digits=(build.compile(str(spec["ordinal_digits"]))
                        if spec.get("ordinal_digits") else None),
        ranges=build.bounded(spec.get("range_connectors")) if spec.get("range_connectors")
        else None,
        fixed=tuple(_fixed(build, item) for item in [  # "во второй": a day, no count of 2
            *({"pattern": wording, "value": 0} for wording in spec.get("day_ordinals") or []),
            *(spec.get("fixed_numbers") or []),  # "one of them": a member, no count of one
            *({"pattern": wording, "value": 0} for wording in spec.get("one_of") or [])]),
        qualifiers=build.named(spec.get("qualifiers") or {}, r"<B>{}\s*$"),
        qualifiers_after=build.named(spec.get("qualifiers_after") or {}, r"\s*{}<A>"),
        classifiers=build.bounded(spec.get("classifiers")),
        nouns=build.named(spec.get("nouns") or {}, r"{}<A>"),
        noun_lemmas=build.named(spec.get("noun_lemmas") or {}, r"{}"),
        keywords=build.named(spec.get("keywords") or {}, r"<B>{}<A>"),
        keyword_lemmas=build.named(spec.get("keyword_lemmas") or {}, r"{}"),
        groups=build.named(spec.get("groups") or {}, r"<B>{}<A>"),
        session_subsets=build.bounded((spec.get("session_subsets") or [])
                                      + (spec.get("day_sessions") or [])),
        increments=build.bounded(spec.get("increments")),
        threshold_conditionals=build.bounded(spec.get("threshold_conditionals")),
        non_state_actors=build.bounded(spec.get("non_state_actors")),
        other_treaties=build.bounded(spec.get("other_treaties")),
        origin_markers=build.edge(spec.get("origin_markers") or [], r"<B>{}\s*$"),
        partitives=build.edge(spec.get("partitives") or [], r"\s*{}\s*"),
        bases=build.edge(spec.get("bases") or [], r"<B>{}\s*$"),
        this_treaty=build.bounded(spec.get("this_treaty")),
        clause_breaks=build.bounded(spec.get("clause_breaks")),
        noun_not_followed_by=build.edge(spec.get("noun_not_followed_by") or [], r"\s*{}<A>"),
        ordinal_prefix=build.edge(spec.get("ordinal_prefixes") or [], r"<B>{}\s*$"),
        max_lead_words=spec.get("max_lead_words"),
        clause_marks=(build.compile(_alternatives(spec["clause_marks"]))
                      if spec.get("clause_marks") else None),
        not_preceded_by=build.edge([*common.get("not_preceded_by", []),
                                    *spec.get("not_preceded_by", [])], r"<B>{}\s*$"),
        not_followed_by=build.edge([*common.get("not_followed_by", []),
                                    *spec.get("not_followed_by", []),
                                    *spec.get("votes", [])], r"^\s*{}<A>"),  # "312 ayes"
        abbreviations=frozenset(a.casefold() for a in spec.get("abbreviations") or []),
        decimal_scales=_decimal_scales(build, spec.get("decimal_scales") or {}),
        owners=build.edge(spec.get("owners") or [], r"<B>{}\s*$"),
        cutoffs=build.edge(spec.get("cutoffs") or [], r"<B>{}\s*$"),
        session_ends=build.edge(spec.get("session_ends") or [], r"^\s*{}<A>"),
        tallies=build.edge(spec.get("tallies") or [], r"<B>{}\W*$"),
        marks=build.bounded(spec.get("marks")),
        crossings=build.bounded(spec.get("crossings")),
        accessions=build.bounded(spec.get("accessions")),
        list_openers=build.bounded(spec.get("list_openers")),
        joins=build.bounded(spec.get("joins")),
        others=build.bounded(spec.get("others")),
        inclusions=build.edge(spec.get("inclusions") or [],
                              r"<B>{}(?:\W+[^\W\d_]+){{0,4}}\W*$"),
        **_ranks(build, spec, code),
        contrasts=build.bounded(spec.get("contrasts")),
        gap_stops=build.bounded(spec.get("gap_stops")),
        remaining=build.edge(spec.get("remaining") or [], r"<B>{}<A>"),
        first_plurals=build.edge(spec.get("first_plurals") or [], r"<B>{}<A>"),
        first_ranks=build.edge([*(spec.get("first_ranks") or []),  # "in the group of the
                                *(spec.get("rank_groups") or [])], r"<B>{}<A>"),  # first ten"
        total_markers=build.edge(spec.get("total_markers") or [], r"<B>{}\s*$"),
        of_which=build.edge(spec.get("of_which") or [], r"{}[^,;:\uff0c\u3002\uff1b]{{0,6}}$"
                            if cjk else r"<B>{}(?:\s+[^\W\d_]+){{0,3}}[\s,]*$"),
        closings=build.bounded(spec.get("closings")),
        restating=build.bounded(spec.get("restating")),
        region_openers=build.edge(spec.get("region_openers") or [], r"^\W*{}<A>"),
        presence=build.bounded(spec.get("presence")),
        conditions=build.bounded([*(spec.get("threshold_conditionals") or []),
                                  *(spec.get("conditions") or [])]),
        effects=build.bounded(spec.get("effects")),
        approvals=build.bounded(spec.get("approvals")),
        entry_delays=build.bounded(spec.get("entry_delays")),
        requirements=build.bounded(spec.get("requirements")),
        count_heads=build.bounded(spec.get("count_heads")),
        existentials=build.edge(spec.get("existentials") or [], r"<B>{}\s*$"),
        relative_marks=build.edge(spec.get("relative_marks") or [], r"{}\s*$"),
        member_bases=build.edge(spec.get("member_bases") or [],
                                r"<B>{}(?:\W+[^\W\d_]+){{0,3}}\W*$"),
        part_markers=build.edge(spec.get("part_markers") or [], r"{}\s*$"),
        of_them=build.edge(spec.get("of_them") or [], r"{}<A>"),
        own_members=build.edge(spec.get("own_members") or [], r"\s*{}<A>"),
        unlisted_blocs=build.bounded(spec.get("unlisted_blocs")),
        exceptives=build.bounded(spec.get("exceptives")),
        firsts=build.bounded(spec.get("firsts")),
        threshold_nouns=build.bounded(spec.get("threshold_nouns")),
        fractions=build.bounded(spec.get("fractions")),
        openings=build.bounded(spec.get("openings")),
        day_pairs=build.edge(spec.get("day_pairs") or [], r"^\s*,?\s*{}<A>"),
        cosigning_days=build.bounded(spec.get("cosigning_days")),
        pronoun_objects=build.bounded(spec.get("pronoun_objects")),
        percentages=build.edge(common.get("percentages") or [], r"\s*{}"),
        procedures=build.bounded(spec.get("procedures")),
        negotiations=build.bounded(spec.get("negotiations")),
        completions=build.bounded(spec.get("completions")),
        questions=build.bounded(spec.get("questions")),
        unlike=build.edge(spec.get("unlike") or [], r"<B>{}(?:\s+[^\W\d_]+){{0,2}}\s*$"),
        eu_included=build.edge(spec.get("eu_included") or [],
                               r"[\W_]*(?:[^\W\d_]+[\W_]+){{0,3}}?{}<A>"),
        first_person_totals=build.edge(spec.get("first_person_totals") or [], r"<B>{}\s*$"),
        running_totals=build.edge(spec.get("running_totals") or [], r"^\W*{}\W*$"),
        corrected_leads=build.edge(spec.get("corrected_leads") or [], r"^\W*{}\W*$"),
        others_more=build.bounded(spec.get("others_more")),
        agents=build.bounded(spec.get("agents")), rejections=build.bounded(spec.get("rejections")),
        region_links=build.edge(spec.get("region_links") or [], r"<B>{}\s*$"),
        object_pronouns=build.bounded(spec.get("object_pronouns")),
        amount_links=build.edge(spec.get("amount_links") or [], r"<B>{}\s*$"),
        world_ranks=build.edge(spec.get("world_ranks") or [], r"\s*{}<A>"),
        region_refs=build.edge(spec.get("region_refs") or [], r"\s*{}<A>"),
        region_partitives=build.edge(spec.get("region_partitives") or [],
                                     r"<B>{}\s*(?:\w+\s+){{0,2}}$"),
        rates=build.edge(spec.get("rates") or [], r"\s*(?:[^\W\d_]+\s+)?{}<A>"),
        subordinators=build.bounded(spec.get("subordinators")),
        reduced_relatives=build.bounded(spec.get("reduced_relatives")),
        coordinators=build.compile(f"(?:{_alternatives(spec['coordinators'])})")
        if spec.get("coordinators") else None,
        besides=build.bounded(spec.get("besides")),
        venues=build.bounded(spec.get("venues")),
        corrections=build.edge(spec.get("corrections") or [], r"<B>(?:{})\s*$"),
        negations=build.edge(spec.get("negations") or [],
                             r"<B>{}(?:\s+[^\W\d_]+){{0,2}}\s*$"),
        negation_words=build.bounded(spec.get("negations")),
        back_references=build.edge(spec.get("back_references") or [],
                                   r"<B>{}(?:\s+[^\W\d_]+){{0,2}}\s*$"),
        earlier_values=build.edge(spec.get("earlier_values") or [],
                                  r"<B>{}(?:\s+[^\W\d_]+)?[\s,:\u060c\u2014\u2013-]*$"),
        earlier_values_next=build.edge(spec.get("earlier_values_next") or [],
                                       r"<B>{}(?:\s+[^\W\d_]+)?\s*$"),
        forecasts=build.edge(spec.get("forecasts") or [],
                             r"<B>{}(?:(?:[\s,]+[^\W\d_]+){{0,5}}|[^\W\d_]{{1,12}})"
                             r"[\s,:\u060c\u2014\u2013-]*$"),
        pro_verbs=build.bounded(spec.get("pro_verbs")),
        label_verbs=build.bounded(spec.get("label_verbs")),
        already=build.bounded(spec.get("already")),
        join_verbs=build.compile(f"(?:{_alternatives(spec['join_verbs'])})")
        if spec.get("join_verbs") else None,
        change_sources=build.edge(spec.get("change_sources") or [], r"<B>(?:{})\s*$"),
        change_amounts=build.edge(spec.get("change_amounts") or [], r"<B>(?:{})\s*$"),
        future_joins=build.bounded(spec.get("future_joins")),
        change_targets=build.edge(spec.get("change_targets") or [], r"<B>{}\s*$"),
        corrected_figures=build.edge(spec.get("corrected_figures") or [],
                                     r"<B>{}[\s:\uff1a\u2014\u2013-]*$"),
        corrected_words=build.bounded(spec.get("corrected_figures")),
        corrected_openers=build.edge(spec.get("corrected_figures") or [],
                                     r"^[\W_]*{}[\s:\uff1a\u2014\u2013-]*"),
    )


def _ranks(build: _Builder, spec: dict[str, Any], code: str) -> dict[str, Any]:
    """Compound ordinals: read by alpha2digit for text2num languages, else composed from
    whole tens and the ordinal units of ``rank_units`` ({value: [word patterns]})."""
    numbers = spec.get("numbers") or {}
    units = spec.get("rank_units") or {}
    unit_first = bool(spec.get("rank_unit_first", False))
    groups = "|".join(f"(?P<r{int(value)}>{_alternatives(words)})"
                      for value, words in units.items())
    template = r"<B>(?:{})\s*$" if unit_first else r"\s+(?:{})<A>"
    return {
        "rank_library": code if numbers.get("engine") == "text2num" else None,
        "rank_tails": {str(k).casefold(): str(v)
                       for k, v in (spec.get("rank_tails") or {}).items()},
        "rank_fused": tuple((str(k).casefold(), str(v))
                            for k, v in (spec.get("rank_fused") or {}).items()),
        "rank_units": build.edge([groups], template) if units else None,
        "rank_unit_first": unit_first,
        "rank_prefix": build.edge(spec.get("rank_prefixes") or [], r"<B>{}\s*$"),
        "rank_unit_values": tuple((f"r{int(v)}", int(v)) for v in units),
    }


def _decimal_scales(build: _Builder,
                    scales: dict[str, Any]) -> tuple[tuple[re.Pattern[str], int], ...]:
    """"2,5 тыс.", "2 тыс.", "1.2 million": a number and its scale word, one number."""
    after = build.after
    return tuple(
        (build.compile(rf"(?<![0-9A-Za-z.,])(?P<int>\d+)(?:[.,](?P<frac>\d{{1,2}}))?(?![\d.,]\d)\s*(?:{scale})"
                       + ("" if str(scale).endswith(".") else after),
                       f"{build.field}.decimal_scales"), int(value))
        for scale, value in scales.items()
    )


def _digits(build: _Builder, separators: list[str], latin_bounds: bool) -> re.Pattern[str]:
    grouped = ""
    if separators:
        grouped = r"\d{1,3}(?:" + _alternatives([re.escape(s) for s in separators]) + r"\d{3})+|"
    # Chinese writes digits against letters ("有72个国家"), Arabic joins "و" (and) to them
    # ("و55"): there only Latin letters and digits bound a number
    letter = "[A-Za-z0-9]" if latin_bounds else r"\w"
    return build.compile(rf"(?<!{letter})(?<![.,/])(?:{grouped}\d+)(?!{letter}|/|[.,]\d)")


def _fixed(build: _Builder, item: dict[str, Any]) -> FixedNumber:
    if not isinstance(item, dict) or "pattern" not in item or "value" not in item:
        raise InputError(build.path, "each fixed_numbers entry needs a pattern and a value",
                         field=build.field)
    qualifier = item.get("qualifier")
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise InputError(build.path, f"unknown qualifier {qualifier!r}", field=build.field)
    # no boundary after: "une centaine d'" ends in an apostrophe, "un centenar de " in a space
    pattern = build.compile(rf"{build.before}(?:{item['pattern']})")
    return FixedNumber(pattern, int(item["value"]), qualifier, bool(item.get("ordinal")),
                       item.get("noun"))
