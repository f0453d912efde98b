"""The warehouse stage: run analysis/sql/*.sql in dependency order into one DuckDB file,
then export every table to parquet, whole and sliced per snapshot.

Each .sql file is one SELECT; the file name is the table it makes. Dependencies are read
from the SQL itself (any other model's name used as an identifier), so adding a model is
adding a file. A model is stored as a table unless its file has the line
`-- materialized: view`: then it is a view, computed when read, which suits a model that
only filters or renames the rows of another (at the scale of the whole Treaty Collection,
copying ten million rows costs more than reading them twice).
"""

from __future__ import annotations

import graphlib
import json
import re
import shutil
import tempfile
from pathlib import Path

import duckdb

from analysis import atomic, plots, provenance
from analysis.config import Config

SQL_DIR = Path(__file__).parent / "sql"
METRIC_COLUMNS = ("signatories_total", "signatory_states", "un_member_signatories",
                  "signed_first_day", "world_population_share")


def models(sql_dir: Path = SQL_DIR) -> dict[str, str]:
    """Every model: <table>.sql holds one SELECT. Files starting with '_' are definitions."""
    return {path.stem: path.read_text(encoding="utf-8")
            for path in sorted(sql_dir.glob("*.sql")) if not path.name.startswith("_")}


def definitions(sql_dir: Path = SQL_DIR) -> list[Path]:
    """Shared definitions (macros), run before the models in name order."""
    return sorted(sql_dir.glob("_*.sql"))


def materialization(sql: str) -> str:
    """TABLE, or VIEW for a model marked `-- materialized: view`."""
    marked = re.search(r"^--\s*materialized:\s*(\w+)\s*$", sql, re.MULTILINE)
    kind = marked.group(1).upper() if marked else "TABLE"
    if kind not in ("TABLE", "VIEW"):
        raise ValueError(f"materialized: {marked.group(1)!r} is neither table nor view")
    return kind


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


def build_order(sql_by_table: dict[str, str]) -> list[str]:
    """Topological order of the models (ties broken by name, so the order is stable)."""
    graph: dict[str, set[str]] = {}
    for table, sql in sql_by_table.items():
        words = set(re.findall(r"\b[a-z_][a-z0-9_]*\b", _strip_comments(sql).lower()))
        graph[table] = {other for other in sql_by_table if other != table and other in words}
    sorter = graphlib.TopologicalSorter(graph)
    sorter.prepare()
    order: list[str] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        order.extend(ready)
        sorter.done(*ready)
    return order


def connect(path: Path | str = ":memory:") -> duckdb.DuckDBPyConnection:
    """The models run on every core: none depends on row order (aggregates that would are
    ordered inside) and none sums floating-point values, so their contents are the same
    whatever the thread count. The exports run on one thread (see export)."""
    return duckdb.connect(str(path))


def load_staging(connection: duckdb.DuckDBPyConnection, folder: Path) -> list[str]:
    names = []
    for path in sorted(folder.glob("*.parquet")):
        name = f"stg_{path.stem}"
        connection.execute(f"CREATE OR REPLACE TABLE {name} AS "
                           f"SELECT * FROM read_parquet('{path.as_posix()}')")
        names.append(name)
    return names


def run_models(connection: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> list[str]:
    for path in definitions(sql_dir):
        connection.execute(path.read_text(encoding="utf-8"))
    sql_by_table = models(sql_dir)
    order = build_order(sql_by_table)
    for table in order:
        try:
            kind = materialization(sql_by_table[table])
            connection.execute(f"CREATE OR REPLACE {kind} {table} AS {sql_by_table[table]}")
        except (duckdb.Error, ValueError) as error:
            raise RuntimeError(f"{sql_dir / (table + '.sql')}: {error}") from error
    return order


def _copy(connection: duckdb.DuckDBPyConnection, query: str, target: Path) -> None:
    connection.execute(f"COPY ({query}) TO '{target.as_posix()}' "
                       "(FORMAT parquet, COMPRESSION zstd)")


def export(connection: duckdb.DuckDBPyConnection, tables: list[str], out: Path,
           snapshots: tuple[str, ...]) -> None:
    """Whole tables to out/tables/, and per snapshot a self-contained folder for its reports.
    Every table is sorted by all its columns and written by one thread, so the parquet
    files are byte-identical from one build to the next."""
    connection.execute("SET threads = 1")
    (out / "tables").mkdir(parents=True)
    for table in tables:
        _copy(connection, f"SELECT * FROM {table} ORDER BY ALL",
              out / "tables" / f"{table}.parquet")
    for snapshot_id in snapshots:
        folder = out / "snapshots" / snapshot_id
        folder.mkdir(parents=True)
        for table in tables:
            columns = [row[0] for row in connection.execute(f"DESCRIBE {table}").fetchall()]
            where = f"WHERE snapshot_id = '{snapshot_id}'" if "snapshot_id" in columns else ""
            # A slice is materialised first: the parquet writer follows the statistics of
            # its input (e.g. "may hold nulls"), and those must come from this snapshot's
            # rows alone, or adding a snapshot would change the bytes of older slices.
            connection.execute(f"CREATE OR REPLACE TEMP TABLE _slice AS "
                               f"SELECT * FROM {table} {where} ORDER BY ALL")
            _copy(connection, "SELECT * FROM _slice", folder / f"{table}.parquet")


def metrics(connection: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Per snapshot: the headline figures and the participation figures."""
    figures: dict[str, dict] = {}
    for row in connection.execute(
        f"SELECT snapshot_id, {', '.join(METRIC_COLUMNS)} FROM snapshot_summary ORDER BY 1"
    ).fetchall():
        figures[row[0]] = dict(zip(METRIC_COLUMNS, row[1:], strict=True))
    for snapshot_id, overlap, uptake in connection.execute(
        "SELECT snapshot_id, budapest_overlap_states, opening_uptake_share "
        "FROM participation_summary ORDER BY 1"
    ).fetchall():
        figures[snapshot_id].update(budapest_overlap_states=overlap,
                                    opening_uptake_share=uptake)
    for snapshot_id, deposited, in_force, changes in connection.execute(
        "SELECT e.snapshot_id, e.instruments_deposited, e.entry_into_force_date, "
        "(SELECT count(*) FROM snapshot_changes AS c WHERE c.snapshot_id = e.snapshot_id) "
        "FROM entry_into_force AS e ORDER BY 1"
    ).fetchall():
        figures[snapshot_id].update(
            instruments_deposited=deposited, changes_since_previous=changes,
            entry_into_force_date=in_force.isoformat() if in_force else None)
    for snapshot_id, closes, days_left, closed in connection.execute(
        "SELECT snapshot_id, signature_closes, days_left, is_closed FROM signature_period "
        "ORDER BY 1"
    ).fetchall():
        figures[snapshot_id].update(signature_closes=closes.isoformat(),
                                    signature_days_left=days_left,
                                    signature_period_closed=closed)
    _new_actions(connection, figures)
    for snapshot_id, group_id, rate in connection.execute(
        "SELECT snapshot_id, group_id, member_states_share_signed FROM group_participation "
        "WHERE group_kind = 'un_regional_group' ORDER BY 1, 2"
    ).fetchall():
        rates = figures[snapshot_id].setdefault("un_regional_group_rates", {})
        rates[group_id.removeprefix("un_regional_group_")] = rate
    _uptake_metrics(connection, figures)
    return figures


def _new_actions(connection: duckdb.DuckDBPyConnection, figures: dict[str, dict]) -> None:
    """New signatures and new instruments (by kind) since the previous snapshot."""
    for snapshot_id in figures:
        figures[snapshot_id].update(new_signatures=0, new_instruments=0,
                                    new_instruments_by_kind={})
    for snapshot_id, action, group, count in connection.execute(
        "SELECT snapshot_id, action, action_group, new_actions FROM new_actions ORDER BY 1, 2"
    ).fetchall():
        if group == "signature":
            figures[snapshot_id]["new_signatures"] = count
        elif group == "instrument":
            figures[snapshot_id]["new_instruments"] += count
            figures[snapshot_id]["new_instruments_by_kind"][action] = count


def _uptake_metrics(connection: duckdb.DuckDBPyConnection, figures: dict[str, dict]) -> None:
    """The uptake race (uptake_summary), under 'uptake': dates as ISO text."""
    result = connection.execute("SELECT * FROM uptake_summary ORDER BY snapshot_id")
    columns = [column[0] for column in result.description]
    for row in result.fetchall():
        values = dict(zip(columns, row, strict=True))
        snapshot_id = values.pop("snapshot_id")
        figures.setdefault(snapshot_id, {})["uptake"] = {
            key: value.isoformat() if hasattr(value, "isoformat") else value
            for key, value in values.items()}


def build(config: Config) -> dict[str, dict[str, float | int]]:
    """Build the warehouse and its exports in a temp folder, then move them into place."""
    verified = provenance.read_verified(config)
    config.processed.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=config.processed) as folder:
        work = Path(folder)
        database = work / "warehouse.duckdb"
        connection = connect(database)
        try:
            load_staging(connection, config.validated)
            tables = run_models(connection)
            export(connection, tables, work, config.snapshots)
            plots.export(connection, work / config.plots.name, config.snapshots[-1])
            figures = metrics(connection)
        finally:
            connection.close()
        for snapshot_id in config.snapshots:
            raw_files = provenance.snapshot_raw_files(config, snapshot_id, verified)
            record = work / "snapshots" / snapshot_id / config.snapshot_raw_files(snapshot_id).name
            record.write_text(json.dumps(raw_files, indent=2) + "\n", encoding="utf-8")
        for name in ("tables", "snapshots", config.plots.name):
            _replace(work / name, config.processed / name)
        _replace(database, config.warehouse)
        atomic.write_text(config.metrics, json.dumps(figures, indent=2, sort_keys=True) + "\n")
    return figures


def _replace(source: Path, target: Path) -> None:
    """Swap ``source`` in for ``target``; the old one is removed only after the swap."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.replace(old)
    source.replace(target)
    if old.is_dir():
        shutil.rmtree(old)
    else:
        old.unlink(missing_ok=True)
