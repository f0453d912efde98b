"""The reports' display vocabulary (analysis/vocabulary.yaml): table headings for column
names, plain words for stored values, and short and full names for groups of States.

Tables and charts go through here (analysis.charts), so a column name or a stored code
never reaches a reader: a column with an identifier-like name that has no heading stops
the build with a message saying what to add.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

VOCABULARY = Path(__file__).with_name("vocabulary.yaml")
# A column name or stored value written for machines: "claim_kind", "consistent_then".
IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
TRAILING_ABBREVIATION = re.compile(r"^(?P<full>.+?)\s*\((?P<short>[^()]+)\)$")
PREFIX = re.compile(r"^[^:]+:\s+")  # "UN regional group: African States" -> "African States"


class MissingHeading(KeyError):
    """A column that would show its machine name; the message says where to add a heading."""

    def __str__(self) -> str:
        return str(self.args[0])


@cache
def _vocabulary() -> dict:
    return yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))


def heading(column: str) -> str:
    """The table heading for a column: from the vocabulary, or the name itself when it is
    already written for people ("States", "Treaty"). An identifier-like name
    ("ratification_date") with no entry raises MissingHeading."""
    headings = _vocabulary()["headings"]
    if column in headings:
        return headings[column]
    if IDENTIFIER.fullmatch(column):
        raise MissingHeading(f"column {column!r} has no heading in {VOCABULARY.name}: add "
                             f"'{column}: <heading>' under headings: in analysis/{VOCABULARY.name}")
    return column


def has_words_for(column: str) -> bool:
    return column in _vocabulary()["values"]


def value(column: str, stored: str) -> str:
    """Plain words for a stored value of ``column``; an unlisted one with its underscores
    as spaces ("new_kind" -> "new kind")."""
    words = _vocabulary()["values"].get(column, {})
    if stored in words:
        return words[stored]
    return stored.replace("_", " ") if IDENTIFIER.fullmatch(stored) else stored


def in_words(frame: pl.DataFrame, columns: list[str] | None = None) -> pl.DataFrame:
    """The frame with the stored values of every column the vocabulary has words for
    (or of ``columns``) replaced by those words; column names are kept."""
    chosen = columns if columns is not None else [c for c in frame.columns if has_words_for(c)]
    return frame.with_columns(
        pl.col(c).map_elements(lambda v, c=c: value(c, v), return_dtype=pl.String)
        for c in chosen if frame.schema[c] == pl.String)


@dataclass(frozen=True)
class GroupName:
    """A group of States as the reports name it."""

    short: str  # charts, tables, prose: "WEOG"
    full: str  # tooltips, data tables: "Western European and other States Group"
    the: bool  # prose puts "the" before the short name: "the G20"

    def prose(self, *, article: bool = True) -> str:
        """HTML for a sentence: the short name with the full one as its tooltip, after
        "the" where it takes one (``article=False``: never, as in a parenthesis)."""
        name = html.escape(self.short)
        if self.full != self.short:
            name = f'<abbr title="{html.escape(self.full, quote=True)}">{name}</abbr>'
        return f"the {name}" if self.the and article else name

    def plain(self) -> str:
        """Plain text for a sentence: "the G20", "WEOG"."""
        return f"the {self.short}" if self.the else self.short


def group(group_id: str, name: str) -> GroupName:
    """How the reports name the group ``group_id`` whose registry-side name is ``name``.
    Groups the vocabulary does not list are named from ``name``: "Foo Bar (FB)" is short
    "FB", full "Foo Bar"; a "Kind: " prefix is dropped."""
    entry = _vocabulary()["groups"].get(group_id)
    if entry:
        short, full = entry["short"], entry["full"]
        the = entry.get("the", " " in short)
        return GroupName(short=short, full=full, the=bool(the))
    bare = PREFIX.sub("", name)
    match = TRAILING_ABBREVIATION.match(bare)
    short, full = (match["short"], match["full"]) if match else (bare, bare)
    return GroupName(short=short, full=full, the=" " in short)


def with_group_names(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame (with group_id and group_name) plus ``group``, the short name for charts
    and prose, and ``group_full``, the full name for tooltips and data tables."""
    names = [group(row["group_id"], row["group_name"])
             for row in frame.select("group_id", "group_name").to_dicts()]
    return frame.with_columns(pl.Series("group", [n.short for n in names], dtype=pl.String),
                              pl.Series("group_full", [n.full for n in names], dtype=pl.String))
