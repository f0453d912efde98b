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
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # the project's package, and these modules

from common import EDITED_NOTEBOOK, log  # noqa: E402
from diagnose import diagnose  # noqa: E402
from dvc_runs import pipeline_stages, report_stage_of, stage_spans, stages_affected_by  # noqa: E402
from floor import notebook_imports  # noqa: E402
from pipeline import bench_pipeline  # noqa: E402
from results_table import machine, markdown, rows_for  # noqa: E402
from transforms import bench_transforms, child_main, compare, real_staging  # noqa: E402

# What tests/test_benchmarks.py reaches through this module.
__all__ = ["EDITED_NOTEBOOK", "compare", "main", "notebook_imports", "pipeline_stages",
           "real_staging", "report_stage_of", "stage_spans", "stages_affected_by"]


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
