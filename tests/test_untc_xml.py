"""The UN Treaty Collection status XML importer (`python -m analysis import-untc`)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from analysis import untc_xml, validate
from analysis.errors import InputError

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


def test_succession_suffix_in_signature_column_means_succession() -> None:
    assert actions(parse("signature_succession.xml")) == {
        ("Ruritania", "succession"): "2025-10-25", ("Ruritania", "ratification"): "2026-03-02"}


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
                              "'Ratification, Acceptance(A), Formal confirmation(c)': ")
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
        "'1 Jun 2026 a' (Tuvalu) is after the --as-of date 2026-05-31")


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
        f"{FIXTURES / 'header_only.xml'}: has no Treaty/Participants/Table/TGroup/Thead/Row: "
        "not a UN Treaty Collection status file")


def test_missing_file_is_refused() -> None:
    assert refusal("absent.xml") == f"{FIXTURES / 'absent.xml'}: file not found"


def test_csv_has_header_and_unix_line_endings() -> None:
    text = untc_xml.to_csv(parse("signature_succession.xml"))
    assert text == ("participant,action,action_date,place,date_basis\n"
                    "Ruritania,ratification,2026-03-02,,registry\n"
                    "Ruritania,succession,2025-10-25,,registry\n")


def test_output_is_accepted_by_registry_validator(tmp_path: Path) -> None:
    path = tmp_path / "2026-06-30.csv"
    path.write_text(untc_xml.to_csv(parse("status.xml")), encoding="utf-8", newline="")
    frame = validate.registry_snapshot(path, "2026-06-30")
    assert frame.height == 12
    assert set(frame["action"]) == {"signature", "ratification", "acceptance", "approval",
                                    "accession", "succession"}


def test_main_writes_csv_and_reports_path_and_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out" / "snapshot.csv"
    code = untc_xml.main([str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 0
    assert capsys.readouterr().out == f"wrote {output} (12 rows)\n"
    assert output.read_bytes() == untc_xml.to_csv(parse("status.xml")).encode("utf-8")


def test_main_default_output_is_the_snapshot_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(REPO / "params.yaml", tmp_path / "params.yaml")
    monkeypatch.setenv("HANOI_ROOT", str(tmp_path))
    assert untc_xml.main([str(FIXTURES / "status.xml"), "--as-of", "2026-06-30"]) == 0
    assert (tmp_path / "data/raw/untc/XVIII-16/2026-06-30.csv").is_file()


def test_main_refuses_to_overwrite_an_existing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "snapshot.csv"
    output.write_text("keep me\n", encoding="utf-8")
    code = untc_xml.main([str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {output}: already exists; pass --force to replace it\n")
    assert output.read_text(encoding="utf-8") == "keep me\n"


def test_main_replaces_an_existing_file_with_force(tmp_path: Path) -> None:
    output = tmp_path / "snapshot.csv"
    output.write_text("old\n", encoding="utf-8")
    code = untc_xml.main([str(FIXTURES / "status.xml"), "--as-of", "2026-06-30",
                          "--output", str(output), "--force"])
    assert code == 0
    assert output.read_text(encoding="utf-8").startswith("participant,action,")


def test_main_prints_bad_input_as_one_line_and_returns_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "snapshot.csv"
    code = untc_xml.main([str(FIXTURES / "billion_laughs.xml"), "--as-of", "2026-06-30",
                          "--output", str(output)])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"error: {FIXTURES / 'billion_laughs.xml'}: refused")
    assert not output.exists()
