"""`python -m analysis add-snapshot` (analysis.snapshot_add) on a temp copy of the raw data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import BUILD_ENV, dvc, pipeline_env
from http_support import Reply, serving

from analysis import config, fetch, provenance, snapshot_add, untc_xml
from analysis.__main__ import main
from analysis.registry_csv import parse_csv, to_csv

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "untc_xml"
MADE_UP = FIXTURES / "madeup-instruments-XVIII-16.xml"  # real signatures, invented instruments
TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """params.yaml and data/raw as in the repository; HANOI_ROOT points at them."""
    shutil.copy2(REPO / "params.yaml", tmp_path / "params.yaml")
    shutil.copytree(REPO / "data" / "raw", tmp_path / "data" / "raw")
    monkeypatch.setenv("HANOI_ROOT", str(tmp_path))
    monkeypatch.setattr(untc_xml, "today", lambda: TODAY)
    monkeypatch.setattr(fetch, "BACKOFF_S", 0.0)
    monkeypatch.setattr(fetch, "TIMEOUT", httpx.Timeout(5.0))
    return tmp_path


def tree(root: Path) -> dict[str, str]:
    """sha256 of every file under the project folder, hidden temp files included."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["add-snapshot", *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run a command that must fail; check that nothing changed; return its one line."""
    before = tree(root)
    code, _, err = run(*args, capsys=capsys)
    assert code == 2
    assert tree(root) == before
    assert err.count("\n") == 1 and err.startswith("error: ")
    return err.strip()


def test_adds_source_snapshot_manifest_entries_and_params_line(root, capsys) -> None:
    params_before = (root / "params.yaml").read_text(encoding="utf-8")
    code, out, _ = run(str(MADE_UP), "--as-of", "2026-06-30", capsys=capsys)
    assert code == 0
    source = root / "data/raw/untc/XVIII-16/source/2026-06-30.xml"
    assert source.read_bytes() == MADE_UP.read_bytes()
    csv_text = (root / "data/raw/untc/XVIII-16/2026-06-30.csv").read_text(encoding="utf-8")
    assert "Viet Nam,ratification,2026-03-12,,registry\n" in csv_text
    assert "Mauritius,signature,2025-11-19,New York,registry\n" in csv_text  # place kept
    params_after = (root / "params.yaml").read_text(encoding="utf-8")
    assert params_after == params_before.replace('  - "2025-11-19"\n',
                                                 '  - "2025-11-19"\n  - "2026-06-30"\n')
    hashes = provenance.verify(config.load(root))
    assert {"untc/XVIII-16/2026-06-30.csv", "untc/XVIII-16/source/2026-06-30.xml"} <= set(hashes)
    assert "as of 2026-06-30 (given with --as-of)" in out


def test_prints_what_changed_since_the_previous_snapshot(root, capsys) -> None:
    _, out, _ = run(str(MADE_UP), "--as-of", "2026-06-30", capsys=capsys)
    assert "changes since 2025-11-19:\n" in out
    assert "  new signatures: 0\n" in out
    assert ("  new instruments: acceptance 1 (Mauritius), accession 1 (Tuvalu), approval 1 "
            "(European Union), ratification 2 (Ghana, Viet Nam)\n") in out
    assert "  corrections (changed dates): none\n  vanished: none\n" in out


def test_corrections_and_vanished_entries_are_listed() -> None:
    previous = [{"participant": "A", "action": "signature", "action_date": "2025-10-25"},
                {"participant": "B", "action": "signature", "action_date": "2025-10-25"}]
    current = [{"participant": "A", "action": "signature", "action_date": "2025-10-26"},
               {"participant": "C", "action": "signature", "action_date": "2025-11-02"}]
    assert snapshot_add.changes(previous, current) == [
        "  new signatures: 1 (C)", "  new instruments: none",
        "  corrections (changed dates): A signature 2025-10-25 -> 2025-10-26",
        "  vanished: B signature 2025-10-25"]


def test_downloads_from_a_url(root, capsys) -> None:
    with serving({"/XVIII-16.en.xml": Reply(body=MADE_UP.read_bytes())}) as (base, _):
        code, out, _ = run(f"{base}/XVIII-16.en.xml", "--as-of", "2026-06-30", capsys=capsys)
    assert code == 0
    assert f"read {base}/XVIII-16.en.xml: {MADE_UP.stat().st_size:,} bytes of XML" in out
    manifest = yaml.safe_load((root / "data/raw/manifest.yaml").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["files"]
                 if e["path"] == "untc/XVIII-16/source/2026-06-30.xml")
    assert entry["origin"] == f"{base}/XVIII-16.en.xml"
    assert entry["as_of"] == "2026-06-30"
    assert entry["sha256"] == hashlib.sha256(MADE_UP.read_bytes()).hexdigest()


def test_without_source_downloads_the_status_url_and_dates_it_today(root, capsys) -> None:
    with serving({"/status.xml": Reply(body=MADE_UP.read_bytes())}) as (base, hits):
        params = root / "params.yaml"
        text = params.read_text(encoding="utf-8")
        params.write_text(text.replace(config.load(root).status_url, f"{base}/status.xml"),
                          encoding="utf-8")
        code, out, _ = run(capsys=capsys)
    assert code == 0 and hits == {"/status.xml": 1}
    assert "as of 2026-11-29 (today (UTC): the document states no date)" in out
    assert (root / "data/raw/untc/XVIII-16/2026-11-29.csv").is_file()


def test_a_registry_csv_is_accepted(root, capsys, tmp_path_factory) -> None:
    source = tmp_path_factory.mktemp("src") / "export.csv"
    source.write_text(to_csv(untc_xml.parse_status_xml(MADE_UP)), encoding="utf-8")
    code, _, _ = run(str(source), "--as-of", "2026-07-01", capsys=capsys)
    assert code == 0
    assert (root / "data/raw/untc/XVIII-16/source/2026-07-01.csv").read_bytes() == \
        source.read_bytes()


def test_same_snapshot_again_does_nothing(root, capsys) -> None:
    run(str(MADE_UP), "--as-of", "2026-06-30", capsys=capsys)
    before = tree(root)
    code, out, err = run(str(MADE_UP), "--as-of", "2026-06-30", capsys=capsys)
    assert (code, err) == (0, "")
    assert "nothing to do: snapshot 2026-06-30 is already listed with the same 78 actions" in out
    assert tree(root) == before


def signatures_until(day: str, folder: Path) -> Path:
    """A registry CSV with the fixture's (real) signatures dated up to ``day``."""
    rows = [row for row in untc_xml.parse_status_xml(MADE_UP)
            if row["action"] == "signature" and row["action_date"] <= day]
    path = folder / f"signatures-until-{day}.csv"
    path.write_text(to_csv(rows), encoding="utf-8")
    return path


def test_listed_as_of_with_other_content_is_refused(root, capsys, tmp_path_factory) -> None:
    source = signatures_until("2025-10-26", tmp_path_factory.mktemp("src"))
    assert refused(root, capsys, str(source), "--as-of", "2025-11-19") == (
        "error: params.yaml, field 'snapshots': snapshot 2025-11-19 is already listed, with "
        "different content; choose another --as-of")


def test_listed_as_of_with_the_same_actions_does_nothing(root, capsys) -> None:
    before = tree(root)
    source = REPO / "data/raw/untc/XVIII-16/2025-11-19.csv"
    code, out, err = run(str(source), "--as-of", "2025-11-19", capsys=capsys)
    assert (code, err) == (0, "")
    assert "nothing to do: snapshot 2025-11-19 is already listed with the same 73 actions" in out
    assert tree(root) == before


def test_future_as_of_is_refused(root, capsys) -> None:
    assert refused(root, capsys, str(MADE_UP), "--as-of", "2026-11-30") == (
        "error: params.yaml, field 'snapshots': as-of 2026-11-30 is in the future (today is "
        "2026-11-29, UTC)")


def test_an_action_after_the_as_of_is_refused(root, capsys) -> None:
    assert refused(root, capsys, str(MADE_UP), "--as-of", "2026-05-31").endswith(
        "'3 Jun 2026' (Ghana) is after the as-of date 2026-05-31")


def test_as_of_before_the_newest_needs_backfill(root, capsys, tmp_path_factory) -> None:
    source = signatures_until("2025-10-25", tmp_path_factory.mktemp("src"))
    line = refused(root, capsys, str(source), "--as-of", "2025-10-25")
    assert line == ("error: params.yaml, field 'snapshots': as-of 2025-10-25 is earlier than "
                    "the newest snapshot 2025-11-19; pass --backfill to insert it")
    code, _, _ = run(str(source), "--as-of", "2025-10-25", "--backfill", capsys=capsys)
    assert code == 0
    assert config.load(root).snapshots == ("2025-10-25", "2025-10-26", "2025-11-19")


def test_another_treatys_document_is_refused(root, capsys) -> None:
    assert refused(root, capsys, str(FIXTURES / "real" / "XXVI-8.en.xml"),
                   "--as-of", "2026-06-30").endswith(
        "XXVI-8.en.xml, field 'treaty.id': is the status of XXVI-8; params.yaml tracks XVIII-16")


@pytest.mark.parametrize(("reply", "cause"), [
    (Reply(404, b"gone", "text/plain"), "HTTP 404 Not Found"),
    (Reply(503, b"", "text/plain"), "HTTP 503 Service Unavailable (after 3 attempts)"),
    (Reply(body=b"<!DOCTYPE html><html><body>Maintenance</body></html>",
           content_type="text/html; charset=utf-8"),
     "is an HTML page (Content-Type text/html), not the status XML or a registry CSV"),
    (Reply(body=b"<html><body>Maintenance</body></html>", content_type="application/xml"),
     "is an HTML page, not the status XML or a registry CSV"),
    (Reply(body=MADE_UP.read_bytes()[:5000]), "the XML ends early at line"),
    (Reply(body=MADE_UP.read_bytes(), content_length=MADE_UP.stat().st_size + 10),
     "truncated download"),
    (Reply(body=MADE_UP.read_bytes().decode("latin-1").encode("utf-8")),
     "declares iso-8859-1 but its bytes are UTF-8"),
])
def test_a_bad_download_changes_nothing_and_names_its_cause(root, capsys, reply, cause) -> None:
    with serving({"/s.xml": reply}) as (base, _):
        line = refused(root, capsys, f"{base}/s.xml", "--as-of", "2026-06-30")
    assert line.startswith(f"error: {base}/s.xml")
    assert cause in line


def test_no_network_changes_nothing(root, capsys) -> None:
    line = refused(root, capsys, "http://127.0.0.1:9/s.xml", "--as-of", "2026-06-30")
    assert "cannot connect (no network?)" in line


def test_missing_file_is_refused(root, capsys) -> None:
    assert refused(root, capsys, str(root / "absent.xml")) == "error: absent.xml: file not found"


@pytest.mark.parametrize("failing_call", [1, 2, 3, 4])
def test_a_failure_while_renaming_restores_every_file(root, capsys, monkeypatch,
                                                      failing_call) -> None:
    calls = []
    real_replace = os.replace

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    before = tree(root)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        main(["add-snapshot", str(MADE_UP), "--as-of", "2026-06-30"])
    monkeypatch.setattr(os, "replace", real_replace)
    assert tree(root) == before


def test_the_new_snapshot_alone_records_its_source_document(root, capsys) -> None:
    run(str(MADE_UP), "--as-of", "2026-06-30", capsys=capsys)
    cfg = config.load(root)
    verified = provenance.verify(cfg)
    new = provenance.snapshot_raw_files(cfg, "2026-06-30", verified)
    old = provenance.snapshot_raw_files(cfg, "2025-11-19", verified)
    assert "untc/XVIII-16/source/2026-06-30.xml" in new
    assert not any("source/" in path for path in old)
    assert json.dumps(old) == json.dumps(provenance.snapshot_raw_files(
        config.load(REPO), "2025-11-19", provenance.verify(config.load(REPO))))


# --- end to end: add a snapshot to a built copy of the repository, then `dvc repro` ---------

SHARED_STAGES = {"verify", "validate", "warehouse", "index"}
REPORTS = set(config.load(REPO).report_specs)


def ran(output: str) -> set[str]:
    return set(re.findall(r"Running stage '([^']+)'", output))


def add_in(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "add-snapshot", *args], cwd=repo,
                          capture_output=True, text=True, env=pipeline_env(), timeout=120,
                          check=False)


@pytest.mark.e2e
def test_a_new_snapshot_builds_its_own_report_set_and_no_older_one(built_repo, tmp_path) -> None:
    repo = shutil.copytree(built_repo, tmp_path / "repo", symlinks=True)
    with serving({"/XVIII-16.en.xml": Reply(body=MADE_UP.read_bytes())}) as (base, hits):
        added = add_in(repo, f"{base}/XVIII-16.en.xml", "--as-of", "2026-06-30")
    assert added.returncode == 0, added.stderr
    assert hits == {"/XVIII-16.en.xml": 1}
    status = dvc(repo, "status").stdout
    assert "2025-10-26" not in status and "2025-11-19" not in status
    first = dvc(repo, "repro", env=pipeline_env(**BUILD_ENV)).stdout
    assert ran(first) == SHARED_STAGES | {f"report@{r}-2026-06-30" for r in REPORTS}
    assert (repo / "reports/2026-06-30/what-changed.html").is_file()
    assert "2026-06-30" in (repo / "reports/index.html").read_text(encoding="utf-8")

    # the same from a file: only the newest set is built
    added = add_in(repo, str(MADE_UP), "--as-of", "2026-07-01")
    assert added.returncode == 0, added.stderr
    second = dvc(repo, "repro", env=pipeline_env(**BUILD_ENV)).stdout
    assert ran(second) == SHARED_STAGES | {f"report@{r}-2026-07-01" for r in REPORTS}
    assert "Data and pipelines are up to date." in dvc(repo, "status").stdout


def test_the_fixture_holds_the_real_signatures_of_the_newest_snapshot() -> None:
    real = (REPO / "data/raw/untc/XVIII-16/2025-11-19.csv").read_bytes()
    signatures = {(r["participant"], r["action_date"]) for r in parse_csv(real, "real")}
    fixture = untc_xml.parse_status_xml(MADE_UP)
    assert {(r["participant"], r["action_date"]) for r in fixture
            if r["action"] == "signature"} == signatures
    assert len(signatures) == 73
