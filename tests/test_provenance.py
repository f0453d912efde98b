import subprocess

import pytest
import yaml

from analysis import config, provenance
from analysis.errors import InputError


def test_verify_returns_the_hash_of_every_listed_file(project):
    made = project()
    hashes = provenance.verify(config.load(made.root))
    assert "untc/XVIII-16/2025-11-19.csv" in hashes
    assert hashes["reference/country-codes.csv"] == provenance.sha256_of(
        made.raw / "reference" / "country-codes.csv")


def test_changed_file_fails_with_both_hashes(project):
    made = project()
    path = made.snapshot_path("2025-11-19")
    path.write_text(path.read_text() + "Narnia,signature,2025-11-01,New York,registry\n")
    with pytest.raises(InputError, match=r"2025-11-19\.csv, field 'sha256': sha256 [0-9a-f]{64} "
                                         r"does not match the manifest's [0-9a-f]{64}"):
        provenance.verify(config.load(made.root))


def test_file_missing_from_manifest_is_an_error(project):
    made = project()
    (made.raw / "reference" / "stray.csv").write_text("a\n1\n")
    with pytest.raises(InputError, match=r"stray\.csv: raw file is not listed"):
        provenance.verify(config.load(made.root))


def test_listed_file_missing_on_disk_names_the_manifest_entry(project):
    made = project()
    made.snapshot_path("2025-11-19").unlink()
    with pytest.raises(InputError, match=r"manifest\.yaml, row \d+, field 'path': listed file "
                                         r"untc/XVIII-16/2025-11-19\.csv is missing"):
        provenance.verify(config.load(made.root))


def test_manifest_entry_without_license_is_refused(project):
    made = project()
    manifest = yaml.safe_load((made.raw / "manifest.yaml").read_text())
    del manifest["files"][0]["license"]
    (made.raw / "manifest.yaml").write_text(yaml.safe_dump(manifest))
    with pytest.raises(InputError, match=r"row 1, field 'license': required key missing"):
        provenance.verify(config.load(made.root))


def test_build_time_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764115200")
    assert provenance.build_time() == "2025-11-26T00:00:00Z"


def test_code_version_is_marked_dirty_when_tracked_code_changes(tmp_path):
    git = ["git", "-c", "user.email=t@e.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "code.py").write_text("x = 1\n")
    (tmp_path / "dvc.lock").write_text("stages: {}\n")
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "c"], cwd=tmp_path, check=True)
    clean = provenance.code_version(tmp_path)
    assert len(clean) == 40
    (tmp_path / "dvc.lock").write_text("stages: {changed: 1}\n")
    assert provenance.code_version(tmp_path) == clean
    (tmp_path / "code.py").write_text("x = 2\n")
    assert provenance.code_version(tmp_path) == f"{clean}-dirty"
