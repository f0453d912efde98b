"""What a report notebook loads: one snapshot's processed tables, nothing else."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl


def in_project(path: Path) -> Path:
    """``path`` as given when it exists (a report stage runs in the project folder); else, for
    a relative path, under the nearest folder above with a params.yaml, so that a notebook
    opened in Jupyter, whose kernel starts in notebooks/, finds data/ too."""
    if path.exists() or path.is_absolute():
        return path
    for folder in Path.cwd().parents:
        if (folder / "params.yaml").is_file():
            return folder / path
    return path


@dataclass(frozen=True)
class SnapshotTables:
    """The per-snapshot folder the warehouse stage writes (data/processed/snapshots/<id>/);
    a relative folder is looked up with in_project."""

    folder: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "folder", in_project(Path(self.folder)))

    def __getattr__(self, table: str) -> pl.DataFrame:
        path = self.folder / f"{table}.parquet"
        if not path.is_file():
            raise AttributeError(f"no processed table {table!r} in {self.folder}")
        return pl.read_parquet(path)

    def one_row(self, table: str) -> dict:
        """The one row of a table that has one row per snapshot."""
        rows = pl.read_parquet(self.folder / f"{table}.parquet").to_dicts()
        if len(rows) != 1:
            raise ValueError(f"{self.folder}: expected one {table} row, found {len(rows)}")
        return rows[0]

    def summary(self) -> dict:
        return self.one_row("snapshot_summary")


def load_atlas(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
