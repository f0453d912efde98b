"""Inserting a snapshot id into params.yaml as text (analysis.params_edit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.params_edit import with_snapshot

REPO = Path(__file__).resolve().parents[1]
PATH = Path("params.yaml")
TEXT = """# a comment that must stay
treaty:
  id: XVIII-16   # trailing comment
snapshots:
  # oldest first
  - "2025-10-26"
  - "2025-11-19"   # Mauritius

claims:
  about_tolerance: 0.05
"""


def test_a_later_id_goes_after_the_last_item_and_nothing_else_changes() -> None:
    assert with_snapshot(TEXT, "2026-06-30", PATH) == TEXT.replace(
        '  - "2025-11-19"   # Mauritius\n', '  - "2025-11-19"   # Mauritius\n  - "2026-06-30"\n')


def test_an_earlier_id_goes_before_the_first_later_item() -> None:
    assert with_snapshot(TEXT, "2025-11-01", PATH) == TEXT.replace(
        '  - "2025-11-19"', '  - "2025-11-01"\n  - "2025-11-19"')
    assert with_snapshot(TEXT, "2025-01-01", PATH) == TEXT.replace(
        '  - "2025-10-26"', '  - "2025-01-01"\n  - "2025-10-26"')


def test_the_repository_params_keep_every_comment() -> None:
    text = (REPO / "params.yaml").read_text(encoding="utf-8")
    result = with_snapshot(text, "2026-06-30", PATH)
    assert result.splitlines() == [*text.splitlines()[:text.splitlines().index(
        '  - "2025-11-19"') + 1], '  - "2026-06-30"', *text.splitlines()[
        text.splitlines().index('  - "2025-11-19"') + 1:]]


def test_a_flow_list_is_refused() -> None:
    with pytest.raises(InputError, match=r"no block list .snapshots:."):
        with_snapshot('snapshots: ["2025-10-26"]\n', "2026-06-30", PATH)


def test_a_missing_list_is_refused() -> None:
    with pytest.raises(InputError, match=r"no block list .snapshots:."):
        with_snapshot("treaty:\n  id: X\n", "2026-06-30", PATH)
