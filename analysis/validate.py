"""Schema checks on every raw table. Bad input raises InputError naming file, row and field.

Rows are numbered as in a spreadsheet: the header is row 1, the first data row is row 2.
CSV files are read as text with no NA detection (Namibia's ISO code is ``NA``); only an
empty cell is missing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandera.polars as pa
import polars as pl

from analysis import registry_terms
from analysis.errors import InputError, utf8_text

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO3 = r"^[A-Z]{3}$"
REGISTRY_ACTIONS = registry_terms.ACTIONS
DATE_BASES = registry_terms.DATE_BASES
ENTITY_KINDS = ("state", "regional_economic_integration_organization")
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class RawTable:
    """A CSV read as text, with the file row of each record kept for error messages."""

    path: Path
    frame: pl.DataFrame  # every column is a string; `_row` holds the file row

    def error(self, position: int, field: str | None, message: str) -> InputError:
        return InputError(self.path, message, row=int(self.frame["_row"][position]), field=field)


def read_csv(path: Path) -> RawTable:
    """Read a CSV as text: UTF-8 (a BOM is allowed), any line ending, no NA guessing."""
    if not path.is_file():
        raise InputError(path, "file not found")
    text = utf8_text(path.read_bytes(), path)
    if not text.strip():
        raise InputError(path, "file is empty")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader)]
    rows: list[list[str]] = []
    file_rows: list[int] = []
    start = reader.line_num + 1
    for record in reader:
        if not any(cell.strip() for cell in record):
            start = reader.line_num + 1
            continue
        if len(record) != len(header):
            raise InputError(path, f"has {len(record)} fields, the header has {len(header)}",
                             row=start)
        rows.append(record)
        file_rows.append(start)
        start = reader.line_num + 1
    if not rows:
        raise InputError(path, "has a header but no data rows", row=1)
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        raise InputError(path, "column appears twice in the header", row=1, field=duplicated[0])
    columns = {name: [row[i] or None for row in rows] for i, name in enumerate(header)}
    frame = pl.DataFrame({**columns, "_row": file_rows},
                         schema={**dict.fromkeys(header, pl.String), "_row": pl.Int64})
    return RawTable(path, frame)


def check_columns(table: RawTable, required: Iterable[str], *, strict: bool) -> None:
    """Every required column present; with ``strict``, no other column either."""
    present = [c for c in table.frame.columns if c != "_row"]
    for column in required:
        if column not in present:
            raise InputError(table.path, "required column is missing", row=1, field=column)
    if strict:
        for column in present:
            if column not in required:
                raise InputError(table.path, "unknown column", row=1, field=column)


def run_schema(table: RawTable, schema: pa.DataFrameSchema) -> None:
    """Validate with pandera and turn the first failure into a one-line InputError."""
    try:
        schema.validate(table.frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.filter(pl.col("index").is_not_null()).sort("index")
        if cases.is_empty():
            raise InputError(table.path, str(errors.failure_cases.row(0)), row=1) from None
        case = cases.row(0, named=True)
        raise table.error(case["index"], case["column"],
                          f"value {case['failure_case']!r} fails check {case['check']}") from None


def _text(pattern: str | None = None, *, nullable: bool = False,
          isin: Iterable[str] | None = None) -> pa.Column:
    checks = []
    if pattern:
        checks.append(pa.Check.str_matches(pattern))
    if isin is not None:
        checks.append(pa.Check.isin(list(isin)))
    if not nullable:
        checks.append(pa.Check.str_length(min_value=1))
    return pa.Column(pl.String, checks=checks, nullable=nullable)


def _parse_dates(table: RawTable, column: str) -> pl.Series:
    """ISO dates that exist on the calendar (2025-02-30 is refused)."""
    values = []
    for position, text in enumerate(table.frame[column]):
        if text is None:
            values.append(None)
            continue
        try:
            values.append(dt.date.fromisoformat(text))
        except ValueError:
            raise table.error(position, column, f"{text!r} is not an ISO date YYYY-MM-DD") from None
    return pl.Series(column, values, dtype=pl.Date)


def _first_duplicate(table: RawTable, keys: list[str]) -> int | None:
    duplicated = table.frame.with_row_index("_pos").filter(pl.struct(keys).is_duplicated())
    return None if duplicated.is_empty() else int(duplicated["_pos"][1])


def _reject_repeated_action(table: RawTable) -> None:
    duplicate = _first_duplicate(table, ["participant", "action"])
    if duplicate is not None:
        raise table.error(duplicate, "participant",
                          f"{table.frame['participant'][duplicate]!r} has the action "
                          f"{table.frame['action'][duplicate]!r} twice")


# --- registry snapshots ----------------------------------------------------------------------

REGISTRY_COLUMNS = registry_terms.REGISTRY_COLUMNS
REGISTRY_SCHEMA = pa.DataFrameSchema({
    "participant": _text(),
    "action": _text(isin=REGISTRY_ACTIONS),
    "action_date": _text(ISO_DATE),
    "place": _text(nullable=True),
    "date_basis": _text(isin=DATE_BASES),
})


def registry_snapshot(path: Path, snapshot_id: str) -> pl.DataFrame:
    """One UN Treaty Collection status snapshot, checked against its as-of date."""
    if not path.is_file():
        raise InputError(path, f"file not found; params.yaml lists snapshot {snapshot_id}")
    table = read_csv(path)
    check_columns(table, REGISTRY_COLUMNS, strict=True)
    table = RawTable(path, table.frame.with_columns(pl.col("participant").str.strip_chars()))
    run_schema(table, REGISTRY_SCHEMA)
    dates = _parse_dates(table, "action_date")
    as_of = dt.date.fromisoformat(snapshot_id)
    for position, date in enumerate(dates):
        if date > as_of:
            raise table.error(position, "action_date",
                              f"{date} is after the snapshot's as-of date {as_of}")
    _reject_repeated_action(table)
    return table.frame.with_columns(dates, pl.lit(snapshot_id).alias("snapshot_id"))


# --- reference tables ------------------------------------------------------------------------

COUNTRY_CODE_COLUMNS = {
    "ISO3166-1-Alpha-3": "iso3",
    "ISO3166-1-Alpha-2": "iso2",
    "ISO3166-1-numeric": "iso_numeric",
    "M49": "m49",
    "UNTERM English Short": "unterm_english_short",
    "UNTERM English Formal": "unterm_english_formal",
    "official_name_en": "official_name_en",
    "CLDR display name": "cldr_name",
    "is_independent": "is_independent",
    "Region Name": "region",
    "Sub-region Name": "sub_region",
    "Intermediate Region Name": "intermediate_region",
    "Least Developed Countries (LDC)": "ldc",
    "Land Locked Developing Countries (LLDC)": "lldc",
    "Small Island Developing States (SIDS)": "sids",
}


def country_codes(path: Path) -> pl.DataFrame:
    """datasets/country-codes, cut to the columns we use (the file has 50+ others)."""
    table = read_csv(path)
    check_columns(table, COUNTRY_CODE_COLUMNS, strict=False)
    frame = table.frame.select([*COUNTRY_CODE_COLUMNS, "_row"]).rename(COUNTRY_CODE_COLUMNS)
    frame = frame.filter(pl.col("iso3").is_not_null())
    table = RawTable(path, frame.with_columns(pl.col(pl.String).str.strip_chars()))
    run_schema(table, pa.DataFrameSchema({
        "iso3": _text(ISO3, nullable=False),
        "iso_numeric": _text(r"^\d{1,3}$", nullable=True),
        "m49": _text(r"^\d{1,3}$", nullable=True),
    }))
    duplicate = _first_duplicate(table, ["iso3"])
    if duplicate is not None:
        raise table.error(duplicate, "ISO3166-1-Alpha-3", "ISO3 code appears twice")
    return table.frame


def population(path: Path) -> pl.DataFrame:
    """World Bank SP.POP.TOTL, long format (country code, year, value)."""
    table = read_csv(path)
    check_columns(table, ("Country Name", "Country Code", "Year", "Value"), strict=True)
    run_schema(table, pa.DataFrameSchema({
        "Country Code": _text(ISO3),
        "Year": _text(r"^\d{4}$"),
        "Value": _text(r"^\d+(\.\d+)?$"),
    }))
    duplicate = _first_duplicate(table, ["Country Code", "Year"])
    if duplicate is not None:
        raise table.error(duplicate, "Year", "country and year appear twice")
    return table.frame.select(
        pl.col("Country Code").alias("iso3"),
        pl.col("Country Name").alias("name"),
        pl.col("Year").cast(pl.Int32).alias("year"),
        pl.col("Value").cast(pl.Float64).round(0).cast(pl.Int64).alias("population"),
    )


ALIAS_COLUMNS = ("participant", "iso3", "entity_kind", "allow_shared_iso3", "note")


def participant_aliases(path: Path) -> pl.DataFrame:
    """The reviewed alias table: registry names that differ from UNTERM's."""
    table = read_csv(path)
    check_columns(table, ALIAS_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "participant": _text(),
        "iso3": _text(ISO3, nullable=True),
        "entity_kind": _text(isin=ENTITY_KINDS),
        "allow_shared_iso3": _text(isin=YES_NO),
        "note": _text(),
    }))
    frame = table.frame
    for position, row in enumerate(frame.iter_rows(named=True)):
        if (row["iso3"] is None) != (row["entity_kind"] != "state"):
            raise table.error(position, "iso3",
                              "a state needs an ISO3 code; an organization must have none")
    duplicate = _first_duplicate(table, ["participant"])
    if duplicate is not None:
        raise table.error(duplicate, "participant", "alias listed twice")
    shared = frame.with_row_index("_pos").filter(
        pl.col("iso3").is_not_null() & pl.col("iso3").is_duplicated()
        & (pl.col("allow_shared_iso3") == "no"))
    if not shared.is_empty():
        position = int(shared["_pos"][-1])
        raise table.error(position, "iso3",
                          f"{frame['iso3'][position]} is mapped from more than one name; set "
                          "allow_shared_iso3 = yes on each row if that is intended")
    return RawTable(path, frame).frame


UN_MEMBER_COLUMNS = ("iso3", "unterm_english_short", "source", "note")


def un_member_additions(path: Path) -> pl.DataFrame:
    """UN member States whose row in country-codes.csv lacks its UNTERM name."""
    table = read_csv(path)
    check_columns(table, UN_MEMBER_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "iso3": _text(ISO3), "unterm_english_short": _text(), "source": _text(),
        "note": _text(),
    }))
    duplicate = _first_duplicate(table, ["iso3"])
    if duplicate is not None:
        raise table.error(duplicate, "iso3", "listed twice")
    return table.frame


# --- participation context ---------------------------------------------------------------

GROUP_COLUMNS = ("group_id", "group_name", "group_kind", "member_name", "iso3", "role", "as_of",
                 "source_url", "notes")
GROUP_ROLES = ("member", "observer", "partner")


def country_groups(path: Path) -> pl.DataFrame:
    """Memberships of UN regional groups and blocs: one row per (group, member)."""
    table = read_csv(path)
    check_columns(table, GROUP_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "group_id": _text(r"^[a-z0-9_]+$"), "group_name": _text(), "group_kind": _text(),
        "member_name": _text(), "iso3": _text(ISO3, nullable=True),
        "role": _text(isin=GROUP_ROLES), "as_of": _text(ISO_DATE), "source_url": _text(),
        "notes": _text(nullable=True),
    }))
    duplicate = _first_duplicate(table, ["group_id", "member_name"])
    if duplicate is not None:
        raise table.error(duplicate, "member_name", "member listed twice in the group")
    return table.frame.with_columns(_parse_dates(table, "as_of"))


BUDAPEST_COLUMNS = ("state", "iso3", "coe_member", "signature_date", "ratification_date",
                    "entry_into_force_date", "status", "evidence", "source_url", "notes")
BUDAPEST_STATUSES = ("party", "signatory", "invited")
EVIDENCE = ("documented", "weak")


def budapest_status(path: Path) -> pl.DataFrame:
    """Council of Europe Convention on Cybercrime (CETS 185): one row per state."""
    table = read_csv(path)
    check_columns(table, BUDAPEST_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "state": _text(), "iso3": _text(ISO3), "coe_member": _text(isin=YES_NO),
        "signature_date": _text(ISO_DATE, nullable=True),
        "ratification_date": _text(ISO_DATE, nullable=True),
        "entry_into_force_date": _text(ISO_DATE, nullable=True),
        "status": _text(isin=BUDAPEST_STATUSES), "evidence": _text(isin=EVIDENCE),
        "source_url": _text(), "notes": _text(nullable=True),
    }))
    duplicate = _first_duplicate(table, ["iso3"])
    if duplicate is not None:
        raise table.error(duplicate, "iso3", "state listed twice")
    return table.frame.with_columns(
        _parse_dates(table, "signature_date"), _parse_dates(table, "ratification_date"),
        _parse_dates(table, "entry_into_force_date"))


EVENT_COLUMNS = ("treaty", "short_name", "depositary", "adopted_date", "event_place",
                 "event_start", "event_end", "signatories_day_one", "signatories_at_event_close",
                 "eligible_states_at_time", "attending_delegations_reported",
                 "total_signatories_later", "source_url", "notes")
COUNT = r"^\d+$"


def signing_events(path: Path) -> pl.DataFrame:
    """Opening-for-signature events of comparable treaties."""
    table = read_csv(path)
    check_columns(table, EVENT_COLUMNS, strict=True)
    counts = ("signatories_day_one", "signatories_at_event_close", "eligible_states_at_time",
              "attending_delegations_reported", "total_signatories_later")
    run_schema(table, pa.DataFrameSchema({
        "treaty": _text(), "short_name": _text(), "adopted_date": _text(ISO_DATE),
        "event_start": _text(ISO_DATE), "event_end": _text(ISO_DATE),
        "eligible_states_at_time": _text(COUNT), "source_url": _text(),
        **{c: _text(COUNT, nullable=True) for c in counts if c != "eligible_states_at_time"},
    }))
    frame = table.frame.with_columns(
        *(_parse_dates(table, c) for c in ("adopted_date", "event_start", "event_end")),
        *(pl.col(c).cast(pl.Int64) for c in counts))
    for position, row in enumerate(frame.iter_rows(named=True)):
        if row["event_end"] < row["event_start"]:
            raise table.error(position, "event_end", "event ends before it starts")
        for column in ("signatories_day_one", "signatories_at_event_close"):
            if row[column] is not None and row[column] > row["eligible_states_at_time"]:
                raise table.error(position, column, "more signatories than eligible states")
    return frame


PRESS_COLUMNS = ("claim_id", "url", "publisher", "language", "published", "published_time",
                 "claim_kind", "value", "qualifier", "refers_to", "is_forecast", "notes")
PRESS_KINDS = ("signatories", "attending_states", "attending_delegations", "delegates_people",
               "speakers", "ratifications", "threshold", "other")
PRESS_QUALIFIERS = ("exact", "more_than", "nearly", "about", "at_least", "expected")


def press_claims(path: Path) -> pl.DataFrame:
    """The hand-coded ledger of press claims about the Hanoi signing."""
    table = read_csv(path)
    check_columns(table, PRESS_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "claim_id": _text(r"^c\d{3,}$"), "url": _text(r"^https?://"), "publisher": _text(),
        "language": _text(r"^[a-z]{2,3}$"), "published": _text(ISO_DATE, nullable=True),
        "published_time": _text(r"^\d{2}:\d{2}([+-]\d{2}:\d{2})?$", nullable=True),
        "claim_kind": _text(isin=PRESS_KINDS), "value": _text(COUNT),
        "qualifier": _text(isin=PRESS_QUALIFIERS), "is_forecast": _text(isin=YES_NO),
    }))
    duplicate = _first_duplicate(table, ["claim_id"])
    if duplicate is not None:
        raise table.error(duplicate, "claim_id", "claim id used twice")
    return table.frame.with_columns(
        _parse_dates(table, "published"), pl.col("value").cast(pl.Int64),
        (pl.col("is_forecast") == "yes").alias("is_forecast"))


# --- historic comparator treaties ------------------------------------------------------------

TREATY_COLUMNS = ("id", "title", "short_title", "depositary", "opened_for_signature",
                  "signing_event_place", "entry_into_force_threshold", "entry_into_force_date",
                  "source", "license", "as_of")
THRESHOLD = r"^\d+\b"  # "40", "40 (not before the Convention's entry into force)", "55 Parties ..."
CONSENT_ACTIONS = REGISTRY_ACTIONS[1:]


def historic_treaties(path: Path) -> pl.DataFrame:
    """treaties.csv: one row per comparator treaty. ``as_of`` (the date its participant table
    reflects) is empty only for a treaty without a table; the threshold starts with the number
    of instruments it needs, and may go on with the conditions in words."""
    table = read_csv(path)
    check_columns(table, TREATY_COLUMNS, strict=True)
    run_schema(table, pa.DataFrameSchema({
        "id": _text(r"^[A-Za-z0-9][A-Za-z0-9.-]*$"), "title": _text(), "short_title": _text(),
        "opened_for_signature": _text(ISO_DATE), "entry_into_force_threshold": _text(THRESHOLD),
        "entry_into_force_date": _text(ISO_DATE, nullable=True),
        "as_of": _text(ISO_DATE, nullable=True), "source": _text(),
        "signing_event_place": _text(nullable=True), "license": _text(nullable=True),
    }))
    duplicate = _first_duplicate(table, ["id"])
    if duplicate is not None:
        raise table.error(duplicate, "id", "treaty id listed twice")
    frame = table.frame.with_columns(
        *(_parse_dates(table, c) for c in ("opened_for_signature", "entry_into_force_date",
                                           "as_of")),
        pl.col("entry_into_force_threshold").str.extract(r"^(\d+)").cast(pl.Int64)
        .alias("threshold_instruments"))
    for position, row in enumerate(frame.iter_rows(named=True)):
        for column in ("as_of", "entry_into_force_date"):
            if row[column] is not None and row[column] < row["opened_for_signature"]:
                raise table.error(position, column, f"{row[column]} is before the treaty opened "
                                  f"for signature on {row['opened_for_signature']}")
    return frame


HISTORIC_COLUMNS = (*REGISTRY_COLUMNS, "source")
HISTORIC_SCHEMA = pa.DataFrameSchema({**REGISTRY_SCHEMA.columns, "source": _text()})


def historic_participants(path: Path, treaty: dict) -> pl.DataFrame:
    """One comparator treaty's participant table (every signature and instrument with its
    date), checked against its row of treaties.csv: signatures inside the treaty's signature
    window as far as the table reaches (from its opening for signature to its as-of date),
    instruments between the opening and the as-of date and never before the same
    participant's own signature."""
    table = read_csv(path)
    check_columns(table, HISTORIC_COLUMNS, strict=True)
    table = RawTable(path, table.frame.with_columns(pl.col("participant").str.strip_chars()))
    run_schema(table, HISTORIC_SCHEMA)
    dates = _parse_dates(table, "action_date")
    opened, as_of = treaty["opened_for_signature"], treaty["as_of"]
    for position, (action, date) in enumerate(zip(table.frame["action"], dates, strict=True)):
        kind = "signature" if action == "signature" else "instrument"
        if date < opened:
            raise table.error(position, "action_date", f"{kind} dated {date}, before "
                              f"{treaty['id']} opened for signature on {opened}")
        if date > as_of:
            raise table.error(position, "action_date", f"{kind} dated {date}, after the "
                              f"table's as-of date {as_of} in treaties.csv")
    _reject_repeated_action(table)
    frame = table.frame.with_columns(dates)
    _instruments_after_signature(RawTable(path, frame))
    return frame.with_columns(pl.lit(treaty["id"]).alias("treaty_id"))


def _instruments_after_signature(table: RawTable) -> None:
    signed = dict(table.frame.filter(pl.col("action") == "signature")
                  .select("participant", "action_date").iter_rows())
    for position, row in enumerate(table.frame.iter_rows(named=True)):
        signature = signed.get(row["participant"])
        if row["action"] in CONSENT_ACTIONS and signature and row["action_date"] < signature:
            raise table.error(position, "action_date",
                              f"{row['action']} of {row['participant']!r} dated "
                              f"{row['action_date']}, before its signature of {signature}")
