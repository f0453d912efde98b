"""`dvc repro` runs: their stages and spans, and the stages dvc.yaml declares."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import (
    VENV_BIN,
    pipeline_env,
)


class DvcRun:
    """One `dvc repro`: wall time, the stages it ran, and when each started and ended
    (read from DVC's output as it streams: 'Running stage' ... 'Updating lock file')."""

    def __init__(self, root: Path, *args: str) -> None:
        start = time.perf_counter()
        process = subprocess.Popen([str(VENV_BIN / "dvc"), "repro", *args], cwd=root,
                                   env=pipeline_env(), stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        assert process.stdout is not None
        self.lines: list[tuple[float, str]] = []
        for line in process.stdout:
            self.lines.append((time.perf_counter() - start, line.rstrip("\n")))
        process.wait()
        self.seconds = time.perf_counter() - start
        if process.returncode != 0:
            tail = "\n".join(line for _, line in self.lines[-40:])
            raise RuntimeError(f"dvc repro failed in {root}:\n{tail}")
        self.stages, self.spans = stage_spans(self.lines, self.seconds)

    @property
    def dvc_overhead(self) -> float:
        """Wall time outside the stages' commands: DVC start, graph, hashing, lock file."""
        return self.seconds - sum(self.spans.values())


def stage_spans(lines: list[tuple[float, str]],
                seconds: float) -> tuple[list[str], dict[str, float]]:
    """The stages DVC ran, in order, and each one's span. A span ends at the stage's
    lock-file update or, when its lock entry is unchanged and DVC prints none, at the next
    stage or the end of the output."""
    stages: list[str] = []
    spans: dict[str, float] = {}
    current: tuple[str, float] | None = None
    end_of_output = None
    for at, line in [*lines, (seconds, end_of_output)]:
        match = re.match(r"Running stage '([^']+)'", line or "")
        ends = line is end_of_output or match or line.startswith(
            ("Updating lock file", "Generating lock file"))
        if current and ends:
            spans[current[0]] = at - current[1]
            current = None
        if match:
            current = (match.group(1), at)
            stages.append(match.group(1))
    return stages, spans


def pipeline_stages(root: Path) -> list[dict[str, Any]]:
    """Every stage of dvc.yaml as DVC expands it (report@<report>-<snapshot>, ...)."""
    code = ("import json\nfrom dvc.repo import Repo\n"
            "with Repo('.') as repo:\n"
            "    print(json.dumps([{'name': s.addressing, 'cmd': s.cmd,"
            " 'deps': [d.def_path for d in s.deps], 'outs': [o.def_path for o in s.outs]}"
            " for s in repo.index.stages]))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                            text=True, check=True, env=pipeline_env())
    return json.loads(result.stdout)


def report_stage_of(stage: dict[str, Any]) -> tuple[str, str] | None:
    match = re.fullmatch(r"python3? -m analysis report (\S+) (\S+)", stage["cmd"].strip())
    return (match.group(1), match.group(2)) if match else None


def stages_affected_by(stages: list[dict[str, Any]], path: str) -> set[str]:
    """The stages that depend on `path`, and everything downstream of them."""
    def under(dep: str, out: str) -> bool:
        return dep == out or dep.startswith(out.rstrip("/") + "/")

    affected = {s["name"] for s in stages if path in s["deps"]}
    while True:
        outs = [o for s in stages if s["name"] in affected for o in s["outs"]]
        more = {s["name"] for s in stages
                if any(under(d, o) for d in s["deps"] for o in outs)} - affected
        if not more:
            return affected
        affected |= more
