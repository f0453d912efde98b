"""Performance benchmark and budget (see benchmarks/README.md).

    .venv/bin/python benchmarks/run.py            # everything, medians of 5 (~12 min, 2 cores)
    .venv/bin/python benchmarks/run.py --smoke    # transform scaling only, tiny sizes, 1 run

Measures on this machine, writes benchmarks/results.json and benchmarks/results.md and
prints the Markdown table:

1. cold build: `dvc repro` of a clean copy of the repository, beside a floor (per report
   stage a bare `hanoi-analysis` kernel start plus the notebook's imports; per other stage
   a bare `python -c "import analysis"`);
2. no-op: `dvc repro` with nothing changed, beside DVC's own no-op on a one-stage pipeline;
3. incremental: one notebook edited; only that notebook's stages may run;
4. transform scaling: synthetic registries of 10^5..10^7 action rows through the project's
   SQL models (DuckDB, 1 thread and the default) beside a pandas implementation of the
   same transforms, results checked equal; time and peak RSS, one child process each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
VENV_BIN = Path(sys.executable).parent
sys.path[:0] = [str(REPO), str(HERE)]

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


# --- the floor: kernel start + the notebook's imports -------------------------------------


def notebook_imports(path: Path) -> str:
    """The notebook's top-level imports, as the report stage preloads them."""
    from analysis import kernel

    return kernel.import_statements(path.read_text(encoding="utf-8"))


def kernel_floor(root: Path, kernel: str, code: str) -> dict[str, float]:
    """Start a kernel of the report kernelspec, wait until it answers, run the imports.
    Shutdown is timed apart and is not part of the floor."""
    from jupyter_client.manager import KernelManager

    manager = KernelManager(kernel_name=kernel)
    start = time.perf_counter()
    manager.start_kernel(cwd=str(root), env=pipeline_env())
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        ready = time.perf_counter()
        reply = client.execute_interactive(code, timeout=300, output_hook=lambda _msg: None)
        imported = time.perf_counter()
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"imports failed in the kernel: {reply['content']}")
    finally:
        client.stop_channels()
        down = time.perf_counter()
        manager.shutdown_kernel(now=False)
    return {"kernel_start_s": ready - start, "imports_s": imported - ready,
            "shutdown_s": time.perf_counter() - down}


def process_floor(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import analysis"], cwd=root, check=True,
                   env=pipeline_env())
    return time.perf_counter() - start


def measure_floor(root: Path, stages: list[dict[str, Any]], kernel: str) -> dict[str, Any]:
    per_stage: dict[str, dict[str, float]] = {}
    for stage in stages:
        report = report_stage_of(stage)
        if report:
            code = notebook_imports(root / "notebooks" / f"{report[0]}.py")
            per_stage[stage["name"]] = kernel_floor(root, kernel, code)
        else:
            per_stage[stage["name"]] = {"process_s": process_floor(root)}
    total = sum(v.get("kernel_start_s", 0) + v.get("imports_s", 0) + v.get("process_s", 0)
                for v in per_stage.values())
    return {"total_s": total, "stages": per_stage}


def stage_floor(parts: dict[str, float]) -> float:
    return parts.get("kernel_start_s", 0) + parts.get("imports_s", 0) + parts.get("process_s", 0)


# --- 1-3: cold build, no-op, incremental ---------------------------------------------------


def kernel_name(root: Path) -> str:
    import yaml

    return yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))["render"]["kernel"]


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


# --- 5. evidence: where a report stage spends its time -------------------------------------

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


# --- 4. transform scaling ------------------------------------------------------------------


def model_closure(wanted: tuple[str, ...]) -> list[str]:
    """The wanted models and every model they read (as warehouse.build_order finds them)."""
    from analysis import warehouse

    sql = warehouse.models()
    names = set(wanted)
    while True:
        words = set()
        for name in names:
            text = re.sub(r"--[^\n]*", "", sql[name]).lower()
            words |= set(re.findall(r"\b[a-z_][a-z0-9_]*\b", text))
        more = {other for other in sql if other in words} - names
        if not more:
            return sorted(names)
        names |= more


def prepare_sql(target: Path) -> list[str]:
    """The models' files, byte for byte, and the shared definitions, in their own folder."""
    from analysis import warehouse

    target.mkdir(parents=True)
    for path in warehouse.definitions():
        shutil.copy2(path, target / path.name)
    names = model_closure(MODELS)
    for name in names:
        shutil.copy2(warehouse.SQL_DIR / f"{name}.sql", target / f"{name}.sql")
    return names


def real_staging() -> dict[str, Any]:
    """country_codes, un_member_additions, population exactly as the validate stage makes
    them (analysis.staging.staging_tables on the raw files)."""
    from analysis import config, staging

    tables = staging.staging_tables(config.load(REPO))
    return {name: tables[name] for name in REAL_STAGING}


def write_synthetic(folder: Path, rows: int, real: dict[str, Any]) -> dict[str, int]:
    import synthetic

    folder.mkdir(parents=True)
    registry, snapshots = synthetic.generate(rows, real["country_codes"],
                                             real["un_member_additions"])
    for name, frame in real.items():
        frame.write_parquet(folder / f"{name}.parquet", statistics=False)
    registry.write_parquet(folder / "registry_actions.parquet", statistics=False)
    snapshots.write_parquet(folder / "snapshots.parquet", statistics=False)
    return {"rows": registry.height, "snapshot_partitions": snapshots.height,
            "signature_rows": int((registry["action"] == "signature").sum())}


def vmhwm() -> int:
    """This process's peak resident set size so far, in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def child_duckdb(staging: Path, sql_dir: Path, work: Path, threads: str,
                 dump: Path | None) -> dict[str, Any]:
    from analysis import warehouse

    database = work / "bench.duckdb"
    for leftover in work.glob("bench.duckdb*"):
        leftover.unlink()
    start = time.perf_counter()
    connection = warehouse.connect(database)  # the stage's connection: every core
    if threads != "default":
        connection.execute(f"SET threads = {int(threads)}")
    warehouse.load_staging(connection, staging)
    loaded = time.perf_counter()
    order = warehouse.run_models(connection, sql_dir)
    done = time.perf_counter()
    peak = vmhwm()
    used = connection.execute("SELECT current_setting('threads')").fetchone()[0]
    counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in order}
    if dump:
        for table in ("signatories", "regional_participation"):
            connection.execute(f"COPY {table} TO '{(dump / f'{table}.parquet').as_posix()}' "
                               "(FORMAT parquet)")
    closing = time.perf_counter()
    connection.close()
    return {"load_s": loaded - start, "transform_s": done - loaded, "total_s": done - start,
            "close_s": time.perf_counter() - closing, "peak_rss": peak, "threads": used,
            "models": order, "rows": counts}


def pandas_transforms(staging: Path) -> tuple[dict[str, Any], float]:
    """countries (the columns used), signatories and regional_participation, as the SQL
    models define them, written the straightforward pandas way."""
    import numpy as np
    import pandas as pd

    start = time.perf_counter()
    read = {name: pd.read_parquet(staging / f"{name}.parquet")
            for name in ("country_codes", "un_member_additions", "population",
                         "registry_actions", "snapshots")}
    loaded = time.perf_counter() - start
    codes, additions = read["country_codes"], read["un_member_additions"]
    population = read["population"]
    population = population.loc[population["year"] == 2024, ["iso3", "population"]]
    countries = (codes[["iso3", "unterm_english_short", "region", "sub_region"]]
                 .merge(additions[["iso3"]].assign(added=True), on="iso3", how="left")
                 .merge(population, on="iso3", how="left"))
    unterm = countries["unterm_english_short"]
    countries["is_un_member"] = countries["added"].eq(True) | (
        unterm.notna() & ~unterm.fillna("").str.contains("*", regex=False))
    countries = countries.rename(columns={"population": "population_2024"})[
        ["iso3", "region", "sub_region", "is_un_member", "population_2024"]]

    actions = read["registry_actions"]
    signed = actions.loc[actions["action"] == "signature",
                         ["snapshot_id", "participant", "iso3", "entity_kind", "action_date",
                          "place", "date_basis"]]
    signatories = signed.merge(countries, on="iso3", how="left")
    signatories["is_state"] = signatories["entity_kind"] == "state"
    signatories["is_un_member"] = signatories["is_un_member"].eq(True)
    signatories = signatories.rename(columns={"action_date": "signature_date"})[
        ["snapshot_id", "participant", "iso3", "is_state", "is_un_member", "signature_date",
         "place", "date_basis", "region", "sub_region", "population_2024"]
    ].sort_values(["snapshot_id", "signature_date", "participant"], kind="stable")

    marks = signatories.loc[signatories["iso3"].notna(), ["snapshot_id", "iso3"]]
    states = (read["snapshots"][["snapshot_id"]]
              .merge(countries[["iso3", "region", "sub_region", "is_un_member"]], how="cross")
              .merge(marks.assign(signed=True), on=["snapshot_id", "iso3"], how="left"))
    states["signed"] = states["signed"].eq(True)
    states = states[states["is_un_member"] | states["signed"]]
    member, signed_mask = states["is_un_member"], states["signed"]
    counts = pd.DataFrame({
        "snapshot_id": states["snapshot_id"], "region": states["region"],
        "sub_region": states["sub_region"],
        "un_member_states": member,
        "un_member_signatories": member & signed_mask,
        "other_state_signatories": ~member & signed_mask,
    })
    measures = ["un_member_states", "un_member_signatories", "other_state_signatories"]
    by_region = counts.groupby(["snapshot_id", "region"], dropna=False)[measures].sum()
    by_region = by_region.reset_index().assign(level="region", sub_region=None)
    by_sub = counts.groupby(["snapshot_id", "region", "sub_region"], dropna=False)[measures]
    by_sub = by_sub.sum().reset_index().assign(level="sub_region")
    regional = pd.concat([by_region, by_sub], ignore_index=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        regional["share_signed"] = (regional["un_member_signatories"].to_numpy(dtype="float64")
                                    / regional["un_member_states"].to_numpy(dtype="float64"))
    regional["share_signed"] = regional["share_signed"].round(6)
    regional = regional[["snapshot_id", "level", "region", "sub_region", "un_member_states",
                         "un_member_signatories", "share_signed", "other_state_signatories"]]
    regional = regional.sort_values(["snapshot_id", "region", "level", "sub_region"],
                                    na_position="first", kind="stable")
    return {"countries": countries, "signatories": signatories,
            "regional_participation": regional}, loaded


def child_pandas(staging: Path, dump: Path | None) -> dict[str, Any]:
    import pandas  # noqa: F401  imports are not timed (nor are DuckDB's)
    import pyarrow.parquet  # noqa: F401  (pandas imports it lazily on the first read)

    start = time.perf_counter()
    tables, loaded = pandas_transforms(staging)
    done = time.perf_counter()
    peak = vmhwm()
    if dump:
        for name in ("signatories", "regional_participation"):
            tables[name].to_parquet(dump / f"{name}.parquet", index=False)
    return {"load_s": loaded, "transform_s": done - start - loaded, "total_s": done - start,
            "peak_rss": peak, "threads": 1, "rows": {k: len(v) for k, v in tables.items()}}


def child_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="run.py _child")
    parser.add_argument("engine", choices=["duckdb", "pandas"])
    parser.add_argument("threads", choices=["1", "default"])
    parser.add_argument("staging", type=Path)
    parser.add_argument("sql_dir", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    if args.engine == "duckdb":
        result = child_duckdb(args.staging, args.sql_dir, args.work, args.threads, args.dump)
    else:
        result = child_pandas(args.staging, args.dump)
    print(json.dumps(result))


def run_child(*args: str) -> dict[str, Any]:
    """One measurement in its own process. The child reports its peak RSS at the end of the
    timed part (VmHWM); the kernel's figure for its whole life (wait4) is kept beside it."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "_child",
                                    *args], stdout=out, stderr=err, env=pipeline_env())
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"benchmark child {args} failed:\n{err.read()[-3000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    result["ru_maxrss"] = usage.ru_maxrss * 1024  # KiB on Linux
    return result


def compare(sql_file: Path, pandas_file: Path, keys: list[str]) -> dict[str, Any]:
    """Both results sorted by their key; equal column by column (shares within 1e-9)."""
    import polars as pl

    sql = pl.read_parquet(sql_file)
    other = pl.read_parquet(pandas_file).select(sql.columns)
    other = other.cast(dict(sql.schema), strict=True)
    sql, other = sql.sort(keys, nulls_last=False), other.sort(keys, nulls_last=False)
    problems = []
    if sql.height != other.height:
        problems.append(f"rows: SQL {sql.height}, pandas {other.height}")
    else:
        for column in sql.columns:
            a, b = sql[column], other[column]
            if a.dtype.is_float():
                a, b = a.fill_nan(None), b.fill_nan(None)
                same = a.eq_missing(b) | ((a - b).abs() <= 1e-9).fill_null(False)
            else:
                same = a.eq_missing(b)
            if not same.all():
                problems.append(f"{column}: {(~same).sum()} rows differ")
    return {"equal": not problems, "rows": sql.height, "problems": problems}


def bench_transforms(work: Path, sizes: list[int], repeat: int) -> dict[str, Any]:
    sql_dir = work / "sql"
    models = prepare_sql(sql_dir)
    real = real_staging()
    results: dict[str, Any] = {"models": models, "sizes": {}}
    for rows in sizes:
        staging = work / f"staging-{rows}"
        started = time.perf_counter()
        shape = write_synthetic(staging, rows, real)
        log(f"synthetic {rows:,} rows: {shape} in {time.perf_counter() - started:.1f} s "
            "(not timed)")
        runs: dict[str, list[dict[str, Any]]] = {f"{e}:{t}": [] for e, t in ENGINES}
        dumps = {key: work / f"out-{rows}-{key.replace(':', '-')}" for key in runs}
        for run in range(repeat):
            for engine, threads in ENGINES:
                key = f"{engine}:{threads}"
                dump = ["--dump", str(dumps[key])] if run == 0 else []
                result = run_child(engine, threads, str(staging), str(sql_dir), str(work), *dump)
                runs[key].append(result)
                log(f"  {rows:,} {key} run {run + 1}/{repeat}: {result['total_s']:.2f} s, "
                    f"{result['peak_rss'] / MIB:.0f} MiB")
        checks = {}
        for key in ("duckdb:1", "duckdb:default"):
            checks[key] = {
                "signatories": compare(dumps[key] / "signatories.parquet",
                                       dumps["pandas:1"] / "signatories.parquet",
                                       ["snapshot_id", "participant", "signature_date"]),
                "regional_participation": compare(
                    dumps[key] / "regional_participation.parquet",
                    dumps["pandas:1"] / "regional_participation.parquet",
                    ["snapshot_id", "level", "region", "sub_region"]),
            }
        for key in runs:
            shutil.rmtree(dumps[key], ignore_errors=True)
        shutil.rmtree(staging)
        summary = {}
        for key, results_ in runs.items():
            summary[key] = {
                "total_s": median([r["total_s"] for r in results_]),
                "load_s": median([r["load_s"] for r in results_]),
                "transform_s": median([r["transform_s"] for r in results_]),
                "peak_rss": median([r["peak_rss"] for r in results_]),
                "peak_rss_max": max(r["peak_rss"] for r in results_),
                "threads": results_[0]["threads"],
                "runs_s": [r["total_s"] for r in results_],
                "rows": results_[0]["rows"],
            }
        results["sizes"][str(rows)] = {"data": shape, "engines": summary, "checks": checks,
                                       "equal": all(c["equal"] for check in checks.values()
                                                    for c in check.values())}
    return results


# --- the table -----------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def rows_for(results: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if "cold_build" in results:
        cold = results["cold_build"]
        ratio = cold["median_s"] / cold["floor_median_s"]
        rows.append({"id": "cold_build", "benchmark": "1. cold build: dvc repro, all snapshots",
                     "measured": cold["median_s"], "unit": "s",
                     "baseline": cold["floor_median_s"], "baseline_label": "floor",
                     "ratio": ratio, "budget": BUDGET_BUILD,
                     "budget_text": f"{LE} 1.5{TIMES} floor",
                     "budget_use": ratio / BUDGET_BUILD, "verdict": verdict(ratio <= BUDGET_BUILD)})
    if "noop" in results:
        noop = results["noop"]
        ratio = noop["median_s"] / noop["baseline_median_s"]
        rows.append({"id": "noop", "benchmark": "2. no-op: dvc repro, nothing changed",
                     "measured": noop["median_s"], "unit": "s",
                     "baseline": noop["baseline_median_s"],
                     "baseline_label": "DVC one-stage no-op", "ratio": ratio,
                     "budget": BUDGET_NOOP, "budget_text": f"{LE} 1.5{TIMES} DVC no-op",
                     "budget_use": ratio / BUDGET_NOOP, "verdict": verdict(ratio <= BUDGET_NOOP)})
    if "incremental" in results:
        inc = results["incremental"]
        ratio = inc["median_s"] / inc["floor_s"]
        ok = ratio <= BUDGET_INCREMENTAL and inc["only_expected"]
        rows.append({"id": "incremental",
                     "benchmark": f"3. incremental: {Path(inc['edited']).name} edited "
                                  f"({len(inc['expected_stages'])} stages re-run"
                                  f"{'' if inc['only_expected'] else ', OTHERS RAN TOO'})",
                     "measured": inc["median_s"], "unit": "s", "baseline": inc["floor_s"],
                     "baseline_label": "DVC no-op + floor of those stages", "ratio": ratio,
                     "budget": BUDGET_INCREMENTAL, "budget_text": f"{LE} 1.5{TIMES} (proposed)",
                     "budget_use": ratio / BUDGET_INCREMENTAL, "verdict": verdict(ok)})
    for size, entry in results.get("transforms", {}).get("sizes", {}).items():
        rows_n = int(size)
        pandas = entry["engines"]["pandas:1"]
        # The budget binds the warehouse as shipped (every core); one thread is shown too.
        for key, label in (("duckdb:default", "as shipped"), ("duckdb:1", "threads=1")):
            engine = entry["engines"][key]
            label = f"{label} ({engine['threads']} threads)" if key == "duckdb:default" else label
            binding = rows_n == BUDGET_ROWS and key == "duckdb:default"
            speedup = pandas["total_s"] / engine["total_s"]
            ok = speedup >= BUDGET_SPEEDUP and entry["equal"]
            rows.append({
                "id": f"transform_{size}_{key.replace(':', '_')}_time",
                "benchmark": f"4. transform {rows_n:.0e} rows, DuckDB {label}: time"
                             + ("" if entry["equal"] else " (RESULTS DIFFER)"),
                "measured": engine["total_s"], "unit": "s", "baseline": pandas["total_s"],
                "baseline_label": "pandas", "ratio": speedup, "ratio_kind": f"{TIMES} faster",
                "budget": BUDGET_SPEEDUP, "budget_text": f"{GE} 5{TIMES} faster",
                "budget_use": BUDGET_SPEEDUP / speedup,
                "verdict": verdict(ok) if binding else f"info ({verdict(ok)})",
                "checked_equal": entry["equal"]})
            rss = engine["peak_rss"]
            rows.append({
                "id": f"transform_{size}_{key.replace(':', '_')}_rss",
                "benchmark": f"4. transform {rows_n:.0e} rows, DuckDB {label}: peak RSS",
                "measured": rss / MIB, "unit": "MiB", "baseline": pandas["peak_rss"] / MIB,
                "baseline_label": "pandas", "ratio": rss / BUDGET_RSS,
                "ratio_kind": "of budget", "budget": BUDGET_RSS / MIB,
                "budget_text": f"{LE} 2 GiB", "budget_use": rss / BUDGET_RSS,
                "verdict": verdict(rss <= BUDGET_RSS) if binding
                else f"info ({verdict(rss <= BUDGET_RSS)})",
                "checked_equal": entry["equal"]})
    return rows


def fmt(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if unit == "MiB" else f"{value:.2f} {unit}"


def markdown(results: dict[str, Any]) -> str:
    lines = [
        f"# Benchmark results ({results['machine']['when']}, {results['machine']['cpus']} CPUs,"
        f" {'smoke' if results['settings']['smoke'] else 'full'} run)", "",
        "| benchmark | measured (median) | baseline (median) | ratio | budget | budget use"
        " | verdict |",
        "| --- | ---: | ---: | ---: | --- | ---: | --- |",
    ]
    for row in results["rows"]:
        kind = row.get("ratio_kind", TIMES)
        ratio = (f"{row['ratio']:.0%} {kind}" if kind == "of budget"
                 else f"{row['ratio']:.2f}{kind if kind == TIMES else ' ' + kind}")
        lines.append(f"| {row['benchmark']} | {fmt(row['measured'], row['unit'])} | "
                     f"{fmt(row['baseline'], row['unit'])} ({row['baseline_label']}) | {ratio} | "
                     f"{row['budget_text']} | {row['budget_use']:.0%} | {row['verdict']} |")
    transforms = results.get("transforms")
    if transforms:
        lines += ["", "Transform scaling (medians; load = parquet into the engine, transform ="
                  f" the models {', '.join(transforms['models'])} or their pandas twin):", "",
                  "| rows | snapshot partitions | engine | load s | transform s | total s |"
                  " peak RSS MiB | SQL = pandas |",
                  "| ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"]
        for size, entry in transforms["sizes"].items():
            for key, engine in entry["engines"].items():
                lines.append(
                    f"| {int(size):,} | {entry['data']['snapshot_partitions']:,} | {key} "
                    f"| {engine['load_s']:.2f} | {engine['transform_s']:.2f} | "
                    f"{engine['total_s']:.2f} | {engine['peak_rss'] / MIB:,.0f} | "
                    f"{'yes' if entry['equal'] else 'NO'} |")
    if "cold_build" in results:
        cold = results["cold_build"]
        lines += ["", "Cold build by stage (medians, s): DVC's span of the stage "
                  "('Running stage' to 'Updating lock file') beside its floor:", "",
                  "| stage | span | floor | span - floor |", "| --- | ---: | ---: | ---: |"]
        for name, span in cold["stage_span_by_stage_s"].items():
            floor = cold["floor_by_stage_s"][name]
            lines.append(f"| {name} | {span:.2f} | {floor:.2f} | {span - floor:.2f} |")
        lines.append(f"| DVC outside the stages | {cold['dvc_overhead_s']:.2f} | 0 | "
                     f"{cold['dvc_overhead_s']:.2f} |")
    evidence = results.get("diagnosis")
    if evidence:
        lines += ["", "Where a report stage's time goes (one instrumented `python -m analysis "
                  "report` per notebook; seconds since the process started; the figure "
                  "exports run beside the kernel, in a child process):", "",
                  "| notebook | kernel spawned | render imported | notebook executed | "
                  "page rendered | figures exported | report written | kernel stopped | "
                  "of which cells |", "| --- |" + " ---: |" * 8]
        for name, info in evidence["reports"].items():
            if "error" in info:
                lines.append(f"| {name} | error |" + " |" * 7)
                continue
            marks = info["marks_s"]
            lines.append(
                f"| {name} | " + " | ".join(f"{marks[key]:.2f}" for key in (
                    "kernel spawned", "render imported", "notebook executed", "page rendered",
                    "figures exported", "report written", "kernel stopped"))
                + f" | {info['cells_s']:.2f} |")
        lines += ["", "Process starts (median of 3, s): " + "; ".join(
            f"{k} {v:.2f}" for k, v in evidence["process_starts_s"].items())]
    return "\n".join(lines) + "\n"


def machine() -> dict[str, Any]:
    import duckdb
    import pandas
    import polars

    return {"when": dt.datetime.now().isoformat(timespec="seconds"),
            "cpus": os.cpu_count(), "platform": platform.platform(),
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "pandas": pandas.__version__, "polars": polars.__version__}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="transform scaling only, 10^3 and 10^4 rows, one run (seconds)")
    parser.add_argument("--smoke-full", action="store_true",
                        help="every part once with tiny transform sizes (a few minutes)")
    parser.add_argument("--repeat", type=int, help="runs per measurement (default 5; smoke 1)")
    parser.add_argument("--sizes", type=int, nargs="+", help="synthetic rows per scaling step")
    parser.add_argument("--parts", nargs="+", choices=["pipeline", "transforms", "diagnose"],
                        help="what to run (default: all; --smoke: transforms)")
    parser.add_argument("--out", type=Path, default=HERE, help="where results.json/.md go")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    smoke = args.smoke or args.smoke_full
    repeat = args.repeat or (1 if smoke else 5)
    sizes = args.sizes or ([10**3, 10**4] if smoke else [10**5, 10**6, 10**7])
    parts = args.parts or (["transforms"] if args.smoke
                           else ["pipeline", "transforms", "diagnose"])
    results: dict[str, Any] = {
        "machine": machine(),
        "settings": {"smoke": smoke, "repeat": repeat, "noop_repeat": 2 * repeat if not smoke
                     else 1, "sizes": sizes, "parts": parts},
    }
    work = Path(tempfile.mkdtemp(prefix="hanoi-bench-"))
    started = time.perf_counter()
    try:
        if "pipeline" in parts:
            pipeline = bench_pipeline(work / "pipeline", repeat,
                                      results["settings"]["noop_repeat"])
            root = pipeline.pop("_root")
            results.update(pipeline)
            if "diagnose" in parts:
                results["diagnosis"] = diagnose(root, pipeline_stages(root))
        if "transforms" in parts:
            results["transforms"] = bench_transforms(work / "transforms", sizes, repeat)
    finally:
        if args.keep:
            log(f"scratch kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    results["settings"]["wall_s"] = time.perf_counter() - started
    results["rows"] = rows_for(results)
    table = markdown(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n",
                                           encoding="utf-8")
    (args.out / "results.md").write_text(table, encoding="utf-8")
    print(table)
    return 0 if all(row["verdict"] != "FAIL" for row in results["rows"]) else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child_main(sys.argv[2:])
    else:
        sys.exit(main())
