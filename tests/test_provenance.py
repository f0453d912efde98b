import dataclasses
import hashlib

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


def test_stage_inputs_hash_each_dependency_dvc_yaml_declares_for_the_stage(tmp_path):
    (tmp_path / "dvc.yaml").write_text(
        "stages:\n  report:\n    deps:\n      - notebooks/${item.report}.py\n"
        "      - data/${item.snapshot}\n", encoding="utf-8")
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "a.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "data" / "s1" / "sub").mkdir(parents=True)
    (tmp_path / "data" / "s1" / "sub" / "t.parquet").write_bytes(b"rows")
    cfg = dataclasses.replace(config.load(), root=tmp_path)
    item = {"report": "a", "snapshot": "s1"}
    inputs = provenance.stage_inputs(cfg, "report", item)
    assert inputs == {"notebooks/a.py": hashlib.sha256(b"x = 1\n").hexdigest(),
                      "data/s1": provenance.tree_sha256(tmp_path / "data" / "s1")}
    (tmp_path / "data" / "s1" / "sub" / "t.parquet").write_bytes(b"other rows")
    assert provenance.stage_inputs(cfg, "report", item)["data/s1"] != inputs["data/s1"]
    (tmp_path / "notebooks" / "a.py").unlink()
    with pytest.raises(InputError, match=r"notebooks/a\.py"):
        provenance.stage_inputs(cfg, "report", item)


def test_stamp_is_the_same_for_the_same_inputs_and_names_no_commit_or_clock():
    cfg = config.load()
    first = provenance.stamp(cfg, "2025-11-19", {"a.csv": "1"}, "jinja2", {"x.py": "2"})
    assert provenance.stamp(cfg, "2025-11-19", {"a.csv": "1"}, "jinja2", {"x.py": "2"}) == first
    assert set(first) == {"snapshot_id", "raw_files", "inputs", "inputs_sha256", "versions"}
    assert provenance.stamp(cfg, "2025-11-19", {"a.csv": "1"}, "jinja2",
                            {"x.py": "3"})["inputs_sha256"] != first["inputs_sha256"]
