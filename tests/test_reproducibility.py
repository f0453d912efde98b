"""Versioned, byte-reproducible report sets: two clean builds give the same bytes, and a new
registry snapshot rebuilds only its own report set."""

import hashlib
import re
import shutil
import time

import duckdb
import pytest
import yaml
from conftest import BUILD_ENV, copy_repo, dvc, pipeline_env

from analysis import config

pytestmark = pytest.mark.e2e


def digests(root, *folders, pattern="*"):
    found = {}
    for folder in folders:
        for path in sorted((root / folder).rglob(pattern)):
            if path.is_file():
                found[path.relative_to(root).as_posix()] = hashlib.sha256(
                    path.read_bytes()).hexdigest()
    return found


def table_contents(root):
    with duckdb.connect(str(root / "data/processed/warehouse.duckdb"), read_only=True) as db:
        tables = [row[0] for row in db.execute("SHOW TABLES").fetchall()]
        return {table: hashlib.sha256(repr(db.execute(
            f"SELECT * FROM {table} ORDER BY ALL").fetchall()).encode()).hexdigest()
            for table in tables}


def test_two_clean_builds_are_byte_identical(built_repo, tmp_path):
    second = copy_repo(tmp_path / "second")
    dvc(second, "repro", env=pipeline_env(**BUILD_ENV))
    for folder, pattern in (("data/processed", "*.parquet"), ("reports", "*"),
                            ("build/notebooks", "*.ipynb")):
        first_hashes = digests(built_repo, folder, pattern=pattern)
        assert first_hashes, folder
        assert digests(second, folder, pattern=pattern) == first_hashes, folder
    assert table_contents(second) == table_contents(built_repo)


def add_snapshot(root, snapshot_id, rows):
    source = (root / "data/raw/untc/XVIII-16/2025-11-19.csv").read_text(encoding="utf-8")
    path = root / f"data/raw/untc/XVIII-16/{snapshot_id}.csv"
    path.write_text(source + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    manifest_path = root / "data/raw/manifest.yaml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    manifest["files"].append({
        "path": f"untc/XVIII-16/{snapshot_id}.csv", "title": "test snapshot",
        "origin": "tests", "license": "CC0-1.0", "as_of": snapshot_id,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    manifest_path.write_text(yaml.safe_dump(manifest, sort_keys=False), encoding="utf-8")
    params_path = root / "params.yaml"
    params = params_path.read_text(encoding="utf-8")
    params_path.write_text(re.sub(r'(snapshots:\n(?:  - "[\d-]+"\n)+)',
                                  rf'\1  - "{snapshot_id}"\n', params), encoding="utf-8")


def test_adding_a_snapshot_rebuilds_only_its_report_set(built_repo, tmp_path):
    root = tmp_path / "repo"
    shutil.copytree(built_repo, root, symlinks=True)
    before = digests(root, "reports/2025-10-26", "reports/2025-11-19")
    add_snapshot(root, "2026-03-02", ["Namibia,ratification,2026-03-02,,registry"])
    status = dvc(root, "status").stdout
    assert "2025-11-19" not in status and "2025-10-26" not in status
    started = time.perf_counter()
    result = dvc(root, "repro", env=pipeline_env(**BUILD_ENV))
    elapsed = time.perf_counter() - started
    ran = re.findall(r"Running stage '([^']+)'", result.stdout)
    assert [stage for stage in ran if "@" in stage and not stage.endswith("-2026-03-02")] == []
    assert sorted(s.split("@")[1].removesuffix("-2026-03-02") for s in ran if "@" in s) == sorted(
        config.load(root).report_specs)
    assert digests(root, "reports/2025-10-26", "reports/2025-11-19") == before
    changed = (root / "reports/2026-03-02/what-changed.html").read_text(encoding="utf-8")
    assert "<strong>1 new instrument</strong> (1 ratification)" in changed
    assert "1 of 40 instruments" in changed
    index = (root / "reports/index.html").read_text(encoding="utf-8")
    assert index.index("2026-03-02/what-changed.html") < index.index(
        "2025-11-19/what-changed.html")
    print(f"rebuild after adding one snapshot: {elapsed:.1f} s")


def test_what_changed_says_mauritius_signed_in_new_york(built_repo):
    text = (built_repo / "reports/2025-11-19/what-changed.html").read_text(encoding="utf-8")
    assert re.search(r"<td[^>]*>Mauritius</td><td[^>]*>MUS</td><td[^>]*>19 Nov 2025</td>"
                     r"<td[^>]*>New York</td>", text)
    assert "1 new signature" in text
    first = (built_repo / "reports/2025-10-26/what-changed.html").read_text(encoding="utf-8")
    assert "is the first one built" in first
