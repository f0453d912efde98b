"""benchmarks/run.py: the smoke run (tiny sizes, one repetition) and its helpers."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

REPO = Path(__file__).resolve().parents[1]
RUN = REPO / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("benchmarks_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smoke_run_measures_every_row_and_checks_sql_against_pandas(tmp_path):
    result = subprocess.run([sys.executable, str(RUN), "--smoke", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    sizes = results["settings"]["sizes"]
    assert results["settings"]["repeat"] == 1
    expected = {f"transform_{rows}_{engine}_{kind}" for rows in sizes
                for engine in ("duckdb_1", "duckdb_default") for kind in ("time", "rss")}
    assert {row["id"] for row in results["rows"]} == expected
    for row in results["rows"]:
        for key in ("measured", "baseline", "ratio", "budget", "budget_use"):
            assert isinstance(row[key], int | float) and math.isfinite(row[key]), (row, key)
            assert row[key] > 0, (row, key)
        assert row["checked_equal"] is True
        assert row["verdict"] in {"info (PASS)", "info (FAIL)"}  # the budget binds at 10^7
    for size in sizes:
        entry = results["transforms"]["sizes"][str(size)]
        assert entry["data"]["rows"] == size
        assert entry["equal"] is True
        for engine in ("duckdb:1", "duckdb:default"):
            for table in ("signatories", "regional_participation"):
                check = entry["checks"][engine][table]
                assert check == {"equal": True, "rows": check["rows"], "problems": []}
                assert check["rows"] > 0
        for measured in entry["engines"].values():
            assert measured["total_s"] > 0 and measured["peak_rss"] > 0
    table = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert table in result.stdout
    assert table.count("\n| 4. transform") == len(expected)


def test_compare_reports_a_difference(bench, tmp_path):
    sql = pl.DataFrame({"k": ["a", "b"], "share": [0.5, float("nan")], "n": [1, 2]})
    sql.write_parquet(tmp_path / "sql.parquet")
    sql.reverse().write_parquet(tmp_path / "same.parquet")
    sql.with_columns(n=pl.Series([1, 3])).write_parquet(tmp_path / "other.parquet")
    assert bench.compare(tmp_path / "sql.parquet", tmp_path / "same.parquet", ["k"])["equal"]
    differ = bench.compare(tmp_path / "sql.parquet", tmp_path / "other.parquet", ["k"])
    assert differ["problems"] == ["n: 1 rows differ"]


def test_synthetic_rows_are_exact_and_partitioned(bench):
    real = bench.real_staging()
    import synthetic  # benchmarks/ is on sys.path once run.py is loaded

    registry, snapshots = synthetic.generate(5_000, real["country_codes"],
                                             real["un_member_additions"])
    assert registry.height == 5_000
    assert set(registry["snapshot_id"].unique()) == set(snapshots["snapshot_id"])
    assert registry.select(pl.struct("snapshot_id", "participant", "action")
                           .is_duplicated().any()).item() is False
    assert set(registry["action"]) <= {"signature", "ratification", "acceptance", "approval",
                                       "accession"}


def test_only_the_edited_notebooks_stages_are_expected_to_rerun(bench):
    stages = bench.pipeline_stages(REPO)
    affected = bench.stages_affected_by(stages, bench.EDITED_NOTEBOOK)
    assert affected and all(name.startswith("report@signatory-geography-") for name in affected)
    reports = [s for s in stages if bench.report_stage_of(s)]
    assert {bench.report_stage_of(s)[0] for s in reports} >= {"signatory-geography"}


def test_floor_runs_the_notebooks_import_lines(bench):
    code = bench.notebook_imports(REPO / bench.EDITED_NOTEBOOK)
    lines = code.splitlines()
    assert lines and all(line.startswith(("import ", "from ")) for line in lines)
    assert any(line.startswith("from analysis import charts") for line in lines)


def test_stage_spans_end_at_the_lock_update_or_else_at_the_next_stage(bench):
    lines = [(0.1, "Running stage 'verify':"), (0.2, ""), (0.3, "verified 16 raw files"),
             (0.5, "Running stage 'validate':"), (2.0, "Updating lock file 'dvc.lock'"),
             (2.5, "Running stage 'index':"), (3.0, "wrote reports/index.html")]
    stages, spans = bench.stage_spans(lines, seconds=3.5)
    assert stages == ["verify", "validate", "index"]
    assert spans == pytest.approx({"verify": 0.4, "validate": 1.5, "index": 1.0})
