"""Numeric claims in press articles: how many states signed, attended or were represented.

All language knowledge (number words, qualifiers, nouns, keywords, exclusions) is data in
``analysis/patterns/claims.yaml``; this module only applies it. A claim is a number phrase
(digits or number words), optionally qualified ("more than", "hampir", "gần"), followed
within a few words by a noun for states, delegations or people, in a sentence whose nearest
kind keyword ("signed", "hadir", "ký") decides what the number counts. The paragraph's
language is the article's metadata language.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
import yaml
from text_to_num import text2num

from analysis.errors import InputError

CLAIMS_PATTERNS = Path(__file__).parent / "patterns" / "claims.yaml"
QUALIFIERS = ("more_than", "nearly", "about", "at_least", "exact")
CLAIM_KINDS = ("signatories", "attending_states", "attending_delegations", "delegates_people",
               "other")
CLAIM_SCHEMA = {
    "claim_id": pl.String,
    "article_id": pl.String,
    "paragraph_no": pl.Int32,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "matched_text": pl.String,
    "number_text": pl.String,
    "value": pl.Int64,
    "qualifier": pl.String,
    "claim_kind": pl.String,
    "keyword": pl.String,
    "language": pl.String,
}

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_GAP_WORD = re.compile(r"\s+([^\W\d_]+(?:['\u2019-][^\W\d_]+)*)")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]\u2013\u2014]\s|\s[\u2013\u2014]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"\u201d\u2019»)\]]*\s+")
_SENTENCE_OPENERS = "\"\u201c\u2018«(["
_TAIL = re.compile(r"^(?:\s+[^\W\d_]+(?:['\u2019-][^\W\d_]+)*){0,2}")

WordParser = Callable[[str], int | None]


# ---------------------------------------------------------------- number words


class Text2NumParser:
    """Number words of the languages that the text2num library knows."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, phrase: str) -> int | None:
        try:
            return int(text2num(phrase.casefold(), self.language))
        except ValueError:
            return None


class WordTableParser:
    """Number words from a table of roles (see the header of claims.yaml)."""

    ROLES = ("units", "tails", "groups", "multipliers", "teens", "scales")

    def __init__(self, table: dict[str, Any]) -> None:
        self.words: dict[str, tuple[str, int]] = {}
        for role in self.ROLES:
            for word, value in (table.get(role) or {}).items():
                self.words[str(word).casefold()] = (role, int(value))
        for word in table.get("fillers") or []:
            self.words[str(word).casefold()] = ("fillers", 0)

    def __call__(self, phrase: str) -> int | None:
        total = current = pending = 0
        previous: str | None = None
        for word in phrase.casefold().split():
            role, value = self.words.get(word, (None, 0))
            if role is None or not self._allowed(role, previous, pending):
                return None
            if role in ("units", "tails"):
                pending = value
            elif role == "groups":
                current += value
            elif role == "multipliers":
                current, pending = current + pending * value, 0
            elif role == "teens":
                current, pending = current + pending + value, 0
            elif role == "scales":
                total, current, pending = total + (current + pending) * value, 0, 0
            previous = role
        if previous in (None, "fillers"):
            return None
        return total + current + pending

    @staticmethod
    def _allowed(role: str, previous: str | None, pending: int) -> bool:
        if role in ("units", "groups"):
            return pending == 0
        if role == "tails":
            return pending == 0 and previous in ("multipliers", "groups")
        if role in ("multipliers", "teens"):
            return pending > 0
        if role == "scales":
            return previous is not None and previous != "fillers"
        return previous == "multipliers"  # fillers: "một trăm lẻ năm" = 105


# ---------------------------------------------------------------- patterns


@dataclass(frozen=True)
class FixedNumber:
    pattern: re.Pattern[str]
    value: int
    qualifier: str | None


@dataclass(frozen=True)
class Language:
    code: str
    parse_words: WordParser
    digits: re.Pattern[str]
    fixed: tuple[FixedNumber, ...]
    qualifiers: tuple[tuple[str, re.Pattern[str]], ...]
    qualifiers_after: tuple[tuple[str, re.Pattern[str]], ...]
    nouns: tuple[tuple[str, re.Pattern[str]], ...]
    keywords: tuple[tuple[str, re.Pattern[str]], ...]
    subsets: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    not_preceded_by: re.Pattern[str] | None
    not_followed_by: re.Pattern[str] | None
    abbreviations: frozenset[str]


@dataclass(frozen=True)
class Patterns:
    languages: dict[str, Language]
    kinds: dict[str, dict[str, str]]
    subset_kind: str
    max_gap_words: int
    max_number_words: int
    min_value: int
    year_like: re.Pattern[str]


def load_patterns(path: Path | None = None) -> Patterns:
    """Read and compile claims.yaml."""
    path = path or CLAIMS_PATTERNS
    data = _read_yaml(path)
    matching = data.get("matching") or {}
    common = data.get("common") or {}
    kinds = data.get("kinds") or {}
    _check_kinds(path, kinds, data.get("subset_kind", "other"))
    languages = {
        str(code): _language(path, str(code), spec, common)
        for code, spec in (data.get("languages") or {}).items()
    }
    return Patterns(
        languages=languages,
        kinds={str(k): dict(v) for k, v in kinds.items()},
        subset_kind=str(data.get("subset_kind", "other")),
        max_gap_words=int(matching.get("max_gap_words", 3)),
        max_number_words=int(matching.get("max_number_words", 8)),
        min_value=int(matching.get("min_value", 2)),
        year_like=_compile(path, "matching", str(matching.get("year_like", r"(?!)"))),
    )


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "patterns file not found") from None
    except yaml.YAMLError:
        raise InputError(path, "not valid YAML") from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping")
    return data


def _check_kinds(path: Path, kinds: dict[str, Any], subset_kind: str) -> None:
    for noun_class, mapping in kinds.items():
        if not isinstance(mapping, dict):
            raise InputError(path, f"kinds.{noun_class} must be a mapping", field="kinds")
        for kind in [*mapping.values(), subset_kind]:
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


def _bounded(path: Path, field: str, fragments: list[Any] | None) -> re.Pattern[str] | None:
    if not fragments:
        return None
    return _compile(path, field, rf"(?<!\w){_alternatives(fragments)}(?!\w)")


def _language(path: Path, code: str, spec: dict[str, Any], common: dict[str, Any]) -> Language:
    field = f"languages.{code}"
    if not isinstance(spec, dict):
        raise InputError(path, "expected a mapping", field=field)
    for group in ("qualifiers", "qualifiers_after"):
        unknown = set(spec.get(group) or {}) - set(QUALIFIERS)
        if unknown:
            raise InputError(path, f"unknown qualifier {sorted(unknown)[0]!r}",
                             field=f"{field}.{group}")
    return Language(
        code=code,
        parse_words=_word_parser(path, field, spec.get("numbers") or {}, code),
        digits=_digits(path, field, spec.get("thousands_separators") or []),
        fixed=tuple(_fixed(path, field, item) for item in spec.get("fixed_numbers") or []),
        qualifiers=_named(path, field, spec.get("qualifiers") or {},
                          r"(?<!\w){}\s*$"),
        qualifiers_after=_named(path, field, spec.get("qualifiers_after") or {},
                                r"\s*{}(?!\w)"),
        nouns=_named(path, field, spec.get("nouns") or {}, r"{}(?!\w)"),
        keywords=_named(path, field, spec.get("keywords") or {}, r"(?<!\w){}(?!\w)"),
        subsets=_bounded(path, field, spec.get("subsets")),
        clause_breaks=_bounded(path, field, spec.get("clause_breaks")),
        not_preceded_by=_edge(path, field, [*common.get("not_preceded_by", []),
                                            *spec.get("not_preceded_by", [])],
                              r"(?<!\w){}\s*$"),
        not_followed_by=_edge(path, field, [*common.get("not_followed_by", []),
                                            *spec.get("not_followed_by", [])],
                              r"^\s*{}(?!\w)"),
        abbreviations=frozenset(a.casefold() for a in spec.get("abbreviations") or []),
    )


def _word_parser(path: Path, field: str, numbers: dict[str, Any], code: str) -> WordParser:
    engine = numbers.get("engine")
    if engine == "text2num":
        return Text2NumParser(code)
    if engine == "words":
        return WordTableParser(numbers)
    raise InputError(path, "numbers.engine must be 'text2num' or 'words'", field=field)


def _digits(path: Path, field: str, separators: list[str]) -> re.Pattern[str]:
    grouped = ""
    if separators:
        grouped = r"\d{1,3}(?:" + _alternatives([re.escape(s) for s in separators]) + r"\d{3})+|"
    return _compile(path, field, rf"(?<![\w.,/])(?:{grouped}\d+)(?![\w/]|[.,]\d)")


def _fixed(path: Path, field: str, item: dict[str, Any]) -> FixedNumber:
    if not isinstance(item, dict) or "pattern" not in item or "value" not in item:
        raise InputError(path, "each fixed_numbers entry needs a pattern and a value",
                         field=field)
    qualifier = item.get("qualifier")
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise InputError(path, f"unknown qualifier {qualifier!r}", field=field)
    pattern = _compile(path, field, rf"(?<!\w){item['pattern']}")
    return FixedNumber(pattern, int(item["value"]), qualifier)


def _named(path: Path, field: str, groups: dict[str, list[Any]],
           template: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (str(name), _compile(path, f"{field}.{name}", template.format(_alternatives(items))))
        for name, items in groups.items() if items
    )


def _edge(path: Path, field: str, fragments: list[Any],
          template: str) -> re.Pattern[str] | None:
    return _compile(path, field, template.format(_alternatives(fragments))) if fragments else None


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    qualifier: str | None = None  # from a fixed phrase such as "une centaine de"


@dataclass(frozen=True)
class Keyword:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    number: Number
    qualifier: str
    claim_kind: str
    keyword: str | None


def extract_claims(
    articles: pl.DataFrame, paragraphs: pl.DataFrame, patterns_path: Path | None = None
) -> pl.DataFrame:
    """One row per numeric claim in the kept paragraphs, in article/paragraph/position order."""
    patterns = load_patterns(patterns_path)
    languages = dict(zip(articles["article_id"], articles["language"], strict=True))
    kept = paragraphs.filter(~pl.col("is_furniture")).sort("article_id", "paragraph_no")
    rows: list[dict[str, Any]] = []
    missing: set[str] = set()
    for article_id, paragraph_no, text in kept.select(
        "article_id", "paragraph_no", "text"
    ).iter_rows():
        language = _language_for(patterns, languages.get(article_id, ""))
        if language is None:
            missing.add(languages.get(article_id, ""))
            continue
        rows.extend(_rows(article_id, paragraph_no, text, language, patterns))
    if missing:
        warnings.warn(f"no claim patterns for language(s) {sorted(missing)}; "
                      "their articles yield no claims", stacklevel=2)
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA, orient="row")


def _language_for(patterns: Patterns, code: str) -> Language | None:
    code = code.casefold()
    return patterns.languages.get(code) or patterns.languages.get(code.split("-")[0])


def _rows(article_id: str, paragraph_no: int, text: str, language: Language,
          patterns: Patterns) -> Iterator[dict[str, Any]]:
    n = 0
    for start, end in split_sentences(text, language.abbreviations):
        sentence = text[start:end]
        for claim in find_claims(sentence, language, patterns):
            n += 1
            yield {
                "claim_id": f"{article_id}#p{paragraph_no}#{n}",
                "article_id": article_id,
                "paragraph_no": paragraph_no,
                "sentence": sentence,
                "char_start": start + claim.start,
                "char_end": start + claim.end,
                "matched_text": sentence[claim.start:claim.end],
                "number_text": sentence[claim.number.start:claim.number.end],
                "value": claim.number.value,
                "qualifier": claim.qualifier,
                "claim_kind": claim.claim_kind,
                "keyword": claim.keyword,
                "language": language.code,
            }


def split_sentences(
    text: str, abbreviations: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a boundary is end punctuation, space, then a capital."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end():match.end() + 1]
        opens = following.isupper() or following.isdigit() or following in _SENTENCE_OPENERS
        if following and opens and not _is_abbreviation(text, match.start(), abbreviations):
            spans.append((start, len(text[:match.end()].rstrip())))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    words = text[:dot].split()
    word = words[-1].casefold() if words else ""
    # an initial ("U.S. Secretary") or a listed abbreviation ("Mr. Guterres")
    return len(word.rsplit(".", 1)[-1]) == 1 or word in abbreviations


def find_claims(sentence: str, language: Language, patterns: Patterns) -> list[Claim]:
    """Claims in one sentence, with offsets relative to the sentence."""
    numbers = find_numbers(sentence, language, patterns.max_number_words)
    keywords = _keywords(sentence, language)
    clauses = _clause_starts(sentence, language, numbers)
    claims = []
    masked_until = 0  # end of the last excluded phrase, e.g. "65 por ciento", "20 million"
    for number in numbers:
        if number.start < masked_until:
            continue
        excluded_end = _excluded_end(sentence, number, language)
        if excluded_end is not None:
            masked_until = max(masked_until, excluded_end)
            continue
        claim = _claim(sentence, number, language, patterns, keywords, clauses)
        if claim is not None:
            claims.append(claim)
    return claims


def find_numbers(text: str, language: Language, max_words: int) -> list[Number]:
    """Fixed phrases, digit groups and number-word phrases, without overlaps, in text order."""
    found: list[Number] = []
    for fixed in language.fixed:
        found += [Number(m.start(), m.end(), fixed.value, fixed.qualifier)
                  for m in fixed.pattern.finditer(text)]
    found += [Number(m.start(), m.end(), int(re.sub(r"\D", "", m.group())))
              for m in language.digits.finditer(text) if not _overlaps(m.span(), found)]
    found += [n for n in _word_numbers(text, language.parse_words, max_words)
              if not _overlaps((n.start, n.end), found)]
    return sorted(found, key=lambda n: n.start)


def _overlaps(span: tuple[int, int], numbers: list[Number]) -> bool:
    return any(span[0] < n.end and n.start < span[1] for n in numbers)


def _word_numbers(text: str, parse: WordParser, max_words: int) -> Iterator[Number]:
    tokens = list(_WORD.finditer(text))
    i = 0
    while i < len(tokens):
        best: tuple[int, int] | None = None
        for j in range(i, min(i + max_words, len(tokens))):
            if j > i and text[tokens[j - 1].end():tokens[j].start()].strip():
                break
            value = parse(" ".join(t.group() for t in tokens[i:j + 1]))
            if value is not None:
                best = (j, value)
            elif j == i:
                break
        if best is None:
            i += 1
            continue
        yield Number(tokens[i].start(), tokens[best[0]].end(), best[1])
        i = best[0] + 1


def _keywords(sentence: str, language: Language) -> list[Keyword]:
    return [
        Keyword(kind, m.start(), m.end(), m.group())
        for kind, pattern in language.keywords
        for m in pattern.finditer(sentence)
    ]


def _clause_starts(sentence: str, language: Language, numbers: list[Number]) -> list[int]:
    breaks = [m.start() for m in _CLAUSE_PUNCTUATION.finditer(sentence)]
    if language.clause_breaks is not None:
        breaks += [m.start() for m in language.clause_breaks.finditer(sentence)]
    # "sesenta y cinco": a conjunction inside a number phrase does not split a clause
    return sorted(b for b in breaks if not any(n.start <= b < n.end for n in numbers))


def _claim(sentence: str, number: Number, language: Language, patterns: Patterns,
           keywords: list[Keyword], clauses: list[int]) -> Claim | None:
    if number.value < patterns.min_value:
        return None
    after_end, after_qualifier = _qualifier_after(sentence, number.end, language)
    noun = _noun(sentence, after_end, language, patterns.max_gap_words)
    if noun is None:
        return None
    noun_class, noun_end, gap = noun
    number_text = sentence[number.start:number.end]
    if gap and patterns.year_like.fullmatch(number_text):
        return None
    kind, keyword = _kind(noun_class, number, keywords, clauses, patterns)
    if kind is None:
        return None
    if _is_subset(sentence, number.end, noun_end, language):
        kind = patterns.subset_kind
    start, before_qualifier = _qualifier_before(sentence, number.start, language)
    qualifier = before_qualifier or after_qualifier or number.qualifier or "exact"
    return Claim(start, noun_end, number, qualifier, kind, keyword.text if keyword else None)


def _excluded_end(sentence: str, number: Number, language: Language) -> int | None:
    """End of the excluded phrase (a date, percentage, amount) that the number starts."""
    follows = language.not_followed_by and language.not_followed_by.match(sentence[number.end:])
    if follows:
        return number.end + follows.end()
    if language.not_preceded_by and language.not_preceded_by.search(sentence[:number.start]):
        return number.end
    return None


def _qualifier_after(sentence: str, end: int, language: Language) -> tuple[int, str | None]:
    for name, pattern in language.qualifiers_after:
        match = pattern.match(sentence, end)
        if match:
            return match.end(), name
    return end, None


def _qualifier_before(sentence: str, start: int, language: Language) -> tuple[int, str | None]:
    best: tuple[int, str | None] = (start, None)
    before = sentence[:start]
    for name, pattern in language.qualifiers:
        match = pattern.search(before)
        if match and match.start() < best[0]:
            best = (match.start(), name)
    return best


def _noun(sentence: str, position: int, language: Language,
          max_gap: int) -> tuple[str, int, int] | None:
    """(noun class, noun end, words skipped) for the first noun within ``max_gap`` words."""
    for gap in range(max_gap + 1):
        at = position + len(sentence[position:]) - len(sentence[position:].lstrip())
        matches = [(cls, m.end()) for cls, p in language.nouns if (m := p.match(sentence, at))]
        if matches:
            cls, end = max(matches, key=lambda item: item[1])
            return cls, end, gap
        word = _GAP_WORD.match(sentence, position)
        if word is None:
            return None
        position = word.end()
    return None


def _kind(noun_class: str, number: Number, keywords: list[Keyword], clauses: list[int],
          patterns: Patterns) -> tuple[str | None, Keyword | None]:
    mapping = patterns.kinds.get(noun_class, {})
    relevant = [k for k in keywords if k.kind in mapping]
    keyword = _nearest(number, relevant, clauses)
    if keyword is not None:
        return mapping[keyword.kind], keyword
    return mapping.get("any"), _nearest(number, keywords, clauses)


def _nearest(number: Number, keywords: list[Keyword], clauses: list[int]) -> Keyword | None:
    home = bisect.bisect_right(clauses, number.start)

    def distance(keyword: Keyword) -> tuple[int, int, int]:
        clause = bisect.bisect_right(clauses, keyword.start)
        follows = keyword.start >= number.end
        gap = keyword.start - number.end if follows else number.start - keyword.end
        return abs(clause - home), 0 if follows else 1, gap

    outside = [k for k in keywords if k.end <= number.start or k.start >= number.end]
    return min(outside, key=distance, default=None)


def _is_subset(sentence: str, number_end: int, noun_end: int, language: Language) -> bool:
    if language.subsets is None:
        return False
    tail = _TAIL.match(sentence[noun_end:])
    window = sentence[number_end:noun_end + (tail.end() if tail else 0)]
    return bool(language.subsets.search(window))
