"""Keep a command's process from importing packages it does not need.

pandera imports pandas and numpy when they are installed (about 1.5 s), although its
polars API, which analysis.validate uses, works without them: pandera supports an
environment with polars and no pandas, and then never imports them. The validate command
makes its own process such an environment. Likewise the report command: papermill imports
pyarrow (and with it numpy) only for HDFS paths, jupytext imports tornado.web only for its
Jupyter-server contents manager, and both carry on without them.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _Absent(importlib.abc.MetaPathFinder):
    """Reports the given modules (and their submodules) as not installed."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = tuple(modules)

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if any(name == module or name.startswith(f"{module}.") for module in self.modules):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def without(*modules: str) -> bool:
    """From now on, importing any of ``modules`` (e.g. "pandas", "tornado.web") in this
    process fails as if it were not installed. Does nothing (returns False) if one of them
    is imported already."""
    if any(name in sys.modules for name in modules):
        return False
    sys.meta_path.insert(0, _Absent(modules))
    return True
