"""The Python a pipeline command runs in. Standard library only: it runs first.

dvc.yaml's commands call `python3 -m analysis`. Under the project's DVC (`make reports`, or
an activated .venv) that is the environment's Python. Under another DVC (pipx, a system
package) it may be a Python without the project's packages: the command is then handed to
.venv's Python when there is one, or stops with one line saying what to do.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

NEEDED = ("yaml", "duckdb", "polars", "papermill", "pandera")  # what the stages import
HANDED_OVER = "HANOI_HANDED_TO_VENV"  # set when .venv's Python was asked once already
VENV_PYTHONS = (Path(".venv") / "bin" / "python", Path(".venv") / "Scripts" / "python.exe")


def missing_package() -> str | None:
    """The first package of NEEDED this Python cannot import, or None."""
    return next((name for name in NEEDED if importlib.util.find_spec(name) is None), None)


def venv_python(root: Path) -> Path | None:
    return next((root / path for path in VENV_PYTHONS if (root / path).is_file()), None)


def use_project_python(argv: list[str]) -> None:
    """Return if this Python has the packages; else rerun `-m analysis argv` in .venv's."""
    missing = missing_package()
    if missing is None:
        return
    root = Path(os.environ.get("HANOI_ROOT", "."))
    target = venv_python(root)
    if target is not None and not os.environ.get(HANDED_OVER):
        os.environ[HANDED_OVER] = "1"
        command = [str(target), "-m", "analysis", *argv]
        if os.name == "posix":
            os.execv(command[0], command)
        sys.exit(subprocess.call(command))
    sys.exit(f"error: {sys.executable} has no {missing!r} (not the project's environment): "
             "run `make reports`, or `source .venv/bin/activate` before `dvc repro`")
