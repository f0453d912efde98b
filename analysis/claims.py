"""Numeric claims in press articles: signatories, ratifications, thresholds, attendance.

Public entry points:

* ``extract_claims(articles, paragraphs, patterns_path=None) -> pl.DataFrame``: one row per
  claim in the kept paragraphs (``CLAIM_SCHEMA``), with sentence-level provenance.
* ``extract_from_text(text: str, language: str, published: date | None = None)
  -> list[dict]``: the claims in one text, each a dict with ``kind``, ``value``,
  ``qualifier`` (exact | more_than | nearly | about | at_least | range), ``value_high``
  (ranges, else None), ``group`` (subset claims naming a region or bloc, else None),
  ``matched_text``, ``char_start``, ``char_end``. ``published`` is accepted for symmetry
  with articles; extraction itself does not depend on it.
* ``supported_languages() -> list[str]``: the languages that have patterns.

All language knowledge (number engines, qualifiers, nouns, kind keywords and their lemmas,
group names, exclusions) is data in ``analysis/patterns/claims.yaml`` (compiled by
``analysis.claim_patterns``); numbers are read by ``analysis.numbers``; one sentence is
matched by ``analysis.claim_sentences``. A claim is a number
phrase, optionally qualified ("more than", "hampir", "超过"), followed within a few words
(characters, for Chinese) by a noun for states, instruments, delegations or people, or
preceded in its clause by a noun that names the count itself ("signatories now number
72"). The keyword nearest the number ("signed", "ratified", "hadir", "签署", "enter into
force") decides what the number counts. Keywords and nouns match the surface text by regex
or a token's lemma (simplemma), so lists hold lemmas rather than every inflection.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl

from analysis.articles import (
    FURNITURE_PATTERNS,
    FurnitureRules,
    load_furniture_rules,
    mark_furniture,
)
from analysis.claim_answers import answered, carried_question
from analysis.claim_carried_counts import carried_count
from analysis.claim_factchecks import answered_check
from analysis.claim_languages import sentence_language
from analysis.claim_patterns import (
    CLAIM_KINDS,
    CLAIMS_PATTERNS,
    QUALIFIERS,
    Language,
    Patterns,
    load_patterns,
)
from analysis.claim_rejections import rejected
from analysis.claim_sentences import find_claims
from analysis.claim_split import split_sentences
from analysis.numbers import WordTableParser

__all__ = ["CLAIMS_PATTERNS", "CLAIM_KINDS", "CLAIM_SCHEMA", "QUALIFIERS", "WordTableParser",
           "extract_claims", "extract_from_text", "find_claims", "load_patterns",
           "split_sentences", "supported_languages", "with_claim_coverage"]

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
    "value_high": pl.Int64,
    "qualifier": pl.String,
    "claim_kind": pl.String,
    "subset_group": pl.String,
    "keyword": pl.String,
    "language": pl.String,
}
UNSUPPORTED_SCHEMA = {"article_id": pl.String, "language": pl.String}

# ---------------------------------------------------------------- tables


def extract_claims(
    articles: pl.DataFrame, paragraphs: pl.DataFrame, patterns_path: Path | None = None
) -> pl.DataFrame:
    """One row per numeric claim in the kept paragraphs, in article/paragraph/position order."""
    patterns = load_patterns(patterns_path)
    languages = dict(zip(articles["article_id"], articles["language"], strict=True))
    read = ~pl.col("is_furniture")
    if "furniture_rule" in paragraphs.columns:
        read = read | pl.col("furniture_rule").is_in(READ_FURNITURE)
    kept = paragraphs.filter(read).sort("article_id", "paragraph_no")
    rows: list[dict[str, Any]] = []
    before = ("", "")  # article and text of the paragraph before: its closing question
    for article_id, paragraph_no, text in kept.select(
        "article_id", "paragraph_no", "text"
    ).iter_rows():
        language = language_for(patterns, languages.get(article_id, ""))
        if language is not None:
            question = _last_sentence(before[1], language) if before[0] == article_id else ""
            rows.extend(_rows(article_id, paragraph_no, text, language, patterns, question))
        before = (article_id, text)
    missing = unsupported_articles(articles, patterns_path)
    if missing.height:
        warnings.warn(f"no claim patterns for language(s) {sorted(set(missing['language']))}; "
                      "their articles yield no claims", stacklevel=2)
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA, orient="row")


def unsupported_articles(articles: pl.DataFrame,
                         patterns_path: Path | None = None) -> pl.DataFrame:
    """Articles whose language has no claim patterns: the report names them."""
    patterns = load_patterns(patterns_path)
    rows = [(article_id, language)
            for article_id, language in articles.select("article_id", "language").iter_rows()
            if language_for(patterns, language or "") is None]
    return pl.DataFrame(rows, schema=UNSUPPORTED_SCHEMA, orient="row").sort("article_id")


def with_claim_coverage(articles: pl.DataFrame,
                        patterns_path: Path | None = None) -> pl.DataFrame:
    """``articles`` with ``claims_extracted`` and, for a language without claim patterns,
    ``claims_note`` = "claims not extracted: no patterns for xx" (shown in the report)."""
    patterns = load_patterns(patterns_path)
    supported = [language_for(patterns, code or "") is not None
                 for code in articles["language"]]
    return articles.with_columns(
        pl.Series("claims_extracted", supported, dtype=pl.Boolean),
        pl.Series("claims_note", [
            None if ok else f"claims not extracted: no patterns for {code}"
            for ok, code in zip(supported, articles["language"], strict=True)
        ], dtype=pl.String),
    )


def supported_languages(patterns_path: Path | None = None) -> list[str]:
    """Language codes that have a block in the patterns file."""
    return sorted(load_patterns(patterns_path).languages)


def extract_from_text(text: str, language: str,
                      published: dt.date | None = None) -> list[dict[str, Any]]:
    """The claims in ``text`` (one paragraph or sentence) written in ``language``.

    Raises ``KeyError`` for a language without patterns. ``published`` does not change
    what is extracted; it is part of the signature so that callers can pass it along.
    """
    del published
    patterns = load_patterns()
    lang = language_for(patterns, language)
    if lang is None:
        raise KeyError(f"no claim patterns for language {language!r}")
    claims = []
    offset = 0
    furniture = _furniture_lines(text)
    question = ""  # a transcript's question on the line before its answer
    for line_no, line in enumerate(text.split("\n"), start=1):
        if line.strip() and line_no not in furniture:  # "Read also: ..." is page furniture
            claims += [
                {"kind": row["claim_kind"], "value": row["value"],
                 "qualifier": row["qualifier"], "value_high": row["value_high"],
                 "group": row["subset_group"], "matched_text": row["matched_text"],
                 "char_start": offset + row["char_start"],
                 "char_end": offset + row["char_end"]}
                for row in _rows("text", line_no, line, lang, patterns, question)
            ]
            question = _last_sentence(line, lang)
        offset += len(line) + 1
    return claims


# A photo caption is furniture for the page, but its text reports what the photo shows
# ("Delegates from some 110 countries fill the hall. (Photo: ...)"): its claims are read.
READ_FURNITURE = ("photo_caption",)


def _furniture_lines(text: str) -> set[int]:
    rules = _cached_furniture()
    return {line.line_no for line in mark_furniture(text, "", rules)
            if line.rule and line.rule not in READ_FURNITURE}


@lru_cache(maxsize=1)
def _cached_furniture() -> FurnitureRules:
    return load_furniture_rules(FURNITURE_PATTERNS)


def language_for(patterns: Patterns, code: str) -> Language | None:
    code = code.casefold()
    return patterns.languages.get(code) or patterns.languages.get(code.split("-")[0])


def _reading(sentence: str, language: Language, patterns: Patterns) -> Language:
    """The language ``sentence`` is read in: its article's, unless it is clearly in another
    supported language (an English quote in an Arabic article)."""
    code = sentence_language(sentence, language.code, patterns.profiles, patterns.identify)
    return language if code == language.code else patterns.languages[code]


def _last_sentence(text: str, language: Language) -> str:
    """The closing sentence of a paragraph: a question an answer in the next one takes."""
    spans = split_sentences(text, language.abbreviations, language.corrected_openers)
    return text[spans[-1][0]:spans[-1][1]] if spans else ""


def _rows(article_id: str, paragraph_no: int, text: str, language: Language,
          patterns: Patterns, question: str = "") -> Iterator[dict[str, Any]]:
    """The claims of one paragraph; ``question``: the sentence before it (the closing
    question of the paragraph before, whose count an answer here may give)."""
    n = 0
    asked: list[Any] = []  # the claims of the sentence before (a fact-check's question)
    before = ""  # the sentence before: a running total or a correction carries on from it
    for start, end in split_sentences(text, language.abbreviations,
                                      language.corrected_openers):
        sentence = text[start:end]
        reading = _reading(sentence, language, patterns)
        claims = find_claims(sentence, reading, patterns)
        claims += answered(question, sentence, claims, reading, patterns)
        claims += answered_check(question, asked, sentence, claims, reading, patterns)
        claims += carried_count(before, asked, sentence, claims, reading, patterns)
        asked, before = claims, sentence
        claims += rejected(sentence, claims, reading, patterns)  # "72 signed, not 90"
        question = carried_question(question, sentence, reading)
        for claim in claims:
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
                "value_high": claim.number.value_high,
                "qualifier": claim.qualifier,
                "claim_kind": claim.claim_kind,
                "subset_group": claim.group,
                "keyword": claim.keyword,
                "language": language.code,
            }
