"""Registry participant names -> ISO 3166-1 alpha-3, via UNTERM names and the alias table."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from analysis.errors import InputError

_UNTERM_SUFFIXES = re.compile(r"\s*(\(the\)|\*+)\s*")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class Match:
    iso3: str | None
    entity_kind: str
    matched_by: str  # "unterm" or "alias"


def normalize(name: str) -> str:
    """Compare names as UNTERM writes them: no '(the)' or '*' markers, no leading 'the'
    (formal names), straight quotes."""
    text = unicodedata.normalize("NFC", name).translate(_QUOTES)
    text = _LEADING_ARTICLE.sub("", _UNTERM_SUFFIXES.sub(" ", text).strip())
    return " ".join(text.split()).casefold()


def unterm_lookup(countries: pl.DataFrame) -> dict[str, str]:
    """Normalized UNTERM English short and formal names -> ISO3."""
    lookup: dict[str, str] = {}
    for row in countries.iter_rows(named=True):
        for column in ("unterm_english_short", "unterm_english_formal"):
            if row.get(column):
                lookup.setdefault(normalize(row[column]), row["iso3"])
    return lookup


def build_lookup(countries: pl.DataFrame, aliases: pl.DataFrame) -> dict[str, Match]:
    lookup = {name: Match(iso3, "state", "unterm")
              for name, iso3 in unterm_lookup(countries).items()}
    for row in aliases.iter_rows(named=True):
        lookup[normalize(row["participant"])] = Match(row["iso3"], row["entity_kind"], "alias")
    return lookup


def resolve(registry: pl.DataFrame, lookup: dict[str, Match], path: Path) -> pl.DataFrame:
    """Add iso3, entity_kind and matched_by; an unknown name is an error, never a drop."""
    matches = []
    for row in registry.iter_rows(named=True):
        match = lookup.get(normalize(row["participant"]))
        if match is None:
            raise InputError(path, f"participant {row['participant']!r} matches no UNTERM name "
                             "and no row of data/raw/reference/participant_aliases.csv",
                             row=row["_row"], field="participant")
        matches.append(match)
    return registry.with_columns(
        pl.Series("iso3", [m.iso3 for m in matches], dtype=pl.String),
        pl.Series("entity_kind", [m.entity_kind for m in matches], dtype=pl.String),
        pl.Series("matched_by", [m.matched_by for m in matches], dtype=pl.String),
    )


def reconcile_codes(frame: pl.DataFrame, *, name: str, code: str, lookup: dict[str, Match],
                    known_codes: set[str], path: Path) -> pl.DataFrame:
    """Check a table that names states and gives their ISO3 codes against the same
    reconciliation as registry names: where the name matches, the code must agree; where it
    does not (e.g. 'Sahrawi Arab Democratic Republic'), the given code must exist. Rows with
    neither (the European Union, the African Union) are kept as entities without a code."""
    codes, how = [], []
    for row in frame.iter_rows(named=True):
        match = lookup.get(normalize(row[name]))
        given = row[code]
        if match is not None and match.iso3 and given and match.iso3 != given:
            raise InputError(path, f"{given} disagrees with {row[name]!r}, which is "
                             f"{match.iso3} by its UNTERM name or alias", row=row["_row"],
                             field=code)
        resolved = given or (match.iso3 if match else None)
        if resolved is not None and resolved not in known_codes:
            raise InputError(path, f"{resolved} is not an ISO 3166-1 alpha-3 code in "
                             "country-codes.csv", row=row["_row"], field=code)
        codes.append(resolved)
        how.append(match.matched_by if match else ("iso3_column" if given else "none"))
    return frame.with_columns(pl.Series(code, codes, dtype=pl.String),
                              pl.Series("matched_by", how, dtype=pl.String))
