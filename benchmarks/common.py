"""What every part of the benchmark shares: budgets, paths, the project copy, logging."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
VENV_BIN = Path(sys.executable).parent

BUDGET_BUILD = 1.5  # cold build <= 1.5 x floor
BUDGET_NOOP = 1.5  # project no-op <= 1.5 x DVC's one-stage no-op
BUDGET_INCREMENTAL = 1.5  # not in the issue: the cold-build rule applied to what must re-run
BUDGET_SPEEDUP = 5.0  # at 10^7 rows: DuckDB >= 5x faster than pandas
BUDGET_RSS = 2 * 1024**3  # at 10^7 rows: peak RSS <= 2 GiB
BUDGET_ROWS = 10**7
EDITED_NOTEBOOK = "notebooks/signatory-geography.py"
MODELS = ("countries", "registry_actions", "signatories", "regional_participation", "snapshots")
REAL_STAGING = ("country_codes", "un_member_additions", "population")
ENGINES = (("duckdb", "1"), ("duckdb", "default"), ("pandas", "1"))
MIB = 1024**2
TIMES, LE, GE = "\u00d7", "\u2264", "\u2265"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


# --- the project copy and DVC ------------------------------------------------------------


def pipeline_env(**extra: str) -> dict[str, str]:
    """What `make reports` gives DVC: the environment's bin first on PATH (so the stages'
    `python` is the venv's) and a fixed hash seed (as tests/conftest.pipeline_env)."""
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONHASHSEED": "0", "PYTHONUNBUFFERED": "1", **extra}
    env.pop("HANOI_ROOT", None)
    return env


def copy_repo(target: Path, source: Path = REPO) -> Path:
    """A fresh clone's files (tracked plus untracked-not-ignored) in a new git checkout,
    exactly as tests/conftest.copy_repo makes it."""
    listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=source, capture_output=True,
                             check=True).stdout
    for name in listing.decode().split("\0"):
        if name and (source / name).is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, destination)
    git(target, "init", "-q", "-b", "main")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "benchmark copy")
    return target


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-11-26T00:00:00Z",
           "GIT_COMMITTER_DATE": "2025-11-26T00:00:00Z"}
    subprocess.run(["git", "-c", "user.email=bench@example.org", "-c", "user.name=bench",
                    *args], cwd=root, check=True, env=env, capture_output=True)
