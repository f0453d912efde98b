"""Adding entries to data/raw/manifest.yaml as text (analysis.manifest)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.errors import InputError
from analysis.manifest import with_entries

REPO = Path(__file__).resolve().parents[1]
PATH = Path("manifest.yaml")


def entry(path: str) -> dict:
    return {"path": path, "title": "t", "origin": "https://example.org/a%20b.xml",
            "license": "facts", "as_of": "2026-06-30", "sha256": "0" * 64}


def test_entries_are_added_in_path_order_and_the_rest_is_untouched() -> None:
    text = (REPO / "data/raw/manifest.yaml").read_text(encoding="utf-8")
    new = [entry("untc/XVIII-16/source/2026-06-30.xml"), entry("untc/XVIII-16/2026-06-30.csv")]
    result = with_entries(text, new, PATH)
    assert result.startswith(text)  # both sort after every path listed today
    files = yaml.safe_load(result)["files"]
    assert [f["path"] for f in files[-2:]] == ["untc/XVIII-16/2026-06-30.csv",
                                               "untc/XVIII-16/source/2026-06-30.xml"]
    assert files[-1]["as_of"] == "2026-06-30"


def test_an_entry_sorting_first_goes_before_the_first_entry() -> None:
    text = "# keep\nfiles:\n- path: b.csv\n  sha256: x\n- path: d.csv\n  sha256: y\n"
    result = with_entries(text, [entry("c.csv")], PATH)
    assert [f["path"] for f in yaml.safe_load(result)["files"]] == ["b.csv", "c.csv", "d.csv"]
    assert result.startswith("# keep\nfiles:\n- path: b.csv\n  sha256: x\n- path: c.csv\n")


def test_indented_list_items_keep_their_indent() -> None:
    text = "files:\n  - path: b.csv\n    sha256: x\n"
    result = with_entries(text, [entry("c.csv")], PATH)
    assert "\n  - path: c.csv\n    title: t\n" in result


def test_a_manifest_without_files_is_refused() -> None:
    with pytest.raises(InputError, match="expected a mapping with a 'files' list"):
        with_entries("other: 1\n", [entry("c.csv")], PATH)
