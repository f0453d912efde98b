from pathlib import Path

import polars as pl

from analysis.reportdata import SnapshotTables, in_project


def test_tables_are_found_from_the_notebooks_folder_as_jupyter_starts_the_kernel(
        tmp_path, monkeypatch):
    (tmp_path / "params.yaml").write_text("snapshots: []\n", encoding="utf-8")
    folder = tmp_path / "data" / "processed" / "snapshots" / "2025-11-19"
    folder.mkdir(parents=True)
    pl.DataFrame({"n": [1]}).write_parquet(folder / "t.parquet")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    tables = SnapshotTables(Path("data/processed/snapshots/2025-11-19"))
    assert tables.folder == folder
    assert tables.t["n"].to_list() == [1]


def test_a_path_that_exists_from_the_working_directory_is_kept(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    assert in_project(Path("data")) == Path("data")
