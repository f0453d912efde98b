import datetime as dt
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


# --- historic comparator treaties ------------------------------------------------------------

TREATY_HEADER = ("id,title,short_title,depositary,opened_for_signature,signing_event_place,"
                 "entry_into_force_threshold,entry_into_force_date,source,license,as_of\n")
TREATY = {"id": "untc-T-1", "opened_for_signature": dt.date(2000, 12, 12),
          "as_of": dt.date(2014, 7, 10)}
HISTORIC_HEADER = "participant,action,action_date,place,date_basis,source\n"
SIGNED = "Algeria,signature,2000-12-12,Palermo,registry,test\n"


def historic_error(path: Path, treaty: dict = TREATY) -> str:
    with pytest.raises(InputError) as caught:
        validate.historic_participants(path, treaty)
    return str(caught.value)


def test_treaty_threshold_is_read_from_its_leading_number(tmp_path):
    path = write(tmp_path, TREATY_HEADER
                 + "T-1,A treaty,T,SG,2000-12-12,Palermo,40 (not before X),2003-09-29,s,l,"
                   "2014-07-10\n"
                 + "T-2,Another,U,SG,2001-11-23,Budapest,5 (including 3 members),,none,,\n",
                 "treaties.csv")
    frame = validate.historic_treaties(path)
    assert frame["threshold_instruments"].to_list() == [40, 5]
    assert frame["as_of"].to_list() == [dt.date(2014, 7, 10), None]


def test_treaty_threshold_without_a_number_is_refused(tmp_path):
    path = write(tmp_path, TREATY_HEADER
                 + "T-1,A treaty,T,SG,2000-12-12,Palermo,forty,2003-09-29,s,l,2014-07-10\n",
                 "treaties.csv")
    with pytest.raises(InputError) as caught:
        validate.historic_treaties(path)
    assert str(caught.value).startswith(f"{path}, row 2, field 'entry_into_force_threshold': "
                                        "value 'forty' fails check str_matches")


def test_treaty_as_of_before_its_opening_is_refused(tmp_path):
    path = write(tmp_path, TREATY_HEADER
                 + "T-1,A treaty,T,SG,2000-12-12,Palermo,40,2003-09-29,s,l,1999-07-10\n",
                 "treaties.csv")
    with pytest.raises(InputError) as caught:
        validate.historic_treaties(path)
    assert str(caught.value) == (f"{path}, row 2, field 'as_of': 1999-07-10 is before the "
                                 "treaty opened for signature on 2000-12-12")


def test_historic_table_is_typed_and_tagged_with_its_treaty(tmp_path):
    path = write(tmp_path, HISTORIC_HEADER + SIGNED
                 + "Algeria,ratification,2002-10-07,,registry,test\n", "untc-T-1.csv")
    frame = validate.historic_participants(path, TREATY)
    assert frame["action_date"].to_list() == [dt.date(2000, 12, 12), dt.date(2002, 10, 7)]
    assert set(frame["treaty_id"]) == {"untc-T-1"}
    assert frame["_row"].to_list() == [2, 3]


def test_historic_signature_before_the_opening_names_row_and_field(tmp_path):
    path = write(tmp_path, HISTORIC_HEADER + SIGNED
                 + "Mali,signature,2000-12-11,Palermo,registry,test\n", "untc-T-1.csv")
    assert historic_error(path) == (f"{path}, row 3, field 'action_date': signature dated "
                                    "2000-12-11, before untc-T-1 opened for signature on "
                                    "2000-12-12")


def test_historic_action_after_the_tables_as_of_date_is_refused(tmp_path):
    path = write(tmp_path, HISTORIC_HEADER + SIGNED
                 + "Algeria,ratification,2014-07-11,,registry,test\n", "untc-T-1.csv")
    assert historic_error(path) == (f"{path}, row 3, field 'action_date': instrument dated "
                                    "2014-07-11, after the table's as-of date 2014-07-10 in "
                                    "treaties.csv")


def test_historic_instrument_before_the_same_states_signature_is_refused(tmp_path):
    path = write(tmp_path, HISTORIC_HEADER
                 + "Mali,signature,2001-03-05,New York,registry,test\n"
                 + "Mali,ratification,2001-03-04,,registry,test\n", "untc-T-1.csv")
    assert historic_error(path) == (f"{path}, row 3, field 'action_date': ratification of "
                                    "'Mali' dated 2001-03-04, before its signature of 2001-03-05")


def test_historic_accession_without_signature_is_accepted(tmp_path):
    path = write(tmp_path, HISTORIC_HEADER + SIGNED
                 + "Mali,accession,2001-01-04,,registry,test\n", "untc-T-1.csv")
    assert validate.historic_participants(path, TREATY).height == 2


def test_historic_unknown_action_and_duplicate_are_refused(tmp_path):
    unknown = write(tmp_path, HISTORIC_HEADER + SIGNED.replace("signature", "confirmation"),
                    "untc-T-1.csv")
    assert historic_error(unknown).startswith(
        f"{unknown}, row 2, field 'action': value 'confirmation' fails check isin")
    twice = write(tmp_path, HISTORIC_HEADER + SIGNED + SIGNED, "untc-T-2.csv")
    assert historic_error(twice) == (f"{twice}, row 3, field 'participant': 'Algeria' has the "
                                     "action 'signature' twice")


def test_historic_table_without_source_column_is_refused(tmp_path):
    path = write(tmp_path, HEADER + GOOD, "untc-T-1.csv")
    assert historic_error(path) == f"{path}, row 1, field 'source': required column is missing"
