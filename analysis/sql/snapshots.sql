-- The registry snapshots built, oldest first, each with the one before it.
SELECT
    snapshot_id,
    as_of,
    position,
    lag(snapshot_id) OVER (ORDER BY as_of) AS previous_snapshot_id
FROM stg_snapshots
ORDER BY as_of
