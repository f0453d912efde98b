import datetime as dt

from analysis import formats


def test_numbers_get_thousands_separators_and_one_decimal_when_not_whole():
    assert formats.number(1234567) == "1,234,567"
    assert formats.number(12.0) == "12"
    assert formats.number(101.5) == "101.5"
    assert formats.number(None) == ""


def test_shares_read_as_percentages():
    assert formats.percent(71 / 193) == "36.8%"
    assert formats.percent(0.5, 0) == "50%"
    assert formats.percent(None) == "n/a"


def test_dates_read_day_month_year():
    assert formats.date(dt.date(2025, 10, 25)) == "25 Oct 2025"
    assert formats.date("2026-03-02") == "2 Mar 2026"
    assert formats.date("not a date") == "not a date"


def test_lists_use_commas_and_and():
    assert formats.and_list([]) == "none"
    assert formats.and_list(["A"]) == "A"
    assert formats.and_list(["A", "B"]) == "A and B"
    assert formats.and_list(["A", "", "B", "C"]) == "A, B and C"


def test_plurals_and_ordinals():
    assert formats.plural(1, "State") == "1 State"
    assert formats.plural(2, "State") == "2 States"
    assert formats.plural(1200, "person", "people") == "1,200 people"
    assert [formats.ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 40, 42, 103)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "40th", "42nd", "103rd"]
