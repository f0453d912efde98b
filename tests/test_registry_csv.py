"""The raw registry CSV written and read without dataframes (analysis.registry_csv)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.errors import InputError
from analysis.registry_csv import parse_csv, to_csv

HEADER = b"participant,action,action_date,place,date_basis\n"


def error_of(data: bytes, as_of: dt.date | None = None) -> str:
    with pytest.raises(InputError) as caught:
        parse_csv(data, "s.csv", as_of)
    return str(caught.value)


def test_rows_round_trip_sorted() -> None:
    data = (HEADER + b"Peru,signature,2025-10-25,Hanoi,registry\n"
            b"Chile,accession,2026-01-02,,registry\n")
    rows = parse_csv(data, "s.csv")
    assert [row["participant"] for row in rows] == ["Chile", "Peru"]
    assert parse_csv(to_csv(rows).encode(), "s.csv") == rows


def test_every_kind_of_the_vocabulary_is_accepted() -> None:
    data = HEADER + b"Peru,provisional_application,2025-10-25,,registry_bracketed\n"
    assert parse_csv(data, "s.csv")[0]["action"] == "provisional_application"


def test_an_unknown_action_names_row_and_field() -> None:
    assert error_of(HEADER + b"Peru,signing,2025-10-25,,registry\n").startswith(
        "s.csv, row 2, field 'action': 'signing' is not one of signature, ")


def test_a_date_after_the_as_of_is_refused() -> None:
    assert error_of(HEADER + b"Peru,signature,2025-10-27,,registry\n", dt.date(2025, 10, 26)) \
        == "s.csv, row 2, field 'action_date': 2025-10-27 is after the as-of date 2025-10-26"


def test_a_wrong_header_is_refused() -> None:
    assert error_of(b"name,action\nPeru,signature\n") == (
        "s.csv, row 1: the header must be participant,action,action_date,place,date_basis")


def test_a_duplicate_action_is_refused() -> None:
    row = b"Peru,signature,2025-10-25,,registry\n"
    assert error_of(HEADER + row + row) == (
        "s.csv, row 3, field 'participant': 'Peru' has the action 'signature' twice")
