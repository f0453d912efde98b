"""Press articles: <slug>.txt page captures with <slug>.yaml metadata -> articles and paragraphs.

Each non-blank line of a capture is one candidate paragraph. Rules in
``analysis/patterns/furniture.yaml`` mark page furniture (image names, captions, navigation,
bylines, related-article lists, comment widgets, repeats). Furniture lines stay in the
paragraphs table, flagged, so a reader can see what was stripped and by which rule.
The clean body is the kept paragraphs joined by a blank line; paragraph offsets index it.
Text is kept verbatim (after Unicode NFC normalization): markup such as ``<script>`` is text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from analysis.errors import InputError, utf8_text

FURNITURE_PATTERNS = Path(__file__).parent / "patterns" / "furniture.yaml"
REQUIRED_KEYS = ("title", "language", "publisher", "published")
PARAGRAPH_SEPARATOR = "\n\n"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "title": pl.String,
    "language": pl.String,
    "publisher": pl.String,
    "original_publisher": pl.String,
    "url": pl.String,
    "published": pl.Date,
    "source_file": pl.String,
    "sha256": pl.String,
    "body": pl.String,
}
PARAGRAPH_SCHEMA = {
    "article_id": pl.String,
    "line_no": pl.Int32,
    "paragraph_no": pl.Int32,
    "text": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "is_furniture": pl.Boolean,
    "furniture_rule": pl.String,
}


@dataclass(frozen=True)
class SectionRule:
    name: str
    pattern: re.Pattern[str]
    until_end: bool  # False: the section ends at the next blank line


@dataclass(frozen=True)
class FurnitureRules:
    lines: tuple[tuple[str, re.Pattern[str]], ...]
    sections: tuple[SectionRule, ...]
    repeated_title: bool
    duplicate_line: bool
    repeated_paragraph: bool


@dataclass(frozen=True)
class Line:
    line_no: int
    text: str
    rule: str | None  # the furniture rule that marked it, None for article text


def load_articles(
    directory: Path, furniture_path: Path | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Load every <slug>.txt/<slug>.yaml pair in ``directory``, in sorted slug order."""
    rules = load_furniture_rules(furniture_path or FURNITURE_PATTERNS)
    articles: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    for slug, txt_path, yaml_path in _pairs(directory):
        meta = _read_metadata(yaml_path)
        raw = txt_path.read_bytes()
        lines = mark_furniture(_decode(txt_path, raw), meta["title"], rules)
        rows, body = _paragraph_rows(slug, lines)
        paragraphs.extend(rows)
        articles.append({
            "article_id": slug,
            **meta,
            "source_file": f"{directory.name}/{txt_path.name}",
            "sha256": hashlib.sha256(raw).hexdigest(),
            "body": body,
        })
    return (
        pl.DataFrame(articles, schema=ARTICLE_SCHEMA, orient="row"),
        pl.DataFrame(paragraphs, schema=PARAGRAPH_SCHEMA, orient="row"),
    )


def _pairs(directory: Path) -> Iterator[tuple[str, Path, Path]]:
    if not directory.is_dir():
        raise InputError(directory, "article directory not found")
    texts = {p.name.removesuffix(".txt"): p for p in directory.glob("*.txt")}
    metas = {p.name.removesuffix(".yaml"): p for p in directory.glob("*.yaml")}
    for slug in sorted(texts.keys() | metas.keys()):
        if slug not in metas:
            raise InputError(texts[slug], f"article text has no metadata file {slug}.yaml")
        if slug not in texts:
            raise InputError(metas[slug], f"article metadata has no text file {slug}.txt")
        yield slug, texts[slug], metas[slug]


def _decode(path: Path, data: bytes) -> str:
    return unicodedata.normalize("NFC", utf8_text(data, path))


def _read_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(_decode(path, path.read_bytes()))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        raise InputError(path, "not valid YAML", row=row) from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping of keys to values")
    return data


def _read_metadata(path: Path) -> dict[str, Any]:
    data = _read_yaml_mapping(path)
    for key in REQUIRED_KEYS:
        if key not in data:
            raise InputError(path, "required key is missing", field=key)
        if data[key] is None or str(data[key]).strip() == "":
            raise InputError(path, "required key is empty", field=key)
    language = str(data["language"]).strip()
    if not _LANGUAGE.match(language):
        raise InputError(path, f"{language!r} is not a language code like 'id' or 'en'",
                         field="language")
    return {
        "title": _clean(data["title"]),
        "language": language,
        "publisher": _clean(data["publisher"]),
        "original_publisher": _optional(data.get("original_publisher")),
        "url": _optional(data.get("original_url")),
        "published": _parse_date(path, data["published"]),
    }


def _clean(value: object) -> str:
    return unicodedata.normalize("NFC", str(value)).strip()


def _optional(value: object) -> str | None:
    return None if value is None or str(value).strip() == "" else _clean(value)


def _parse_date(path: Path, value: object) -> dt.date:
    # YAML reads an unquoted 2025-10-25 as a date already; a quoted one stays a string.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(path, f"{value!r} is not an ISO date YYYY-MM-DD",
                         field="published") from None


def load_furniture_rules(path: Path) -> FurnitureRules:
    """Read and compile the furniture rules file."""
    data = _read_yaml_mapping(path)
    lines = tuple((rule["name"], pattern) for rule, pattern in _compiled(path, data, "line_rules"))
    sections = tuple(
        SectionRule(rule["name"], pattern, _until_end(path, rule))
        for rule, pattern in _compiled(path, data, "section_rules")
    )
    structural = data.get("structural_rules") or {}
    if not isinstance(structural, dict):
        raise InputError(path, "expected a mapping", field="structural_rules")
    return FurnitureRules(
        lines=lines,
        sections=sections,
        repeated_title=bool(structural.get("repeated_title", False)),
        duplicate_line=bool(structural.get("duplicate_line", False)),
        repeated_paragraph=bool(structural.get("repeated_paragraph", False)),
    )


def _compiled(
    path: Path, data: dict[str, Any], key: str
) -> Iterator[tuple[dict[str, Any], re.Pattern[str]]]:
    rules = data.get(key) or []
    if not isinstance(rules, list):
        raise InputError(path, "expected a list of rules", field=key)
    for position, rule in enumerate(rules, start=1):
        if not isinstance(rule, dict) or not rule.get("name") or not rule.get("pattern"):
            raise InputError(path, f"{key} rule {position} needs a name and a pattern", field=key)
        try:
            yield rule, re.compile(rule["pattern"], re.IGNORECASE)
        except re.error as error:
            raise InputError(path, f"rule {rule['name']!r}: bad regex ({error})",
                             field=key) from None


def _until_end(path: Path, rule: dict[str, Any]) -> bool:
    until = rule.get("until", "end")
    if until not in ("end", "blank"):
        raise InputError(path, f"rule {rule['name']!r}: until must be 'end' or 'blank'",
                         field="section_rules")
    return until == "end"


def mark_furniture(text: str, title: str, rules: FurnitureRules) -> list[Line]:
    """Every non-blank line of ``text``, with the furniture rule that marks it (or None)."""
    marked: list[Line] = []
    section: SectionRule | None = None
    seen: set[str] = set()
    previous: str | None = None
    for line_no, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line:
            if section is not None and not section.until_end:
                section = None
            continue
        section = _next_section(line, section, rules)
        rule = section.name if section else _line_rule(line, title, previous, seen, rules)
        if rule is None:
            seen.add(_key(line))
        marked.append(Line(line_no, line, rule))
        previous = line
    return marked


def _next_section(line: str, current: SectionRule | None,
                  rules: FurnitureRules) -> SectionRule | None:
    """The section ``line`` belongs to; a heading inside a section relabels what follows."""
    heading = next((s for s in rules.sections if s.pattern.fullmatch(line)), None)
    if heading is None:
        return current
    if current is not None and current.until_end:
        return replace(heading, until_end=True)
    return heading


def _line_rule(
    line: str, title: str, previous: str | None, seen: set[str], rules: FurnitureRules
) -> str | None:
    for name, pattern in rules.lines:
        if pattern.fullmatch(line):
            return name
    if rules.repeated_title and _key(line) == _key(title):
        return "repeated_title"
    if rules.duplicate_line and previous is not None and _key(line) == _key(previous):
        return "duplicate_line"
    if rules.repeated_paragraph and _key(line) in seen:
        return "repeated_paragraph"
    return None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _paragraph_rows(slug: str, lines: list[Line]) -> tuple[list[dict[str, Any]], str]:
    rows: list[dict[str, Any]] = []
    kept: list[str] = []
    offset = 0
    for line in lines:
        row: dict[str, Any] = {
            "article_id": slug, "line_no": line.line_no, "paragraph_no": None,
            "text": line.text, "char_start": None, "char_end": None,
            "is_furniture": line.rule is not None, "furniture_rule": line.rule,
        }
        if line.rule is None:
            if kept:
                offset += len(PARAGRAPH_SEPARATOR)
            kept.append(line.text)
            row |= {"paragraph_no": len(kept), "char_start": offset,
                    "char_end": offset + len(line.text)}
            offset += len(line.text)
        rows.append(row)
    return rows, PARAGRAPH_SEPARATOR.join(kept)
