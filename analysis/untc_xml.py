"""Convert a UN Treaty Collection status XML into a raw registry snapshot CSV.

The Treaty Collection publishes each treaty's status as XML, e.g.
https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml.
``Document/Treaty/Participants/Table/TGroup/Thead/Row`` holds the column headings and each
``.../Tbody/Rows/Row`` one participant, as ``Entry`` cells. Footnote markers arrive as escaped
markup inside the text (``Name&lt;superscript&gt;3&lt;/superscript&gt;``); action cells read
``25 Oct 2025`` with an optional type suffix (``a``, ``A``, ``AA``, ``d``).

Rows are numbered as in the status table: the heading row is row 1, the first participant row 2.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml
from defusedxml import ElementTree

from analysis import config as config_module
from analysis.atomic import write_text
from analysis.errors import InputError
from analysis.validate import REGISTRY_COLUMNS

TABLE = "Treaty/Participants/Table/TGroup"
PARTICIPANT = "Participant"
SIGNATURE_PARTS = {"Signature": ("", "signature"),
                   "Succession to signature(d)": ("d", "succession")}
CONSENT_PARTS = {"Ratification": ("", "ratification"), "Acceptance(A)": ("A", "acceptance"),
                 "Approval(AA)": ("AA", "approval"), "Accession(a)": ("a", "accession"),
                 "Succession(d)": ("d", "succession")}
MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
ACTION_CELL = re.compile(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: (AA|A|a|d))?")
SUPERSCRIPT = re.compile(r"<superscript>[^<>]*</superscript>")


@dataclass(frozen=True)
class Column:
    heading: str
    kind: str  # "signature" or "consent"
    actions: dict[str, str]  # suffix ("" for none) -> registry action


def _load(path: Path) -> Element:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as error:
        raise InputError(path, f"cannot be read: {error.strerror}") from None
    try:
        # No UN status file has a DTD; refusing any stops entity expansion and external entities.
        return ElementTree.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise InputError(path, f"refused ({type(error).__name__}): a DTD can carry entity "
                               "expansion ('billion laughs') or external entities, and UN "
                               "Treaty Collection status files have none") from None
    except ElementTree.ParseError as error:
        line, column = error.position
        raise InputError(path, f"not well-formed XML at line {line}, column {column + 1}: "
                               f"{str(error).split(':')[0]}") from None


def _cell_text(path: Path, row: int, field: str | None, entry: Element) -> str:
    """The cell's text, footnote markers removed and whitespace collapsed."""
    pieces = [entry.text or ""]
    for child in entry:
        if child.tag != "superscript":
            raise InputError(path, f"unexpected <{child.tag}> element in a cell", row=row,
                             field=field)
        pieces.append(child.tail or "")
    text = " ".join(SUPERSCRIPT.sub("", "".join(pieces)).split())
    if "<" in text or ">" in text:
        raise InputError(path, f"unexpected markup in {text!r}", row=row, field=field)
    return text


def _column(heading: str) -> Column | None:
    parts = [re.sub(r"\s*\(\s*", "(", " ".join(part.split())) for part in heading.split(",")]
    for kind, known in (("signature", SIGNATURE_PARTS), ("consent", CONSENT_PARTS)):
        if all(part in known for part in parts):
            return Column(heading, kind, dict(known[part] for part in parts))
    return None


def _columns(path: Path, heading_row: Element) -> list[Column]:
    headings = [_cell_text(path, 1, None, entry) for entry in heading_row.findall("Entry")]
    if not headings or headings[0] != PARTICIPANT:
        raise InputError(path, f"the first column heading must be {PARTICIPANT!r}", row=1,
                         field=headings[0] if headings else PARTICIPANT)
    columns: list[Column] = []
    for heading in headings[1:]:
        column = _column(heading)
        if column is None:
            raise InputError(path, "unknown column heading; expected 'Signature[, Succession to "
                                   "signature(d)]' or a list of Ratification, Acceptance(A), "
                                   "Approval(AA), Accession(a), Succession(d)",
                             row=1, field=heading)
        if any(seen.kind == column.kind for seen in columns):
            raise InputError(path, f"a second {column.kind} column", row=1, field=heading)
        columns.append(column)
    if not columns:
        raise InputError(path, "no action columns after 'Participant'", row=1)
    return columns


def _action(path: Path, row: int, column: Column, participant: str, text: str,
            as_of: dt.date) -> tuple[str, str]:
    """(registry action, ISO date) for one non-empty action cell."""
    def refuse(message: str) -> InputError:
        return InputError(path, f"{text!r} ({participant}) {message}", row=row,
                          field=column.heading)

    match = ACTION_CELL.fullmatch(text)
    if match is None:
        suffixes = ", ".join(sorted(suffix for suffix in column.actions if suffix))
        raise refuse("is not a date like '25 Oct 2025'"
                     + (f" with an optional suffix ({suffixes})" if suffixes else ""))
    day, month, year, suffix = match.groups()
    if (suffix or "") not in column.actions:
        raise refuse(f"has a suffix {suffix or '(none)'!r} that this column's heading "
                     "does not list")
    try:
        date = dt.date(int(year), MONTHS[month], int(day))
    except (KeyError, ValueError):
        raise refuse("is not a calendar date") from None
    if date > as_of:
        raise refuse(f"is after the --as-of date {as_of}")
    return column.actions[suffix or ""], date.isoformat()


def _participant_rows(path: Path, row: int, columns: list[Column], cells: list[Element],
                      as_of: dt.date) -> tuple[str, list[dict[str, str]]]:
    if len(cells) != len(columns) + 1:
        raise InputError(path, f"has {len(cells)} cells, the heading row has "
                               f"{len(columns) + 1}", row=row)
    participant = _cell_text(path, row, PARTICIPANT, cells[0])
    if not participant:
        raise InputError(path, "participant name is empty", row=row, field=PARTICIPANT)
    records: dict[str, dict[str, str]] = {}
    for column, cell in zip(columns, cells[1:], strict=True):
        text = _cell_text(path, row, column.heading, cell)
        if not text:
            continue
        action, date = _action(path, row, column, participant, text, as_of)
        if action in records:
            raise InputError(path, f"{participant} has the action {action!r} twice", row=row,
                             field=column.heading)
        records[action] = {"participant": participant, "action": action, "action_date": date,
                           "place": "", "date_basis": "registry"}
    return participant, list(records.values())


def parse_status_xml(path: Path, as_of: dt.date) -> list[dict[str, str]]:
    """Registry rows (one per participant per action), sorted by participant then action."""
    group = _load(path).find(TABLE)
    heading_row = None if group is None else group.find("Thead/Row")
    if group is None or heading_row is None:
        raise InputError(path, f"has no {TABLE}/Thead/Row: not a UN Treaty Collection "
                               "status file")
    columns = _columns(path, heading_row)
    body = group.findall("Tbody/Rows/Row")
    if not body:
        raise InputError(path, f"has no participant rows under {TABLE}/Tbody/Rows")
    first_row: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    for number, row in enumerate(body, start=2):
        participant, records = _participant_rows(path, number, columns, row.findall("Entry"),
                                                 as_of)
        if participant in first_row:
            raise InputError(path, f"{participant} is listed twice (first at row "
                                   f"{first_row[participant]})", row=number, field=PARTICIPANT)
        first_row[participant] = number
        rows.extend(records)
    return sorted(rows, key=lambda record: (record["participant"], record["action"]))


def to_csv(rows: Iterable[dict[str, str]]) -> str:
    """The raw registry CSV: header, then one line per row, '\\n' line endings."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGISTRY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis import-untc",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("xml", type=Path, help="the status XML (e.g. XVIII-16.en.xml)")
    parser.add_argument("--as-of", required=True, type=_iso_date,
                        help="the date the XML was downloaded; later actions are refused")
    parser.add_argument("--output", type=Path,
                        help="CSV to write (default: data/raw/untc/<treaty>/<as-of>.csv)")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        output = args.output or config_module.load().snapshot_csv(args.as_of.isoformat())
        if output.exists() and not args.force:
            raise InputError(output, "already exists; pass --force to replace it")
        rows = parse_status_xml(args.xml, args.as_of)
        write_text(output, to_csv(rows))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {output} ({len(rows)} rows)")
    return 0
