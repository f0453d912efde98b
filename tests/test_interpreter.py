"""A pipeline command run by a Python without the project's packages (a DVC installed with
pipx or by the system calls `python3`): handed to .venv's Python, or one line saying what
to do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_repo, dvc

from analysis import interpreter

SYSTEM_PATH = "/usr/bin:/bin"
FOREIGN = shutil.which("python3", path=SYSTEM_PATH)
ENVIRONMENT = Path(sys.prefix)  # the project's environment, which this test runs in


def foreign_python_lacks_the_packages() -> bool:
    if not FOREIGN:
        return False
    probe = ("import importlib.util as u; "
             f"print(any(u.find_spec(n) is None for n in {interpreter.NEEDED!r}))")
    result = subprocess.run([FOREIGN, "-I", "-c", probe], capture_output=True, text=True)
    return result.stdout.strip() == "True"


needs_foreign = pytest.mark.skipif(not foreign_python_lacks_the_packages(),
                                   reason="no python3 without the project's packages on "
                                          f"{SYSTEM_PATH}")


def foreign_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "HANOI_ROOT", interpreter.HANDED_OVER)}
    return {**env, "PATH": SYSTEM_PATH}


def project_copy(tmp_path: Path, *, with_venv: bool) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "analysis", root / "analysis",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data" / "raw", root / "data" / "raw")
    shutil.copy2(REPO / "params.yaml", root / "params.yaml")
    if with_venv:
        (root / ".venv").symlink_to(ENVIRONMENT, target_is_directory=True)
    return root


def test_the_projects_python_runs_the_command_itself():
    assert interpreter.missing_package() is None
    interpreter.use_project_python(["verify"])  # returns: nothing to hand over


@needs_foreign
def test_a_foreign_python_hands_the_command_to_the_venv(tmp_path):
    root = project_copy(tmp_path, with_venv=True)
    result = subprocess.run([FOREIGN, "-m", "analysis", "verify"], cwd=root,
                            capture_output=True, text=True, env=foreign_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("verified ")


@needs_foreign
def test_a_foreign_python_without_a_venv_stops_with_one_line(tmp_path):
    root = project_copy(tmp_path, with_venv=False)
    result = subprocess.run([FOREIGN, "-m", "analysis", "verify"], cwd=root,
                            capture_output=True, text=True, env=foreign_env())
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "make reports" in result.stderr and "source .venv/bin/activate" in result.stderr
    assert not (root / "data" / "interim").exists()


@pytest.mark.e2e
@needs_foreign
def test_dvc_repro_without_the_venv_on_path_runs_the_stage_in_the_venv(tmp_path):
    root = copy_repo(tmp_path / "repo")
    (root / ".venv").symlink_to(ENVIRONMENT, target_is_directory=True)
    result = dvc(root, "repro", "verify", env=foreign_env())
    assert "verified " in result.stdout
    shutil.rmtree(root / "data" / "interim")
    (root / ".venv").unlink()
    failed = dvc(root, "repro", "verify", env=foreign_env(), check=False)
    assert failed.returncode != 0
    assert "run `make reports`, or `source .venv/bin/activate`" in failed.stdout + failed.stderr
