"""Numbers, dates, lists and plurals as a reader expects them: "1,234", "36.8%",
"25 Oct 2025", "China, France and the United States", "1 State", "3 States".

Plain text in, plain text out: escaping for HTML or Markdown is the caller's job (see
analysis.narrative, which escapes every name it is given).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def number(value: float | None) -> str:
    """Thousands separators; a whole number without decimals, others with one."""
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def percent(share: float | None, digits: int = 1) -> str:
    """A share (0-1) as a percentage: 0.3684 -> "36.8%"."""
    return "n/a" if share is None else f"{100 * share:.{digits}f}%"


def date(value: dt.date | str | None) -> str:
    """"25 Oct 2025" from a date or an ISO date string; other text is returned as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def and_list(items: Iterable[str], *, empty: str = "none") -> str:
    """"A", "A and B", "A, B and C"; ``empty`` for no items (blank items are skipped)."""
    kept = [item for item in items if item]
    if not kept:
        return empty
    if len(kept) == 1:
        return kept[0]
    return ", ".join(kept[:-1]) + " and " + kept[-1]


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """"1 State", "2 States", "1,200 people" (``plural_form`` when not singular + "s")."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{number(count)} {word}"


def count_of(part: int, whole: int) -> str:
    """"4 of 5"."""
    return f"{number(part)} of {number(whole)}"


def ordinal(n: int) -> str:
    """"1st", "2nd", "3rd", "11th", "40th", "42nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"
