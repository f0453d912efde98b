"""Evidence for a failing budget: where one report stage spends its time."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import (
    VENV_BIN,
    log,
    median,
    pipeline_env,
)
from dvc_runs import report_stage_of

PROFILE_REPORT = r'''
import json, sys, time
t0 = time.perf_counter()
marks = {}
def mark(name):
    marks[name] = time.perf_counter() - t0
from pathlib import Path
from analysis import config as config_module, kernel
mark("light imports")
root, report, snapshot_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
config = config_module.load(root)
preload = kernel.import_statements(config.notebook(report).read_text(encoding="utf-8"))
with kernel.started(config.kernel, root, preload) as km:
    mark("kernel spawned")
    from analysis import figures, render
    mark("render imported")
    cells = []
    def wrap(module, name, before=None, after=None):
        original = getattr(module, name)
        def wrapped(*args, **kwargs):
            if before:
                before(*args)
            result = original(*args, **kwargs)
            if after:
                after(result)
            return result
        setattr(module, name, wrapped)
    wrap(figures.StaticExports, "__exit__", after=lambda _: mark("figures exported"))
    wrap(render, "normalize", before=lambda nb: cells.extend(
        (c.metadata.papermill.duration or 0, (c.source.splitlines() or [""])[0][:60])
        for c in nb.cells if c.cell_type == "code"))
    wrap(render, "execute", after=lambda _: mark("notebook executed"))
    wrap(render, "render_nbconvert", after=lambda _: mark("page rendered"))
    render.build_report(config, report, snapshot_id, km=km)
    mark("report written")
mark("kernel stopped")
print(json.dumps({
    "marks_s": marks,
    "cells_s": sum(duration for duration, _ in cells),
    "slowest_cells": sorted(([round(d, 3), source] for d, source in cells), reverse=True)[:4],
}))
'''


def diagnose(root: Path, stages: list[dict[str, Any]]) -> dict[str, Any]:
    """One instrumented report stage per notebook (first snapshot; it rewrites that report
    in the benchmark's copy), the stage process's imports, and DVC's start."""
    evidence: dict[str, Any] = {"reports": {}}
    seen: set[str] = set()
    for stage in stages:
        report = report_stage_of(stage)
        if not report or report[0] in seen:
            continue
        seen.add(report[0])
        result = subprocess.run([sys.executable, "-c", PROFILE_REPORT, str(root), *report],
                                cwd=root, capture_output=True, text=True, env=pipeline_env())
        if result.returncode != 0:
            evidence["reports"][report[0]] = {"error": result.stderr[-2000:]}
            continue
        evidence["reports"][report[0]] = json.loads(result.stdout.strip().splitlines()[-1])
        log(f"profiled {report[0]}: {evidence['reports'][report[0]]}")
    timings = {}
    for label, argv in (
        ("python -c 'import analysis'", [sys.executable, "-c", "import analysis"]),
        ("python -c 'import analysis.render' (report stage process)",
         [sys.executable, "-c", "import analysis.render"]),
        ("python -m analysis --help", [sys.executable, "-m", "analysis", "--help"]),
        ("dvc --version", [str(VENV_BIN / "dvc"), "--version"]),
        ("dvc status (built copy)", [str(VENV_BIN / "dvc"), "status"]),
    ):
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(argv, cwd=root, env=pipeline_env(), capture_output=True, check=True)
            runs.append(time.perf_counter() - start)
        timings[label] = median(runs)
    evidence["process_starts_s"] = timings
    return evidence
