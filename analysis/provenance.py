"""Raw-file provenance: the manifest, its sha256 check, and the version stamp of a build."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

from analysis import atomic
from analysis.config import REPORTS, Config
from analysis.errors import InputError

REQUIRED_KEYS = ("path", "title", "origin", "license", "as_of", "sha256")
UPSTREAM_STAGES = ("verify", "validate", "warehouse")
STAMPED_PACKAGES = ("duckdb", "polars", "altair", "papermill", "nbconvert", "dvc",
                    "vl-convert-python")


@dataclass(frozen=True)
class RawFile:
    path: str
    title: str
    origin: str
    license: str
    as_of: str
    sha256: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(config: Config) -> list[RawFile]:
    path = config.manifest
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))["files"]
    except FileNotFoundError:
        raise InputError(path, "manifest not found") from None
    except (yaml.YAMLError, KeyError, TypeError):
        raise InputError(path, "expected a mapping with a 'files' list", field="files") from None
    files = []
    for position, entry in enumerate(entries, start=1):
        for key in REQUIRED_KEYS:
            if not isinstance(entry, dict) or not entry.get(key):
                raise InputError(path, "required key missing or empty", row=position, field=key)
        files.append(RawFile(**{key: str(entry[key]) for key in REQUIRED_KEYS}))
    return files


def _files_on_disk(config: Config) -> set[str]:
    return {
        p.relative_to(config.raw).as_posix()
        for p in config.raw.rglob("*")
        if p.is_file() and p != config.manifest and not p.name.startswith(".")
    }


def verify(config: Config) -> dict[str, str]:
    """Check every raw file against the manifest; return {path: sha256}."""
    files = read_manifest(config)
    listed = {f.path for f in files}
    unlisted = sorted(_files_on_disk(config) - listed)
    if unlisted:
        raise InputError(config.raw / unlisted[0],
                         "raw file is not listed in data/raw/manifest.yaml")
    hashes: dict[str, str] = {}
    for position, raw_file in enumerate(files, start=1):
        path = config.raw / raw_file.path
        if not path.is_file():
            raise InputError(config.manifest, f"listed file {raw_file.path} is missing",
                             row=position, field="path")
        actual = sha256_of(path)
        if actual != raw_file.sha256:
            raise InputError(path, f"sha256 {actual} does not match the manifest's "
                             f"{raw_file.sha256}", field="sha256")
        hashes[raw_file.path] = actual
    return dict(sorted(hashes.items()))


def write_verified(config: Config) -> dict[str, str]:
    hashes = verify(config)
    atomic.write_text(config.verified, json.dumps(hashes, indent=2) + "\n")
    return hashes


def read_verified(config: Config) -> dict[str, str]:
    """{path: sha256} of every raw file, as the verify stage checked them."""
    try:
        return json.loads(config.verified.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(config.verified, "not found; run `dvc repro` (its verify stage "
                         "checks the raw files first)") from None


def snapshot_raw_files(config: Config, snapshot_id: str,
                       verified: dict[str, str]) -> dict[str, str]:
    """{path: sha256} of the raw files any report of ``snapshot_id`` is made from. The
    warehouse writes it into the snapshot's folder, so that a report is rebuilt, and its
    stamp updated, when one of its own raw files changes, and only then."""
    paths = {path for report in REPORTS for path in config.raw_inputs(report, snapshot_id)}
    # The document the snapshot was converted from (add-snapshot keeps it), if any: its own
    # snapshot's stamp names it, and no other snapshot's reports depend on it.
    source = config.snapshot_sources().relative_to(config.raw).as_posix() + f"/{snapshot_id}."
    paths.update(path for path in verified if path.startswith(source))
    return {path: verified[path] for path in sorted(paths)}


# --- version stamp -------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                                check=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip()


def code_version(root: Path) -> str:
    """Git commit of the code, with '-dirty' when tracked files differ from it (dvc.lock,
    which every build rewrites, is not code)."""
    commit = _git(root, "rev-parse", "HEAD")
    if not commit:
        return "unknown (not a git checkout)"
    changes = _git(root, "status", "--porcelain", "--untracked-files=no", "--", ".",
                   ":(exclude)dvc.lock")
    return f"{commit}-dirty" if changes else commit


def build_time() -> str:
    """UTC build time, from SOURCE_DATE_EPOCH when it is set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC) if epoch
              else dt.datetime.now(tz=dt.UTC).replace(microsecond=0))
    return moment.isoformat().replace("+00:00", "Z")


def renderer_version(renderer: str) -> str:
    """'nbconvert 7.17.2', 'quarto 1.x', or the name as given (e.g. jinja2 for the index)."""
    if renderer == "quarto":
        try:
            result = subprocess.run(["quarto", "--version"], capture_output=True, text=True,
                                    check=True, timeout=60)
            return f"quarto {result.stdout.strip()}"
        except (OSError, subprocess.SubprocessError):
            return "quarto (version unknown)"
    try:
        return f"{renderer} {metadata.version(renderer)}"
    except metadata.PackageNotFoundError:
        return renderer


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in STAMPED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def pipeline_lock_digest(root: Path) -> str:
    """sha256 of what the upstream stages ran on according to dvc.lock: their commands,
    dependencies (with hashes) and parameters. Their outputs are left out: the DuckDB file
    is not byte-stable between builds, while its table contents and the parquet are."""
    lock = root / "dvc.lock"
    if not lock.is_file():
        return "none (no dvc.lock yet)"
    stages = (yaml.safe_load(lock.read_text(encoding="utf-8")) or {}).get("stages", {})
    upstream = {name: {key: (stages.get(name) or {}).get(key) for key in ("cmd", "deps", "params")}
                for name in UPSTREAM_STAGES}
    return hashlib.sha256(yaml.safe_dump(upstream, sort_keys=True).encode()).hexdigest()


def stamp(config: Config, snapshot_id: str, raw_files: dict[str, str], renderer: str) -> dict:
    """Everything a reader needs to trace a report back to its inputs and code;
    ``raw_files`` is {path: sha256} of the raw files it is made from."""
    return {
        "snapshot_id": snapshot_id,
        "raw_files": raw_files,
        "code_version": code_version(config.root),
        "dvc_lock_sha256": pipeline_lock_digest(config.root),
        "versions": {**package_versions(), "renderer": renderer_version(renderer)},
        "build_time": build_time(),
    }
