-- Entry-into-force scenarios, per registry snapshot and earlier treaty: if this treaty's
-- instruments went on from its count at the snapshot at the pace the earlier treaty kept
-- from the same count. With N = this treaty's instruments by States at the snapshot date,
-- the earlier treaty's days from its N-th instrument to its 40-th (from its opening day when
-- N is 0; 40 = this treaty's threshold, whatever the earlier treaty's own) are added to the
-- snapshot date; entry into force follows the required delay (params.yaml: treaty) later.
-- NULL dates: the earlier treaty's table never reached the target, or this treaty already
-- has (then entry_into_force / treaty_milestones hold the real dates).
WITH this_treaty AS (
    SELECT t.snapshot_id, t.as_of, t.threshold_instruments AS target,
           (SELECT count(*) FROM historic_actions AS a
            WHERE a.snapshot_id = t.snapshot_id AND a.treaty_id = t.treaty_id
              AND a.counts_toward_threshold) AS start_count
    FROM uptake_treaties AS t
    WHERE t.is_this_treaty
),
ranked AS (
    SELECT
        snapshot_id, treaty_id, action_date,
        row_number() OVER (PARTITION BY snapshot_id, treaty_id
                           ORDER BY action_date, participant) AS position
    FROM historic_actions
    WHERE counts_toward_threshold AND NOT is_this_treaty
),
paces AS (
    SELECT
        e.snapshot_id,
        e.treaty_id,
        e.short_title,
        e.sort_order,
        e.as_of AS comparator_as_of,
        h.as_of AS start_date,
        h.start_count,
        h.target,
        CASE WHEN h.start_count = 0 THEN e.opened_for_signature ELSE s.action_date END
            AS comparator_start_date,
        g.action_date AS comparator_target_date
    FROM uptake_treaties AS e
    JOIN this_treaty AS h ON h.snapshot_id = e.snapshot_id
    LEFT JOIN ranked AS s
        ON s.snapshot_id = e.snapshot_id AND s.treaty_id = e.treaty_id
       AND s.position = h.start_count
    LEFT JOIN ranked AS g
        ON g.snapshot_id = e.snapshot_id AND g.treaty_id = e.treaty_id AND g.position = h.target
    WHERE e.has_table AND NOT e.is_this_treaty
)
SELECT
    p.*,
    r.entry_into_force_delay_days,
    CASE WHEN p.start_count < p.target
         THEN datediff('day', p.comparator_start_date, p.comparator_target_date) END
        AS days_to_target,
    CASE WHEN p.start_count < p.target
         THEN CAST(p.start_date + to_days(CAST(datediff('day', p.comparator_start_date,
                                                        p.comparator_target_date) AS INTEGER))
                   AS DATE) END AS target_date,
    CASE WHEN p.start_count < p.target
         THEN CAST(p.start_date + to_days(CAST(datediff('day', p.comparator_start_date,
                                                        p.comparator_target_date)
                                               + r.entry_into_force_delay_days AS INTEGER))
                   AS DATE) END AS entry_into_force_date
FROM paces AS p
CROSS JOIN stg_treaty_rules AS r
