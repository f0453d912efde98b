"""The results as rows with verdicts, the Markdown table, and the machine."""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path
from typing import Any

from common import (
    BUDGET_BUILD,
    BUDGET_INCREMENTAL,
    BUDGET_NOOP,
    BUDGET_ROWS,
    BUDGET_RSS,
    BUDGET_SPEEDUP,
    GE,
    LE,
    MIB,
    TIMES,
)


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
