"""The raw registry snapshot CSV (``participant,action,action_date,place,date_basis``): write
it, and read one back with the checks the add-snapshot command needs before anything is
written. The validate stage checks it again with pandera; this module stays free of pandas and
polars so that the importer starts fast.

Rows are numbered as in a spreadsheet: the header is row 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path

from analysis.errors import InputError, utf8_text
from analysis.registry_terms import ACTIONS, DATE_BASES, REGISTRY_COLUMNS

Row = dict[str, str]


def to_csv(rows: Iterable[Row]) -> str:
    """The raw registry CSV: header, then one line per row, '\\n' line endings."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGISTRY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _checked(source: Path | str, number: int, row: Row, as_of: dt.date | None) -> Row:
    for field in ("participant", "action", "action_date", "date_basis"):
        if not row[field].strip():
            raise InputError(source, "empty", row=number, field=field)
    if row["action"] not in ACTIONS:
        raise InputError(source, f"{row['action']!r} is not one of {', '.join(ACTIONS)}",
                         row=number, field="action")
    if row["date_basis"] not in DATE_BASES:
        raise InputError(source, f"{row['date_basis']!r} is not one of {', '.join(DATE_BASES)}",
                         row=number, field="date_basis")
    try:
        date = dt.date.fromisoformat(row["action_date"])
    except ValueError:
        raise InputError(source, f"{row['action_date']!r} is not an ISO date YYYY-MM-DD",
                         row=number, field="action_date") from None
    if as_of is not None and date > as_of:
        raise InputError(source, f"{date} is after the as-of date {as_of}", row=number,
                         field="action_date")
    return {**row, "participant": row["participant"].strip()}


def parse_csv(data: bytes, source: Path | str, as_of: dt.date | None = None) -> list[Row]:
    """Rows of a raw registry CSV, sorted by participant then action."""
    reader = csv.reader(io.StringIO(utf8_text(data, source), newline=""))
    header = [name.strip() for name in next(reader, [])]
    if tuple(header) != REGISTRY_COLUMNS:
        raise InputError(source, f"the header must be {','.join(REGISTRY_COLUMNS)}", row=1)
    rows: dict[tuple[str, str], Row] = {}
    for record in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise InputError(source, f"has {len(record)} fields, the header has {len(header)}",
                             row=number)
        row = _checked(source, number, dict(zip(header, record, strict=True)), as_of)
        key = (row["participant"], row["action"])
        if key in rows:
            raise InputError(source, f"{key[0]!r} has the action {key[1]!r} twice", row=number,
                             field="participant")
        rows[key] = row
    if not rows:
        raise InputError(source, "has a header but no data rows", row=1)
    return [rows[key] for key in sorted(rows)]
