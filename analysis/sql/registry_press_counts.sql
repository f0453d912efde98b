-- The registry's counts as the press could know them, per snapshot and day: signatories,
-- and instruments of ratification, acceptance, approval or accession deposited by States
-- (States Parties to be). A step line from the day before the opening to the day after the
-- snapshot's as-of date (when the snapshot's last actions count for the press).
WITH event AS (SELECT * FROM stg_signing_event),
signed AS (
    SELECT s.snapshot_id, press_visible_from(s.signature_date, e.event_start) AS day
    FROM signatories AS s
    CROSS JOIN event AS e
),
deposited AS (
    SELECT a.snapshot_id, press_visible_from(a.action_date, e.event_start) AS day
    FROM registry_actions AS a
    CROSS JOIN event AS e
    WHERE is_instrument(a.action) AND a.is_state
),
days AS (
    SELECT n.snapshot_id, CAST(d.day AS DATE) AS day
    FROM snapshots AS n
    CROSS JOIN event AS e
    CROSS JOIN LATERAL generate_series(
        CAST(e.event_start - INTERVAL 1 DAY AS TIMESTAMP),
        CAST(n.as_of + INTERVAL 1 DAY AS TIMESTAMP),
        INTERVAL 1 DAY) AS d(day)
)
SELECT
    d.snapshot_id,
    d.day,
    (SELECT count(*) FROM signed AS v
     WHERE v.snapshot_id = d.snapshot_id AND v.day <= d.day) AS signatories,
    (SELECT count(*) FROM deposited AS v
     WHERE v.snapshot_id = d.snapshot_id AND v.day <= d.day) AS ratifications
FROM days AS d
ORDER BY d.snapshot_id, d.day
