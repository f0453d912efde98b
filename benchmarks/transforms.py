"""4. transform scaling: the SQL models on synthetic registries beside pandas."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import (
    ENGINES,
    HERE,
    MIB,
    MODELS,
    REAL_STAGING,
    REPO,
    log,
    median,
    pipeline_env,
)


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
        process = subprocess.Popen([sys.executable, str(HERE / "run.py"), "_child",
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
