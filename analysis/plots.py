"""The small CSV files `dvc plots show` and `dvc plots diff` draw (dvc.yaml `plots:`).

Each is one warehouse table for the latest snapshot, in the columns the plot names, sorted,
written by one thread: the same warehouse gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# file name -> query over the warehouse; {snapshot} is the latest snapshot's id.
PLOTS = {
    "registry_timeline.csv": "SELECT day, signatures, instruments FROM registry_timeline "
                             "WHERE snapshot_id = '{snapshot}' ORDER BY day",
    "claims.csv": "SELECT published, claim_id, value AS claimed, registry_count AS registry "
                  "FROM claim_verdicts WHERE snapshot_id = '{snapshot}' AND value IS NOT NULL "
                  "AND registry_count IS NOT NULL ORDER BY published, claim_id",
    # uptake curves: when the opening-uptake tables have one row per treaty and day, add
    # their file here and its plot to dvc.yaml `plots:`.
}


def export(connection: duckdb.DuckDBPyConnection, folder: Path, snapshot_id: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    connection.execute("SET threads = 1")
    for name, query in PLOTS.items():
        connection.execute(f"COPY ({query.format(snapshot=snapshot_id)}) "
                           f"TO '{(folder / name).as_posix()}' (FORMAT csv, HEADER true)")
