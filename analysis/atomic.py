"""Write outputs so that nothing is ever left half-way: temp file or folder, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.chmod(0o644)  # mkstemp creates 0600; outputs are meant to be read by everyone
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield an empty temporary folder; it replaces ``target`` whole on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    tmp.chmod(0o755)
    old = target.with_name(f".{target.name}.old")
    try:
        yield tmp
        shutil.rmtree(old, ignore_errors=True)
        try:
            if target.exists():
                os.replace(target, old)
            os.replace(tmp, target)
        finally:
            # Interrupted (SIGTERM raises SystemExit) between the two renames: put the
            # previous folder back rather than leave no folder at all.
            if old.exists() and not target.exists():
                os.replace(old, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_all(contents: dict[Path, bytes]) -> None:
    """Write several files as one change: every file is staged beside its target first, then
    all are renamed into place; if anything fails on the way, the files written so far get
    their previous bytes back (or are removed, as are folders made for them)."""
    previous: dict[Path, bytes | None] = {}
    made_dirs: list[Path] = []
    staged: dict[Path, Path] = {}
    try:
        for target, data in contents.items():
            previous[target] = target.read_bytes() if target.exists() else None
            missing = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
            target.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.extend(reversed(missing))
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
            staged[target] = Path(name)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            staged[target].chmod(0o644)
        replaced: list[Path] = []
        try:
            for target, tmp in staged.items():
                os.replace(tmp, target)
                replaced.append(target)
        except BaseException:
            for target in replaced:
                if previous[target] is None:
                    target.unlink(missing_ok=True)
                else:
                    write_bytes(target, previous[target])
            raise
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        for folder in reversed(made_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
