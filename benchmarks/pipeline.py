"""1-3: cold build beside its floor, no-op beside DVC's own, one notebook edited."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from common import (
    EDITED_NOTEBOOK,
    VENV_BIN,
    copy_repo,
    git,
    log,
    median,
    pipeline_env,
)
from dvc_runs import DvcRun, pipeline_stages, report_stage_of, stages_affected_by
from floor import kernel_name, measure_floor, stage_floor


def bench_pipeline(work: Path, repeat: int, noop_repeat: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    builds: list[DvcRun] = []
    floors: list[dict[str, Any]] = []
    root = work / "cold-0"
    stages: list[dict[str, Any]] = []
    for run in range(repeat):
        root = copy_repo(work / f"cold-{run}")
        if run:
            shutil.rmtree(work / f"cold-{run - 1}")
        log(f"cold build {run + 1}/{repeat}: dvc repro in {root}")
        builds.append(DvcRun(root))
        log(f"  {builds[-1].seconds:.1f} s, {len(builds[-1].stages)} stages")
        stages = stages or pipeline_stages(root)
        floors.append(measure_floor(root, stages, kernel_name(root)))
        log(f"  floor {floors[-1]['total_s']:.1f} s")
    expected = [s["name"] for s in stages]
    for build in builds:
        if sorted(build.stages) != sorted(expected):
            raise RuntimeError(f"cold build ran {build.stages}, expected {expected}")
    stage_names = [s["name"] for s in stages]
    floor_by_stage = {name: median([stage_floor(f["stages"][name]) for f in floors])
                      for name in stage_names}
    out["cold_build"] = {
        "runs_s": [b.seconds for b in builds],
        "median_s": median([b.seconds for b in builds]),
        "floor_runs_s": [f["total_s"] for f in floors],
        "floor_median_s": median([f["total_s"] for f in floors]),
        "floor_by_stage_s": floor_by_stage,
        "floor_parts_by_stage_s": {
            name: {part: median([f["stages"][name][part] for f in floors])
                   for part in floors[0]["stages"][name]} for name in stage_names},
        "stage_span_by_stage_s": {name: median([b.spans.get(name, float("nan"))
                                                for b in builds]) for name in stage_names},
        "dvc_overhead_s": median([b.dvc_overhead for b in builds]),
        "report_stages": [s["name"] for s in stages if report_stage_of(s)],
        "other_stages": [s["name"] for s in stages if not report_stage_of(s)],
    }

    # 2. no-op: the built copy beside a one-stage pipeline, alternating.
    baseline = one_stage_repo(work / "one-stage", root)
    DvcRun(root)  # settle: nothing may run, and DVC's state database is warm for both
    project_runs, baseline_runs = [], []
    for run in range(noop_repeat):
        project = DvcRun(root)
        other = DvcRun(baseline)
        if project.stages or other.stages:
            raise RuntimeError(f"no-op ran stages: {project.stages} {other.stages}")
        project_runs.append(project.seconds)
        baseline_runs.append(other.seconds)
        log(f"no-op {run + 1}/{noop_repeat}: project {project.seconds:.2f} s, "
            f"one-stage {other.seconds:.2f} s")
    out["noop"] = {"runs_s": project_runs, "median_s": median(project_runs),
                   "baseline_runs_s": baseline_runs, "baseline_median_s": median(baseline_runs)}

    # 3. incremental: append a comment line to one notebook, once per run.
    expected_incremental = stages_affected_by(stages, EDITED_NOTEBOOK)
    runs, ran = [], []
    for run in range(repeat):
        with (root / EDITED_NOTEBOOK).open("a", encoding="utf-8") as handle:
            handle.write(f"# benchmark edit {run + 1}\n")
        result = DvcRun(root)
        runs.append(result.seconds)
        ran.append(result.stages)
        log(f"incremental {run + 1}/{repeat}: {result.seconds:.1f} s, ran {result.stages}")
    floor = sum(floor_by_stage[name] for name in expected_incremental)
    out["incremental"] = {
        "edited": EDITED_NOTEBOOK, "expected_stages": sorted(expected_incremental),
        "ran_stages": ran, "only_expected": all(set(r) == expected_incremental for r in ran),
        "runs_s": runs, "median_s": median(runs),
        "floor_s": floor + out["noop"]["baseline_median_s"],
        "floor_note": "DVC one-stage no-op + floor of the stages that must re-run",
    }
    out["_root"] = root
    return out


def one_stage_repo(path: Path, project: Path) -> Path:
    """git init, dvc init (with the project's DVC settings: no analytics, no update check),
    one stage with one dependency and one output, reproduced once."""
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    dvc = str(VENV_BIN / "dvc")
    subprocess.run([dvc, "init", "-q"], cwd=path, check=True, env=pipeline_env())
    shutil.copy2(project / ".dvc" / "config", path / ".dvc" / "config")
    (path / "input.txt").write_text("one dependency\n", encoding="utf-8")
    subprocess.run([dvc, "stage", "add", "-q", "-n", "copy", "-d", "input.txt", "-o",
                    "output.txt", "cp input.txt output.txt"], cwd=path, check=True,
                   env=pipeline_env())
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "one stage")
    DvcRun(path)
    return path
