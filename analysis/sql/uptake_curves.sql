-- Cumulative signatures and instruments per treaty and day since its opening for signature,
-- per registry snapshot, each curve cut at the date its data reflects (uptake_treaties.as_of).
-- A curve only changes on the days that have an action, so it is stored as steps: one row for
-- day 1, one for every day with a signature or an instrument, and one for its last day; on
-- the days between two rows the earlier row's counts hold. `signatures` counts every
-- signatory (the EU included, as the registry counts); `instruments` counts those toward
-- entry into force (States only).
WITH steps AS (
    SELECT snapshot_id, treaty_id, day FROM historic_actions
    UNION
    SELECT snapshot_id, treaty_id, 1 FROM uptake_treaties WHERE has_table
    UNION
    SELECT snapshot_id, treaty_id, days_of_data FROM uptake_treaties WHERE has_table
),
daily AS (
    SELECT
        snapshot_id, treaty_id, day,
        count(*) FILTER (WHERE action = 'signature') AS new_signatures,
        count(*) FILTER (WHERE counts_toward_threshold) AS new_instruments
    FROM historic_actions
    GROUP BY ALL
)
SELECT
    s.snapshot_id,
    s.treaty_id,
    t.short_title,
    t.is_this_treaty,
    t.sort_order,
    s.day,
    CAST(t.opened_for_signature + to_days(CAST(s.day - 1 AS INTEGER)) AS DATE) AS date,
    CAST(sum(coalesce(d.new_signatures, 0)) OVER running AS BIGINT) AS signatures,
    CAST(sum(coalesce(d.new_instruments, 0)) OVER running AS BIGINT) AS instruments,
    t.threshold_instruments,
    s.day = t.days_of_data AS is_last_day,
    t.as_of
FROM steps AS s
JOIN uptake_treaties AS t ON t.snapshot_id = s.snapshot_id AND t.treaty_id = s.treaty_id
LEFT JOIN daily AS d
    ON d.snapshot_id = s.snapshot_id AND d.treaty_id = s.treaty_id AND d.day = s.day
WINDOW running AS (PARTITION BY s.snapshot_id, s.treaty_id ORDER BY s.day
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
