"""Keep a command's process from importing packages it does not need.

pandera imports pandas and numpy when they are installed (about 1.5 s), although its
polars API, which analysis.validate uses, works without them: pandera supports an
environment with polars and no pandas, and then never imports them. The validate command
makes its own process such an environment.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _Absent(importlib.abc.MetaPathFinder):
    """Reports the given top-level packages (and their submodules) as not installed."""

    def __init__(self, packages: Sequence[str]) -> None:
        self.packages = frozenset(packages)

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name.partition(".")[0] in self.packages:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def without(*packages: str) -> bool:
    """From now on, importing any of ``packages`` in this process fails as if it were not
    installed. Does nothing (returns False) if one of them is imported already."""
    if any(name in sys.modules for name in packages):
        return False
    sys.meta_path.insert(0, _Absent(packages))
    return True
