-- The registry's signatory count as the press could know it, per snapshot and day: a step
-- line from the day before the opening to the day after the snapshot's as-of date (when
-- the snapshot's last signatures count for the press).
WITH visible AS (
    SELECT s.snapshot_id, press_visible_from(s.signature_date, e.event_start) AS day
    FROM signatories AS s
    CROSS JOIN stg_signing_event AS e
),
days AS (
    SELECT n.snapshot_id, CAST(d.day AS DATE) AS day
    FROM snapshots AS n
    CROSS JOIN stg_signing_event AS e
    CROSS JOIN LATERAL generate_series(
        CAST(e.event_start - INTERVAL 1 DAY AS TIMESTAMP),
        CAST(n.as_of + INTERVAL 1 DAY AS TIMESTAMP),
        INTERVAL 1 DAY) AS d(day)
)
SELECT
    d.snapshot_id,
    d.day,
    (SELECT count(*) FROM visible AS v
     WHERE v.snapshot_id = d.snapshot_id AND v.day <= d.day) AS signatories
FROM days AS d
ORDER BY d.snapshot_id, d.day
