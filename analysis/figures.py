"""A report's figure files: the Vega-Lite spec of each chart (``<slug>.vl.json``), written
by the notebook, and its SVG and PNG exports for slides and papers, made by vl-convert.

vl-convert holds the GIL and keeps a core busy for a second or more per report. The report
stage therefore converts the specs in a process of their own while the kernel goes on with
the notebook (see StaticExports), instead of the kernel converting them between cells.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import vl_convert as vlc

from analysis import atomic

SPEC_SUFFIX = ".vl.json"
PNG_SCALE = 2
WARM_UP_SPEC = {"mark": "point", "data": {"values": [{"x": 0}]},
                "encoding": {"x": {"field": "x", "type": "quantitative"}}}


def write_spec(folder: Path, slug: str, spec: dict) -> Path:
    """Write one chart's spec whole (temp file, then rename): the exporter may be watching."""
    path = folder / f"{slug}{SPEC_SUFFIX}"
    atomic.write_text(path, json.dumps(spec, indent=1) + "\n")
    return path


def exported(spec_path: Path, suffix: str) -> Path:
    """``<slug><suffix>`` beside ``<slug>.vl.json``."""
    return spec_path.with_name(spec_path.name.removesuffix(SPEC_SUFFIX) + suffix)


def export_static(spec_path: Path) -> None:
    """``<slug>.svg`` and ``<slug>.png`` beside ``<slug>.vl.json``."""
    svg = vlc.vegalite_to_svg(json.loads(spec_path.read_text(encoding="utf-8")))
    atomic.write_text(exported(spec_path, ".svg"), svg)
    # The same bytes as vegalite_to_png, without running Vega a second time.
    atomic.write_bytes(exported(spec_path, ".png"), vlc.svg_to_png(svg, scale=PNG_SCALE))


def export_folder(folder: Path) -> list[Path]:
    """Export every spec in ``folder`` that has no SVG yet; return the specs exported."""
    pending = [spec for spec in sorted(folder.glob(f"*{SPEC_SUFFIX}"))
               if not exported(spec, ".svg").exists()]
    for spec in pending:
        export_static(spec)
    return pending


def watch(folder: Path, until_closed: TextIO, poll_s: float = 0.05) -> None:
    """Export specs as they appear in ``folder`` until ``until_closed`` reaches its end,
    then the rest."""
    vlc.vegalite_to_svg(WARM_UP_SPEC)  # vl-convert's first call starts its JavaScript runtime
    while not select.select([until_closed], [], [], poll_s)[0]:
        export_folder(folder)
    until_closed.read()
    export_folder(folder)


class StaticExports:
    """A child process (``python -m analysis.figures FOLDER``) that exports the specs the
    kernel writes to ``folder`` while the notebook runs: a process, not a thread, because
    vl-convert holds the GIL. Closing its stdin asks it to finish. On exit an export error
    is raised; if the notebook failed, the child is stopped and the notebook's error
    stands alone."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[str] | None = None

    def __enter__(self) -> StaticExports:
        self.process = subprocess.Popen([sys.executable, "-m", "analysis.figures",
                                         str(self.folder)], stdin=subprocess.PIPE, text=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self.process is not None and self.process.stdin is not None
        if exc_info[0] is not None:  # the notebook failed: no point in finishing
            self.process.kill()
            self.process.wait()
            return
        self.process.stdin.close()
        if self.process.wait() != 0:
            raise RuntimeError(f"exporting the figures in {self.folder} failed "
                               f"(exit {self.process.returncode}); see the message above")


if __name__ == "__main__":
    watch(Path(sys.argv[1]), sys.stdin)
