"""Convert a UN Treaty Collection status XML into a raw registry snapshot CSV.

The Treaty Collection publishes each treaty's status as XML, e.g.
https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml.
``Document/Treaty/Participants/Table/TGroup/Thead/Row`` holds the column headings and each
``.../Tbody/Rows/Row`` one participant, as ``Entry`` cells. A heading lists the kinds of action
its column records, each with the suffix that marks it in a cell ("Ratification, Accession(a),
Succession(d)"); a cell reads ``25 Oct 2025`` with an optional suffix, in square brackets when
the registry brackets it. Footnote markers arrive as escaped markup inside the text
(``Name&lt;superscript&gt;3&lt;/superscript&gt;``). The files are declared ``iso-8859-1`` and
carry C0 control characters in their notes (0x1C and 0x1D as quotation marks), which XML 1.0
forbids, and bare ampersands in note text: both are replaced before parsing.

Every dated cell of the participant table becomes one row; the action kinds are those of
``analysis.registry_terms``. A heading names its kinds separated by commas; a lower-case part
that names no kind continues the previous kind's qualifier, and a bracket that ends an article
reference ("article 7 (1) (b)") is not a suffix. Older treaties list actions taken under the
League of Nations in a section of their own (``Treaty/LON``, prose dates such as
"(Nov 27th, 1937)"); that section is not read.
Rows are numbered as in the status table: the heading row is row 1, the first participant
row 2. Only the standard library and defusedxml are imported here: the command starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml
from defusedxml import ElementTree

from analysis.atomic import write_text
from analysis.errors import InputError
from analysis.registry_csv import Row, to_csv
from analysis.registry_terms import CONSENT_ACTIONS, QUALIFIER_WORDS, REGISTRY_NAMES

TABLE = "Treaty/Participants/Table/TGroup"
PARTICIPANT = "Participant"
# Actions under the League of Nations stand apart, as prose lists ("(Nov 27th, 1937)"), not in
# the participant table; the importer reads only the table.
LEAGUE_SECTION = "Treaty/LON"
MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
ACTION_CELL = re.compile(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ?([A-Za-z]{1,3}))?")
BRACKETED = re.compile(r"\[\s*(.*?)\s*\]")
SUPERSCRIPT = re.compile(r"<superscript>[^<>]*</superscript>")
# A heading part: the kind's name, then its suffix in brackets, unless the bracket continues an
# article reference ("Notification under article 7 (1) (b)": "(b)" is a paragraph, no suffix).
# Headings reach it with whitespace collapsed to single spaces.
SUFFIXED_PART = re.compile(r"(?P<name>.*?(?<!\))(?<!\)\s))\s*\(\s*(?P<suffix>[A-Za-z]{1,3})\s*\)",
                           re.DOTALL)
DECLARATION = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
# "Status as at : 29-11-2026 05:00:56 EDT", as the Treaty Collection prints its status pages.
STATUS_DATE = re.compile(r"status\s+as\s+(?:at|of)\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})",
                         re.IGNORECASE)
# C0 controls the registry uses as punctuation; any other one becomes a space.
CONTROL_CHARACTERS = {0x1C: "\u201c", 0x1D: "\u201d", 0x18: "\u2018", 0x19: "\u2019",
                      0x13: "\u2013", 0x14: "\u2014"}
CONTROLS = {code: CONTROL_CHARACTERS.get(code, " ") for code in range(32)
            if code not in (9, 10, 13)}
# The registry's notes carry bare ampersands ("\x1c& In depositing ..."); XML needs "&amp;".
BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);)")
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "iso_8859-1", "windows-1252",
               "cp1252"}


@dataclass(frozen=True)
class Column:
    heading: str
    actions: dict[str, str]  # suffix ("" for a cell without one) -> action


@dataclass(frozen=True)
class Status:
    """What a status document says: its treaty, the date it states (if any), the as-of date
    its rows were checked against, and its rows."""

    treaty_id: str | None
    stated_date: dt.date | None
    as_of: dt.date
    rows: list[Row]


# --- reading the document --------------------------------------------------------------------


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def decode(data: bytes, source: Path | str) -> str:
    """The document's text in its declared encoding (UTF-8 when it declares none), control
    characters replaced. Bytes that do not match the declared encoding are refused."""
    match = DECLARATION.match(data)
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    if declared in SINGLE_BYTE:
        multibyte = UTF8_SEQUENCE.search(data)
        if multibyte and _is_utf8(data):
            raise InputError(source, f"declares {declared} but its bytes are UTF-8 (line "
                             f"{_line_of(data, multibyte.start())}): re-save it, or fix the "
                             "declaration")
    if declared in ("iso-8859-1", "latin-1", "latin1", "iso8859-1", "iso_8859-1"):
        text = data.decode("latin-1")  # every byte is a character
    else:
        try:
            text = data.decode(declared)
        except LookupError:
            raise InputError(source, f"declares an unknown encoding {declared!r}") from None
        except UnicodeDecodeError as error:
            raise InputError(source, f"byte 0x{data[error.start]:02x} at line "
                             f"{_line_of(data, error.start)} is not valid {declared}, the "
                             "encoding the document declares") from None
    return BARE_AMPERSAND.sub("&amp;", text.lstrip("\ufeff").translate(CONTROLS))


def load(data: bytes, source: Path | str) -> Element:
    text = decode(data, source)
    try:
        # No UN status file has a DTD; refusing any stops entity expansion and external entities.
        return ElementTree.fromstring(text, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise InputError(source, f"refused ({type(error).__name__}): a DTD can carry entity "
                                 "expansion ('billion laughs') or external entities, and UN "
                                 "Treaty Collection status files have none") from None
    except ElementTree.ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        last_line = text.count("\n") + 1
        if reason == "no element found" or (
                line >= last_line - 1 and not re.search(r"</[\w.-]+>\s*\Z", text)):
            raise InputError(source, f"the XML ends early at line {line} (truncated?)") from None
        raise InputError(source, f"not well-formed XML at line {line}, column {column + 1}: "
                                 f"{reason}") from None


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as error:
        raise InputError(path, f"cannot be read: {error.strerror}") from None


# --- the participant table -------------------------------------------------------------------


def _cell_text(source: Path | str, row: int, field: str | None, entry: Element) -> str:
    """The cell's text, footnote markers removed and whitespace collapsed."""
    pieces = [entry.text or ""]
    for child in entry:
        if child.tag != "superscript":
            raise InputError(source, f"unexpected <{child.tag}> element in a cell", row=row,
                             field=field)
        pieces.append(child.tail or "")
    text = " ".join(SUPERSCRIPT.sub("", "".join(pieces)).split())
    if "<" in text or ">" in text:
        raise InputError(source, f"unexpected markup in {text!r}", row=row, field=field)
    return text


def action_named(name: str) -> str | None:
    """The action a heading part names ("Provisional application under article 23")."""
    words = name.lower().split()
    for length in range(len(words), 0, -1):
        action = REGISTRY_NAMES.get(" ".join(words[:length]))
        if action and (length == len(words) or words[length] in QUALIFIER_WORDS):
            return action
    return None


def part_kind(part: str) -> tuple[str | None, str]:
    """The action a heading part names and its suffix ("" when it has none)."""
    match = SUFFIXED_PART.fullmatch(part)
    if match:
        return action_named(match.group("name")), match.group("suffix")
    return action_named(part), ""


def heading_parts(heading: str) -> list[str]:
    """The heading's kinds, one a part. A comma followed by a lower-case word that names no
    kind continues the previous kind's qualifier ("Provisional application by virtue of
    signature, adoption of the Agreement or accession thereto")."""
    parts: list[str] = []
    for piece in (piece.strip() for piece in heading.split(",")):
        if parts and piece[:1].islower() and part_kind(piece)[0] is None:
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return parts


def column_of(heading: str) -> Column | None:
    """How a column's cells map to actions, or None when a part of the heading is unknown.
    A column without a heading records nothing: a cell in it is refused."""
    if not heading:
        return Column(heading, {})
    actions: dict[str, str] = {}
    plain: list[str] = []
    for part in heading_parts(heading):
        action, suffix = part_kind(part)
        if action is None:
            return None
        if not suffix:
            plain.append(action)
        elif suffix in actions:
            return None
        else:
            actions[suffix] = action
    if len(plain) == 1:
        actions[""] = plain[0]
    elif plain:
        # Several kinds without a suffix ("Definitive signature of the Protocol, Acceptance of
        # the Protocol"): a cell does not say which; all are forms of consent to be bound.
        if not all(action in CONSENT_ACTIONS for action in plain):
            return None
        actions[""] = "consent_to_be_bound"
    return Column(heading, actions)


def _columns(source: Path | str, heading_row: Element) -> list[Column]:
    headings = [_cell_text(source, 1, None, entry) for entry in heading_row.findall("Entry")]
    if not headings or headings[0] != PARTICIPANT:
        raise InputError(source, f"the first column heading must be {PARTICIPANT!r}", row=1,
                         field=headings[0] if headings else PARTICIPANT)
    columns: list[Column] = []
    for heading in headings[1:]:
        column = column_of(heading)
        if column is None:
            raise InputError(source, "unknown column heading; expected kinds of action such as "
                                     "Signature, Ratification, Acceptance(A), Approval(AA), "
                                     "Accession(a), Succession(d), each suffix once",
                             row=1, field=heading)
        columns.append(column)
    if not columns:
        raise InputError(source, "no action columns after 'Participant'", row=1)
    return columns


def _action(source: Path | str, row: int, column: Column, participant: str, text: str,
            as_of: dt.date | None) -> Row:
    """The registry row for one non-empty action cell."""
    def refuse(message: str) -> InputError:
        return InputError(source, f"{text!r} ({participant}) {message}", row=row,
                          field=column.heading)

    bracketed = BRACKETED.fullmatch(text)
    match = ACTION_CELL.fullmatch(bracketed.group(1) if bracketed else text)
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
    if as_of is not None and date > as_of:
        raise refuse(f"is after the as-of date {as_of}")
    return {"participant": participant, "action": column.actions[suffix or ""],
            "action_date": date.isoformat(), "place": "",
            "date_basis": "registry_bracketed" if bracketed else "registry"}


def _participant_rows(source: Path | str, row: int, columns: list[Column],
                      cells: list[Element], as_of: dt.date | None) -> tuple[str, list[Row]]:
    if len(cells) != len(columns) + 1:
        raise InputError(source, f"has {len(cells)} cells, the heading row has "
                                 f"{len(columns) + 1}", row=row)
    participant = _cell_text(source, row, PARTICIPANT, cells[0])
    if not participant:
        raise InputError(source, "participant name is empty", row=row, field=PARTICIPANT)
    records: dict[str, Row] = {}
    for column, cell in zip(columns, cells[1:], strict=True):
        text = _cell_text(source, row, column.heading, cell)
        if not text:
            continue
        record = _action(source, row, column, participant, text, as_of)
        if record["action"] in records:
            raise InputError(source, f"{participant} has the action {record['action']!r} twice",
                             row=row, field=column.heading)
        records[record["action"]] = record
    return participant, list(records.values())


def _table_rows(source: Path | str, root: Element, as_of: dt.date | None) -> list[Row]:
    tables = root.findall("Treaty/Participants/Table")
    if len(tables) > 1:
        raise InputError(source, f"has {len(tables)} participant tables; the importer reads "
                                 "documents with one")
    group = root.find(TABLE)
    heading_row = None if group is None else group.find("Thead/Row")
    if group is None or heading_row is None:
        raise InputError(source, f"has no participant table ({TABLE}/Thead/Row); a UN Treaty "
                                 "Collection status document without one has nothing to import")
    columns = _columns(source, heading_row)
    body = group.findall("Tbody/Rows/Row")
    if not body:
        league = root.find(LEAGUE_SECTION) is not None
        raise InputError(source, f"has no participant rows under {TABLE}/Tbody/Rows"
                         + ("; its League of Nations section (Treaty/LON, actions before the "
                            "United Nations became depositary) is not read" if league else ""))
    first_row: dict[str, int] = {}
    rows: list[Row] = []
    for number, row in enumerate(body, start=2):
        participant, records = _participant_rows(source, number, columns, row.findall("Entry"),
                                                 as_of)
        if participant in first_row:
            raise InputError(source, f"{participant} is listed twice (first at row "
                                     f"{first_row[participant]})", row=number, field=PARTICIPANT)
        first_row[participant] = number
        rows.extend(records)
    return sorted(rows, key=lambda record: (record["participant"], record["action"]))


def treaty_id(root: Element) -> str | None:
    """'XVIII-16' from the document's chapter and section numbers; 'XI-A-16' when the chapter
    has sub-chapters (Treaty/Header/SubChapter/Header holds the letter)."""
    def field(path: str) -> str:  # without footnote markers ("CHAPTER VII<superscript>1<...")
        return " ".join(SUPERSCRIPT.sub("", root.findtext(f"Treaty/Header/{path}") or "").split())

    chapter = field("Chapter/Header")
    parts = (chapter.split()[-1] if chapter.upper().startswith("CHAPTER ") else "",
             field("SubChapter/Header"), field("ExternalData/Numsect"),
             field("ExternalData/Subnumsect"))
    roman, _, number, _ = parts
    return "-".join(part for part in parts if part) if roman and number else None


def stated_date(root: Element) -> dt.date | None:
    """The status date the document prints ('Status as at : 29-11-2026'), if it has one."""
    for element in root.iter():
        for text in (element.text, element.tail):
            match = STATUS_DATE.search(text or "")
            if match:
                day, month, year = (int(group) for group in match.groups())
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    return None
    return None


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def parse_status(data: bytes, source: Path | str, as_of: dt.date | None = None) -> Status:
    """Read a status document. Its as-of date is ``as_of``, else the date it states, else today
    (UTC); an action dated after it is refused."""
    root = load(data, source)
    stated = stated_date(root)
    effective = as_of or stated or today()
    return Status(treaty_id(root), stated, effective, _table_rows(source, root, effective))


def parse_status_xml(path: Path, as_of: dt.date | None = None) -> list[Row]:
    """Registry rows (one per participant per action), sorted by participant then action."""
    return parse_status(read_file(path), path, as_of).rows


# --- command line ----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> Path:
    """`python -m analysis import-untc`: convert ``args.xml``; return the CSV written."""
    from analysis import config as config_module

    status = parse_status(read_file(args.xml), args.xml, args.as_of)
    as_of = status.as_of
    output = args.output or config_module.load().snapshot_csv(as_of.isoformat())
    if output.exists() and not args.force:
        raise InputError(output, "already exists; pass --force to replace it")
    write_text(output, to_csv(status.rows))
    print(f"wrote {output} ({len(status.rows)} rows, as of {as_of})")
    return output
