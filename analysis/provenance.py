"""Raw-file provenance: the manifest, its sha256 check, and the version stamp of a build."""

from __future__ import annotations

import hashlib
import json
import platform
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

from analysis import atomic
from analysis.config import Config
from analysis.errors import InputError

REQUIRED_KEYS = ("path", "title", "origin", "license", "as_of", "sha256")
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
    paths = {path for report in config.report_specs
             for path in config.raw_inputs(report, snapshot_id)}
    # The document the snapshot was converted from (add-snapshot keeps it), if any: its own
    # snapshot's stamp names it, and no other snapshot's reports depend on it.
    source = config.snapshot_sources().relative_to(config.raw).as_posix() + f"/{snapshot_id}."
    paths.update(path for path in verified if path.startswith(source))
    return {path: verified[path] for path in sorted(paths)}


# --- version stamp -------------------------------------------------------------------------
# A page states what it was made from by content: the sha256 of each dependency its DVC stage
# declares (what dvc.lock records, as md5, for the same stage) and of each raw file. No git
# commit and no clock: the commit that records dvc.lock would otherwise be stamped into the
# pages whose hashes dvc.lock records, so no committed dvc.lock could match a fresh build.


def tree_sha256(path: Path) -> str:
    """sha256 of a file, or of a folder's listing of (relative path, sha256) of its files;
    Python's __pycache__ and hidden files are left out."""
    if path.is_file():
        return sha256_of(path)
    lines = [f"{file.relative_to(path).as_posix()}\t{sha256_of(file)}\n"
             for file in sorted(path.rglob("*"))
             if file.is_file() and "__pycache__" not in file.parts
             and not any(part.startswith(".") for part in file.relative_to(path).parts)]
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def stage_dependencies(config: Config, stage: str, item: dict[str, str]) -> list[str]:
    """The deps that dvc.yaml declares for ``stage``, with ${item.<key>} filled in from
    ``item`` (e.g. the report and snapshot of one report stage)."""
    stages = yaml.safe_load(config.dvc_yaml.read_text(encoding="utf-8"))["stages"]
    try:
        deps = stages[stage]["deps"]
    except (KeyError, TypeError):
        raise InputError(config.dvc_yaml, f"no stage {stage!r} with deps",
                         field=f"stages.{stage}") from None
    return [re.sub(r"\$\{\s*item\.(\w+)\s*\}", lambda m: item[m.group(1)], dep)
            for dep in deps]


def stage_inputs(config: Config, stage: str, item: dict[str, str]) -> dict[str, str]:
    """{dependency: sha256} of every dependency of ``stage`` (see stage_dependencies)."""
    inputs = {}
    for dep in stage_dependencies(config, stage, item):
        if not (config.root / dep).exists():
            raise InputError(config.root / dep, f"dependency of stage {stage!r} is missing")
        inputs[dep] = tree_sha256(config.root / dep)
    return inputs


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


def stamp(config: Config, snapshot_id: str, raw_files: dict[str, str], renderer: str,
          inputs: dict[str, str]) -> dict:
    """Everything a reader needs to trace a page back to its inputs and code: ``raw_files``
    is {path: sha256} of the raw files it is made from, ``inputs`` {dependency: sha256} of
    its stage's dependencies (stage_inputs). Two builds from the same inputs stamp the same."""
    listing = "".join(f"{path}\t{digest}\n" for path, digest in sorted(inputs.items()))
    return {
        "snapshot_id": snapshot_id,
        "raw_files": raw_files,
        "inputs": inputs,
        "inputs_sha256": hashlib.sha256(listing.encode()).hexdigest(),
        "versions": {**package_versions(), "renderer": renderer_version(renderer)},
    }
