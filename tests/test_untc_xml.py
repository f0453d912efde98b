"""The UN Treaty Collection status XML importer (`python -m analysis import-untc`)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from analysis import untc_xml, validate
from analysis.__main__ import main
from analysis.errors import InputError
from analysis.registry_csv import to_csv

FIXTURES = Path(__file__).parent / "fixtures" / "untc_xml"
REPO = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 6, 30)
CONSENT = "Ratification, Acceptance(A), Approval(AA), Accession(a)"


def parse(name: str, as_of: dt.date = AS_OF) -> list[dict[str, str]]:
    return untc_xml.parse_status_xml(FIXTURES / name, as_of)


def refusal(name: str, as_of: dt.date = AS_OF) -> str:
    with pytest.raises(InputError) as caught:
        parse(name, as_of)
    return str(caught.value)


def actions(rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    return {(row["participant"], row["action"]): row["action_date"] for row in rows}


def test_signature_and_ratification_columns_become_registry_rows() -> None:
    rows = parse("status.xml")
    assert rows[0] == {"participant": "Algeria", "action": "signature",
                       "action_date": "2025-10-25", "place": "", "date_basis": "registry"}
    assert actions(rows)[("Viet Nam", "ratification")] == "2026-01-20"
    assert len(rows) == 12


def test_every_suffix_maps_to_its_action() -> None:
    found = actions(parse("status.xml"))
    assert found[("Côte d'Ivoire", "ratification")] == "2026-03-12"
    assert found[("Netherlands (Kingdom of the)", "acceptance")] == "2026-04-10"
    assert found[("European Union", "approval")] == "2026-02-03"
    assert found[("Tuvalu", "accession")] == "2026-06-01"
    assert found[("Montenegro", "succession")] == "2026-05-05"


def test_succession_suffix_in_signature_column_means_succession_to_signature() -> None:
    assert actions(parse("signature_succession.xml")) == {
        ("Ruritania", "succession_to_signature"): "2025-10-25",
        ("Ruritania", "ratification"): "2026-03-02"}


def test_footnote_markers_are_stripped_from_names() -> None:
    names = {row["participant"] for row in parse("status.xml")}
    assert {"European Union", "Netherlands (Kingdom of the)"} <= names
    assert not any("superscript" in name or name[-1].isdigit() for name in names)


def test_superscript_elements_are_stripped_from_names() -> None:
    assert [row["participant"] for row in parse("superscript_element.xml")] == ["Sweden"]


def test_whitespace_in_names_and_dates_is_normalised() -> None:
    found = actions(parse("status.xml"))
    assert found[("United Kingdom of Great Britain and Northern Ireland", "signature")] == (
        "2025-10-25")


def test_latin1_encoded_file_is_decoded() -> None:
    assert b"C\xf4te" in (FIXTURES / "status.xml").read_bytes()
    assert "Côte d'Ivoire" in {row["participant"] for row in parse("status.xml")}


def test_empty_cell_gives_no_row() -> None:
    rows = parse("status.xml")
    assert [row["action"] for row in rows if row["participant"] == "Algeria"] == ["signature"]
    assert [row["action"] for row in rows if row["participant"] == "Tuvalu"] == ["accession"]


def test_rows_are_sorted_by_participant_then_action() -> None:
    rows = parse("status.xml")
    keys = [(row["participant"], row["action"]) for row in rows]
    assert keys == sorted(keys)
    assert keys[1:3] == [("Côte d'Ivoire", "ratification"), ("Côte d'Ivoire", "signature")]


def test_unexpected_column_heading_is_refused() -> None:
    message = refusal("unknown_heading.xml")
    assert message.startswith(f"{FIXTURES / 'unknown_heading.xml'}, row 1, field "
                              "'Ratification, Acceptance(A), Joining by telegram(t)': ")
    assert "unknown column heading" in message


def test_first_column_must_be_participant() -> None:
    assert refusal("participant_not_first.xml") == (
        f"{FIXTURES / 'participant_not_first.xml'}, row 1, field 'Signature': "
        "the first column heading must be 'Participant'")


def test_unparseable_date_names_participant_row_and_column() -> None:
    assert refusal("bad_date.xml") == (
        f"{FIXTURES / 'bad_date.xml'}, row 3, field 'Signature': '25 October 2025' (Angola) "
        "is not a date like '25 Oct 2025'")


def test_impossible_calendar_date_is_refused() -> None:
    assert refusal("impossible_date.xml") == (
        f"{FIXTURES / 'impossible_date.xml'}, row 2, field '{CONSENT}': "
        "'30 Feb 2026' (Algeria) is not a calendar date")


def test_suffix_not_listed_in_heading_is_refused() -> None:
    assert refusal("undeclared_suffix.xml") == (
        f"{FIXTURES / 'undeclared_suffix.xml'}, row 3, field '{CONSENT}': '5 May 2026 d' "
        "(Ruritania) has a suffix 'd' that this column's heading does not list")


def test_date_after_as_of_is_refused() -> None:
    message = refusal("status.xml", dt.date(2026, 5, 31))
    assert message == (
        f"{FIXTURES / 'status.xml'}, row 7, field '{CONSENT}, Succession(d)': "
        "'1 Jun 2026 a' (Tuvalu) is after the as-of date 2026-05-31")


def test_row_with_wrong_cell_count_is_refused() -> None:
    assert refusal("wrong_cell_count.xml") == (
        f"{FIXTURES / 'wrong_cell_count.xml'}, row 3: has 2 cells, the heading row has 3")


def test_participant_listed_twice_is_refused() -> None:
    assert refusal("duplicate_participant.xml") == (
        f"{FIXTURES / 'duplicate_participant.xml'}, row 4, field 'Participant': "
        "Algeria is listed twice (first at row 2)")


def test_markup_left_in_a_cell_is_refused() -> None:
    assert refusal("markup_in_name.xml") == (
        f"{FIXTURES / 'markup_in_name.xml'}, row 2, field 'Participant': "
        "unexpected markup in '<i>Sweden</i>'")


def test_billion_laughs_document_is_refused() -> None:
    message = refusal("billion_laughs.xml")
    assert message.startswith(f"{FIXTURES / 'billion_laughs.xml'}: refused (DTDForbidden)")
    assert "billion laughs" in message


def test_external_entity_document_is_refused() -> None:
    message = refusal("external_entity.xml")
    assert message.startswith(f"{FIXTURES / 'external_entity.xml'}: refused (DTDForbidden)")
    assert "root:" not in message


def test_malformed_xml_is_refused_with_its_line() -> None:
    assert refusal("malformed.xml") == (
        f"{FIXTURES / 'malformed.xml'}: not well-formed XML at line 24, column 36: "
        "mismatched tag")


def test_file_without_participants_table_is_refused() -> None:
    assert refusal("header_only.xml") == (
        f"{FIXTURES / 'header_only.xml'}: has no participant table "
        "(Treaty/Participants/Table/TGroup/Thead/Row); a UN Treaty Collection status document "
        "without one has nothing to import")


def test_missing_file_is_refused() -> None:
    assert refusal("absent.xml") == f"{FIXTURES / 'absent.xml'}: file not found"


def test_csv_has_header_and_unix_line_endings() -> None:
    text = to_csv(parse("signature_succession.xml"))
    assert text == ("participant,action,action_date,place,date_basis\n"
                    "Ruritania,ratification,2026-03-02,,registry\n"
                    "Ruritania,succession_to_signature,2025-10-25,,registry\n")


def test_output_is_accepted_by_registry_validator(tmp_path: Path) -> None:
    path = tmp_path / "2026-06-30.csv"
    path.write_text(to_csv(parse("status.xml")), encoding="utf-8", newline="")
    frame = validate.registry_snapshot(path, "2026-06-30")
    assert frame.height == 12
    assert set(frame["action"]) == {"signature", "ratification", "acceptance", "approval",
                                    "accession", "succession"}


def test_main_writes_csv_and_reports_path_and_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out" / "snapshot.csv"
    code = main(["import-untc", str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 0
    assert capsys.readouterr().out == f"wrote {output} (12 rows, as of 2026-06-30)\n"
    assert output.read_bytes() == to_csv(parse("status.xml")).encode("utf-8")


def test_main_default_output_is_the_snapshot_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(REPO / "params.yaml", tmp_path / "params.yaml")
    monkeypatch.setenv("HANOI_ROOT", str(tmp_path))
    assert main(["import-untc", str(FIXTURES / "status.xml"), "--as-of", "2026-06-30"]) == 0
    assert (tmp_path / "data/raw/untc/XVIII-16/2026-06-30.csv").is_file()


def test_main_refuses_to_overwrite_an_existing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "snapshot.csv"
    output.write_text("keep me\n", encoding="utf-8")
    code = main(["import-untc", str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {output}: already exists; pass --force to replace it\n")
    assert output.read_text(encoding="utf-8") == "keep me\n"


def test_main_replaces_an_existing_file_with_force(tmp_path: Path) -> None:
    output = tmp_path / "snapshot.csv"
    output.write_text("old\n", encoding="utf-8")
    code = main(["import-untc", str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output), "--force"])
    assert code == 0
    assert output.read_text(encoding="utf-8").startswith("participant,action,")


def test_main_prints_bad_input_as_one_line_and_returns_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "snapshot.csv"
    code = main(["import-untc", str(FIXTURES / "billion_laughs.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("error: ")
    assert "billion_laughs.xml: refused" in captured.err
    assert not output.exists()


# --- real registry documents -----------------------------------------------------------------

REAL = FIXTURES / "real"
REAL_DOCUMENTS = sorted(REAL.glob("*.xml"))
WITHOUT_TABLE = {"I-3.en.xml", "VI-19.en.xml"}
DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}")


def dated_cells(path: Path) -> Counter[tuple[str, str]]:
    """(participant, ISO date) of every dated cell, read from the raw bytes with regular
    expressions only: an independent count of what the importer must turn into rows."""
    text = path.read_bytes().decode("latin-1")
    body = text[text.index("<Tbody>"):text.index("</Tbody>")]
    cells: Counter[tuple[str, str]] = Counter()
    for row in re.findall(r"<Row>(.*?)</Row>", body, re.S):
        entries = re.findall(r"<Entry>(.*?)</Entry>|<Entry />", row, re.S)
        name = " ".join(re.sub(r"&lt;superscript&gt;.*?&lt;/superscript&gt;", "",
                               entries[0]).split())
        for entry in entries[1:]:
            found = DATE.search(entry)
            if found:
                date = dt.datetime.strptime(found.group(), "%d %b %Y").date()
                cells[(name.replace("&amp;", "&"), date.isoformat())] += 1
    return cells


def test_the_sample_holds_24_documents() -> None:
    assert len(REAL_DOCUMENTS) == 24


@pytest.mark.parametrize("path", [p for p in REAL_DOCUMENTS if p.name not in WITHOUT_TABLE],
                         ids=lambda p: p.name)
def test_every_dated_cell_of_a_real_document_becomes_one_row(path: Path) -> None:
    rows = untc_xml.parse_status_xml(path)
    expected = dated_cells(path)
    assert sum(expected.values()) > 0
    assert len(rows) == sum(expected.values())
    assert Counter((row["participant"], row["action_date"]) for row in rows) == expected


@pytest.mark.parametrize("name", sorted(WITHOUT_TABLE))
def test_real_document_without_participant_table_is_refused(name: str) -> None:
    with pytest.raises(InputError) as caught:
        untc_xml.parse_status_xml(REAL / name)
    assert str(caught.value).startswith(f"{REAL / name}: has no participant table")


def test_real_documents_convert_to_csv_the_validator_accepts(tmp_path: Path) -> None:
    for path in REAL_DOCUMENTS:
        if path.name in WITHOUT_TABLE:
            continue
        target = tmp_path / "2018-01-15.csv"
        target.write_text(to_csv(untc_xml.parse_status_xml(path)), encoding="utf-8")
        assert validate.registry_snapshot(target, "2018-01-15").height > 0


def real_actions(name: str) -> dict[tuple[str, str], str]:
    return actions(untc_xml.parse_status_xml(REAL / name))


def test_real_headings_map_each_suffix_to_its_kind() -> None:
    paris = real_actions("XXVII-7-d.en.xml")
    assert paris[("Afghanistan", "signature")] == "2016-04-22"
    assert paris[("European Union", "ratification")] == "2016-10-05"  # no suffix in this copy
    arms = real_actions("XXVI-8.en.xml")
    assert arms[("Denmark", "provisional_application")] == "2014-04-02"
    assert ("Albania", "provisional_application") not in arms
    opium = real_actions("VI-1.en.xml")
    assert opium[("Afghanistan", "definitive_signature")] == "1946-12-11"
    assert opium[("Australia", "acceptance")] == "1947-08-28"
    assert real_actions("III-12.en.xml")[("Montenegro",
                                          "succession_to_signature")] == "2006-10-23"
    assert real_actions("III-2-1.en.xml")[("Albania", "application")] == "2007-10-04"


def test_several_kinds_without_suffix_mean_consent_in_an_unstated_form() -> None:
    found = real_actions("VI-3.en.xml")
    assert found[("France", "consent_to_be_bound")] == "1947-10-10"
    assert found[("Cambodia", "notification")] == "1951-10-03"


def test_bracketed_dates_are_kept_and_marked() -> None:
    rows = untc_xml.parse_status_xml(REAL / "XIX-37.en.xml")
    bracketed = [row for row in rows if row["date_basis"] == "registry_bracketed"]
    assert len(bracketed) == 11
    assert all(row["action_date"] for row in bracketed)


def test_participant_heading_with_a_footnote_marker_is_accepted() -> None:
    assert real_actions("IV-1.en.xml")


def test_footnote_markers_are_removed_from_real_names() -> None:
    names = {row["participant"] for row in untc_xml.parse_status_xml(REAL / "IV-1.en.xml")}
    assert "Germany" in names and "Viet Nam" in names
    assert not any("superscript" in name for name in names)


def test_treaty_id_is_read_from_chapter_and_section() -> None:
    assert untc_xml.parse_status((REAL / "XVIII-12-a.en.xml").read_bytes(), "x",
                                 dt.date(2018, 1, 15)).treaty_id == "XVIII-12-a"
    assert untc_xml.parse_status((REAL / "XXVI-8.en.xml").read_bytes(), "x",
                                 dt.date(2018, 1, 15)).treaty_id == "XXVI-8"


# --- encodings, control characters, headings -------------------------------------------------


def document(body: str, declaration: str = '<?xml version="1.0" encoding="iso-8859-1"?>\n',
             heading: str = "Signature") -> str:
    return (f"{declaration}<!-- made-up test document -->\n<Document><Treaty><Participants>"
            "<Table><TGroup><Thead><Row><Entry>Participant</Entry>"
            f"<Entry>{heading}</Entry></Row></Thead><Tbody><Rows>{body}</Rows></Tbody>"
            "</TGroup></Table></Participants></Treaty></Document>\n")


ROW = "<Row><Entry>C\u00f4te d'Ivoire</Entry><Entry>25 Oct 2025</Entry></Row>"


def parse_bytes(data: bytes) -> list[dict[str, str]]:
    return untc_xml.parse_status(data, "doc.xml", AS_OF).rows


def test_control_characters_and_bare_ampersands_in_notes_are_accepted() -> None:
    text = document(ROW).replace("</Treaty>", "<EndNotes><text>\x1cA & B\x1d \x02</text>"
                                              "</EndNotes></Treaty>")
    assert parse_bytes(text.encode("latin-1"))[0]["participant"] == "C\u00f4te d'Ivoire"


def test_utf8_bytes_under_a_latin1_declaration_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(document(ROW).encode("utf-8"))
    assert str(caught.value).startswith("doc.xml: declares iso-8859-1 but its bytes are UTF-8")


def test_bytes_that_are_not_the_declared_utf8_are_refused() -> None:
    data = document(ROW, '<?xml version="1.0" encoding="utf-8"?>\n').encode("latin-1")
    with pytest.raises(InputError) as caught:
        parse_bytes(data)
    assert str(caught.value) == ("doc.xml: byte 0xf4 at line 3 is not valid utf-8, the "
                                 "encoding the document declares")


def test_a_document_cut_short_is_refused_as_truncated() -> None:
    data = document(ROW).encode("latin-1")
    with pytest.raises(InputError) as caught:
        parse_bytes(data[: len(data) // 2])
    assert "ends early" in str(caught.value) and "truncated" in str(caught.value)


def test_unknown_heading_refusal_names_the_heading() -> None:
    data = document(ROW, heading="Signature, Joining by telegram(t)").encode("latin-1")
    with pytest.raises(InputError) as caught:
        parse_bytes(data)
    assert str(caught.value).startswith(
        "doc.xml, row 1, field 'Signature, Joining by telegram(t)': unknown column heading")


@pytest.mark.parametrize(("heading", "expected"), [
    ("Ratification, Accession(a), Succession(d)",
     {"": "ratification", "a": "accession", "d": "succession"}),
    ("Provisional application under article 23(n)", {"n": "provisional_application"}),
    ("Formal confirmation(c)", {"c": "formal_confirmation"}),
    ("Definitive signature(s), Acceptance(A)", {"s": "definitive_signature", "A": "acceptance"}),
    ("Notification of succession(d)", {"d": "succession"}),
    ("Signature, Succession to signature(d)", {"": "signature", "d": "succession_to_signature"}),
])
def test_heading_kinds(heading: str, expected: dict[str, str]) -> None:
    column = untc_xml.column_of(heading)
    assert column is not None and column.actions == expected


@pytest.mark.parametrize("heading", ["Ratification and accession", "Signature(a), Accession(a)",
                                     "Signature, Provisional application"])
def test_headings_that_cannot_be_mapped(heading: str) -> None:
    assert untc_xml.column_of(heading) is None


def test_a_status_date_the_document_states_is_read() -> None:
    text = document(ROW).replace("<Treaty>", "<Treaty><Header><Status>Status as at : "
                                             "29-11-2026 05:00:56 EST</Status></Header>")
    status = untc_xml.parse_status(text.encode("latin-1"), "doc.xml")
    assert status.stated_date == dt.date(2026, 11, 29)
    assert status.as_of == dt.date(2026, 11, 29)


def test_without_a_stated_date_the_as_of_is_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(untc_xml, "today", lambda: dt.date(2026, 1, 2))
    status = untc_xml.parse_status(document(ROW).encode("latin-1"), "doc.xml")
    assert (status.stated_date, status.as_of) == (None, dt.date(2026, 1, 2))


def test_command_help_works() -> None:
    result = subprocess.run([sys.executable, "-m", "analysis", "import-untc", "--help"],
                            capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 0
    assert "--as-of" in result.stdout


def test_command_does_not_import_dataframe_libraries() -> None:
    code = ("import sys; from analysis.__main__ import main; "
            f"main(['import-untc', {str(FIXTURES / 'status.xml')!r}, '--as-of', '2026-06-30', "
            "'--output', sys.argv[1]]); "
            "print(sorted(m for m in ('pandas', 'polars', 'pandera', 'httpx') "
            "if m in sys.modules))")
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([sys.executable, "-c", code, str(Path(folder) / "out.csv")],
                                capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_column_without_heading_and_without_dates_is_accepted() -> None:
    text = document("<Row><Entry>Peru</Entry><Entry>25 Oct 2025</Entry><Entry /></Row>",
                    heading="Signature</Entry><Entry>")
    assert parse_bytes(text.encode("latin-1")) == [
        {"participant": "Peru", "action": "signature", "action_date": "2025-10-25",
         "place": "", "date_basis": "registry"}]


def test_a_date_in_a_column_without_heading_is_refused() -> None:
    text = document("<Row><Entry>Peru</Entry><Entry /><Entry>25 Oct 2025</Entry></Row>",
                    heading="Signature</Entry><Entry>")
    with pytest.raises(InputError, match="row 2, field '': '25 Oct 2025' \\(Peru\\) has a "
                                         "suffix '\\(none\\)'"):
        parse_bytes(text.encode("latin-1"))


def test_two_participant_tables_are_refused_rather_than_half_read() -> None:
    text = document(ROW)
    table = text[text.index("<Table>"):text.index("</Participants>")]
    with pytest.raises(InputError, match="has 2 participant tables"):
        parse_bytes(text.replace(table, table * 2).encode("latin-1"))


def test_a_byte_windows_1252_does_not_define_is_refused() -> None:
    data = document(ROW, '<?xml version="1.0" encoding="windows-1252"?>\n').encode("latin-1")
    assert parse_bytes(data)[0]["participant"] == "C\u00f4te d'Ivoire"
    with pytest.raises(InputError, match="byte 0x81 at line 3 is not valid windows-1252"):
        parse_bytes(data.replace(b"C\xf4te", b"C\x81te"))


def test_a_suffix_written_without_a_space_is_read() -> None:
    text = document("<Row><Entry>Peru</Entry><Entry>3 Mar 2026a</Entry></Row>",
                    heading="Ratification, Accession(a)")
    assert parse_bytes(text.encode("latin-1"))[0]["action"] == "accession"


# --- forms seen in registry documents beyond the 24 real ones (made-up fixtures) -------------


def test_a_heading_part_continued_after_a_comma_belongs_to_the_previous_kind() -> None:
    column = untc_xml.column_of("Provisional application by virtue of signature, adoption of the "
                                "Agreement or accession thereto, Provisional application by "
                                "virtue of a notification (n)")
    assert column is not None
    assert column.actions == {"": "provisional_application", "n": "provisional_application"}


def test_a_kind_written_in_lower_case_after_a_comma_is_still_a_kind() -> None:
    column = untc_xml.column_of("Ratification, accession(a)")
    assert column is not None and column.actions == {"": "ratification", "a": "accession"}


def test_a_bracket_ending_an_article_reference_is_not_a_suffix() -> None:
    column = untc_xml.column_of("Notification of non-provisional application under article "
                                "4 (2) (c)")
    assert column is not None and column.actions == {"": "notification"}


def test_a_table_with_provisional_application_and_seven_kinds_of_consent() -> None:
    found = actions(parse("provisional_columns.xml"))
    assert found[("Borduria", "provisional_application")] == "2020-02-03"
    assert found[("Borduria", "simplified_procedure")] == "2021-09-09"
    assert found[("Freedonia", "provisional_application")] == "2020-03-12"
    assert found[("Freedonia", "notification")] == "2020-03-01"
    assert found[("Freedonia", "consent_to_be_bound")] == "2022-04-14"
    assert found[("Syldavia", "ratification")] == "2023-05-05"
    assert found[("Union of Invented States", "formal_confirmation")] == "2023-06-06"
    assert len(found) == sum(dated_cells(FIXTURES / "provisional_columns.xml").values())


def test_a_footnote_marker_in_the_chapter_heading_is_not_part_of_the_treaty_id() -> None:
    data = (FIXTURES / "provisional_columns.xml").read_bytes()
    assert untc_xml.parse_status(data, "x", AS_OF).treaty_id == "XXI-9-b"


def test_definitive_acceptance_and_a_suffix_only_provisional_column() -> None:
    rows = parse("commodity_group.xml")
    assert actions(rows) == {("Genovia", "acceptance"): "2011-07-02",
                             ("Ruritania", "provisional_application"): "2011-12-10",
                             ("Ruritania", "acceptance"): "2012-09-01"}
    assert [row["date_basis"] for row in rows if row["participant"] == "Ruritania"] == [
        "registry_bracketed", "registry_bracketed"]


def test_an_extension_column_beside_a_suffix_only_accession_column() -> None:
    assert actions(parse("extension_column.xml")) == {
        ("Genovia", "accession"): "1951-01-08", ("Syldavia", "accession"): "1960-11-17",
        ("Syldavia", "extension"): "1972-04-04"}


def test_new_kinds_are_accepted_by_the_validator(tmp_path: Path) -> None:
    rows = [*parse("provisional_columns.xml"), *parse("extension_column.xml")]
    target = tmp_path / "2026-06-30.csv"
    target.write_text(to_csv(sorted(rows, key=lambda r: (r["participant"], r["action"]))),
                      encoding="utf-8")
    assert validate.registry_snapshot(target, "2026-06-30").height == len(rows)


def test_a_table_without_rows_beside_a_league_section_is_refused_in_one_line() -> None:
    message = refusal("league_section_only.xml")
    assert message.startswith(f"{FIXTURES / 'league_section_only.xml'}: has no participant rows")
    assert "League of Nations section (Treaty/LON" in message and "\n" not in message


def test_the_treaty_id_of_a_sub_chapter_document_holds_its_letter() -> None:
    status = untc_xml.parse_status((FIXTURES / "subchapter.xml").read_bytes(), "x", AS_OF)
    assert status.treaty_id == "XI-B-40"
    assert actions(status.rows) == {("Genovia", "definitive_signature"): "1976-12-30"}
