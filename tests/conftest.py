"""Shared fixtures: a small project laid out like the real one, and one full build."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from analysis import config, provenance, staging, warehouse

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
REGISTRY_HEADER = "participant,action,action_date,place,date_basis\n"


def _manifest(raw: Path) -> None:
    files = []
    for path in sorted(p for p in raw.rglob("*") if p.is_file() and p.name != "manifest.yaml"):
        files.append({
            "path": path.relative_to(raw).as_posix(), "title": "test file",
            "origin": "tests", "license": "CC0-1.0", "as_of": "2025-11-19",
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        })
    (raw / "manifest.yaml").write_text(yaml.safe_dump({"files": files}), encoding="utf-8")


class Project:
    """A throw-away project folder with the real reference data and test snapshots."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.raw = root / "data" / "raw"

    def params(self, **changes: object) -> dict:
        params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
        params.update(changes)
        return params

    def write_params(self, **changes: object) -> None:
        text = yaml.safe_dump(self.params(**changes), sort_keys=False)
        (self.root / "params.yaml").write_text(text, encoding="utf-8")

    def snapshot_path(self, snapshot_id: str) -> Path:
        return self.raw / "untc" / "XVIII-16" / f"{snapshot_id}.csv"

    def add_snapshot(self, snapshot_id: str, rows: list[str] | str, *,
                     header: str = REGISTRY_HEADER) -> Path:
        path = self.snapshot_path(snapshot_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        body = rows if isinstance(rows, str) else "".join(f"{row}\n" for row in rows)
        path.write_text(header + body, encoding="utf-8")
        return path

    def write_raw(self, relative: str, text: str) -> Path:
        path = self.raw / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def seal(self) -> None:
        """Write the manifest for whatever raw files the test laid down."""
        _manifest(self.raw)

    def build(self) -> tuple[config.Config, dict]:
        """Run the validate and warehouse stages; return the config and the metrics."""
        cfg = config.load(self.root)
        provenance.write_verified(cfg)
        staging.write_staging(cfg)
        return cfg, warehouse.build(cfg)


@pytest.fixture
def project(tmp_path: Path) -> Callable[..., Project]:
    """Factory: a project with the real reference files and the given snapshots."""

    def make(snapshots: dict[str, list[str]] | None = None) -> Project:
        made = Project(tmp_path / "project")
        for folder in ("reference", "participation", "articles", "historic"):
            shutil.copytree(REPO / "data" / "raw" / folder, made.raw / folder)
        shutil.copy2(REPO / "data" / "raw" / "press-claims.csv", made.raw / "press-claims.csv")
        snapshots = snapshots if snapshots is not None else {
            "2025-11-19": (REPO / "data/raw/untc/XVIII-16/2025-11-19.csv")
            .read_text(encoding="utf-8").splitlines()[1:],
        }
        for snapshot_id, rows in snapshots.items():
            made.add_snapshot(snapshot_id, rows)
        made.write_params(snapshots=sorted(snapshots))
        made.seal()
        return made

    return make


def tracked_files() -> list[str]:
    listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=REPO, capture_output=True,
                             check=True).stdout
    return [name for name in listing.decode().split("\0") if name and (REPO / name).is_file()]


def copy_repo(target: Path) -> Path:
    """Copy the repository's files (what a fresh clone has) and make it a git checkout."""
    for name in tracked_files():
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, destination)
    git = ["git", "-c", "user.email=test@example.org", "-c", "user.name=test"]
    # Fixed dates: two copies of the same files get the same commit id.
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-11-26T00:00:00Z",
           "GIT_COMMITTER_DATE": "2025-11-26T00:00:00Z"}
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=target, check=True)
    subprocess.run([*git, "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "test copy"], cwd=target, check=True, env=env)
    return target


BUILD_ENV = {"SOURCE_DATE_EPOCH": "1764115200"}


def pipeline_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONHASHSEED": "0", **extra}
    env.pop("HANOI_ROOT", None)
    return env


def dvc(root: Path, *args: str, env: dict[str, str] | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(VENV_BIN / "dvc"), *args], cwd=root, capture_output=True,
                            text=True, env=env or pipeline_env())
    if check and result.returncode != 0:
        raise AssertionError(f"dvc {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def built_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository copied to a temp folder and built once with `dvc repro`."""
    root = copy_repo(tmp_path_factory.mktemp("built") / "repo")
    dvc(root, "repro", env=pipeline_env(**BUILD_ENV))
    return root
