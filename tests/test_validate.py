from pathlib import Path

import pytest

from analysis import validate
from analysis.errors import InputError

HEADER = "participant,action,action_date,place,date_basis\n"
GOOD = "Algeria,signature,2025-10-25,Hanoi,registry\n"


def write(tmp_path: Path, text: str | bytes, name: str = "2025-11-19.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path, snapshot_id: str = "2025-11-19") -> str:
    with pytest.raises(InputError) as caught:
        validate.registry_snapshot(path, snapshot_id)
    return str(caught.value)


def test_valid_snapshot_is_typed_and_keeps_file_rows(tmp_path):
    path = write(tmp_path, HEADER + GOOD + "Mali,signature,2025-10-26,Hanoi,registry\n")
    frame = validate.registry_snapshot(path, "2025-11-19")
    assert frame["participant"].to_list() == ["Algeria", "Mali"]
    assert [d.isoformat() for d in frame["action_date"]] == ["2025-10-25", "2025-10-26"]
    assert frame["_row"].to_list() == [2, 3]
    assert set(frame["snapshot_id"]) == {"2025-11-19"}


def test_missing_column_names_the_column(tmp_path):
    path = write(tmp_path, "participant,action,action_date,place\n"
                           "Algeria,signature,2025-10-25,Hanoi\n")
    assert error_of(path) == f"{path}, row 1, field 'date_basis': required column is missing"


def test_unknown_extra_column_is_refused(tmp_path):
    path = write(tmp_path, HEADER.strip() + ",remarks\n" + GOOD.strip() + ",x\n")
    assert error_of(path) == f"{path}, row 1, field 'remarks': unknown column"


def test_empty_file_is_refused(tmp_path):
    assert error_of(write(tmp_path, "")).endswith(": file is empty")


def test_header_only_file_is_refused(tmp_path):
    path = write(tmp_path, HEADER)
    assert error_of(path) == f"{path}, row 1: has a header but no data rows"


def test_date_that_is_not_iso_names_row_and_field(tmp_path):
    path = write(tmp_path, HEADER + GOOD + "Mali,signature,26 Oct 2025,Hanoi,registry\n")
    message = error_of(path)
    assert message.startswith(f"{path}, row 3, field 'action_date': value '26 Oct 2025'")


def test_impossible_calendar_date_is_refused(tmp_path):
    path = write(tmp_path, HEADER + "Mali,signature,2025-02-30,Hanoi,registry\n")
    assert error_of(path) == (f"{path}, row 2, field 'action_date': '2025-02-30' is not an "
                              "ISO date YYYY-MM-DD")


def test_date_after_the_snapshot_as_of_date_is_refused(tmp_path):
    path = write(tmp_path, HEADER + GOOD + "Mauritius,signature,2025-11-20,New York,registry\n")
    assert error_of(path) == (f"{path}, row 3, field 'action_date': 2025-11-20 is after the "
                              "snapshot's as-of date 2025-11-19")


def test_unknown_action_is_refused(tmp_path):
    path = write(tmp_path, HEADER + "Algeria,signing,2025-10-25,Hanoi,registry\n")
    message = error_of(path)
    assert message.startswith(f"{path}, row 2, field 'action': value 'signing' fails check isin")


def test_duplicate_participant_and_action_names_the_second_row(tmp_path):
    path = write(tmp_path, HEADER + GOOD + GOOD)
    assert error_of(path) == (f"{path}, row 3, field 'participant': 'Algeria' has the action "
                              "'signature' twice")


def test_same_participant_with_two_actions_is_accepted(tmp_path):
    path = write(tmp_path, HEADER + GOOD + "Algeria,ratification,2025-11-01,,registry\n")
    assert validate.registry_snapshot(path, "2025-11-19").height == 2


def test_bytes_that_are_not_utf8_name_their_row(tmp_path):
    latin1 = "Côte d'Ivoire,signature,2025-10-25,Hanoi,registry\n".encode("latin-1")
    path = write(tmp_path, (HEADER + GOOD).encode() + latin1)
    assert error_of(path) == f"{path}, row 3: not valid UTF-8 (byte 0xf4)"


def test_utf8_bom_and_crlf_line_endings_are_accepted(tmp_path):
    text = (HEADER + GOOD + "Côte d'Ivoire,signature,2025-10-25,Hanoi,registry\n")
    path = write(tmp_path, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    frame = validate.registry_snapshot(path, "2025-11-19")
    assert frame["participant"].to_list() == ["Algeria", "Côte d'Ivoire"]
    assert frame["date_basis"].to_list() == ["registry", "registry"]


def test_row_with_too_many_fields_is_refused(tmp_path):
    path = write(tmp_path, HEADER + GOOD + "Mali,signature,2025-10-26,Hanoi,registry,extra\n")
    assert error_of(path) == f"{path}, row 3: has 6 fields, the header has 5"


def test_namibia_iso2_code_na_is_not_read_as_missing(tmp_path):
    codes = validate.country_codes(Path("data/raw/reference/country-codes.csv"))
    assert codes.filter(codes["iso3"] == "NAM")["iso2"].to_list() == ["NA"]


def test_alias_mapping_two_names_to_one_code_is_refused_unless_allowed(tmp_path):
    header = "participant,iso3,entity_kind,allow_shared_iso3,note\n"
    rows = ("Czech Republic,CZE,state,no,old name\n"
            "Czechoslovakia,CZE,state,no,wrong\n")
    path = write(tmp_path, header + rows, "aliases.csv")
    with pytest.raises(InputError) as caught:
        validate.participant_aliases(path)
    assert str(caught.value) == (f"{path}, row 3, field 'iso3': CZE is mapped from more than "
                                 "one name; set allow_shared_iso3 = yes on each row if that "
                                 "is intended")
    allowed = write(tmp_path, header + rows.replace(",no,", ",yes,"), "aliases-ok.csv")
    assert validate.participant_aliases(allowed).height == 2


def test_alias_for_a_state_without_code_is_refused(tmp_path):
    header = "participant,iso3,entity_kind,allow_shared_iso3,note\n"
    path = write(tmp_path, header + "Atlantis,,state,no,legend\n", "aliases.csv")
    with pytest.raises(InputError, match=r"row 2, field 'iso3': a state needs an ISO3 code"):
        validate.participant_aliases(path)


def test_population_rows_are_typed(tmp_path):
    path = write(tmp_path, "Country Name,Country Code,Year,Value\nNamibia,NAM,2024,3030131\n",
                 "population.csv")
    frame = validate.population(path)
    assert frame.row(0, named=True) == {"iso3": "NAM", "name": "Namibia", "year": 2024,
                                        "population": 3030131}
