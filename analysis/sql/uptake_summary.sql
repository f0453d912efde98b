-- The uptake race in figures, one row per registry snapshot (dvc metrics): this treaty's
-- signatures and instruments by day 30 and day 365 (NULL until it is that old) beside the
-- medians of the earlier treaties, and the earliest and latest entry-into-force dates of
-- the scenarios (eif_scenarios).
SELECT
    m.snapshot_id,
    max(m.signatures_day_30) FILTER (WHERE m.is_this_treaty) AS signatures_day_30,
    median(m.signatures_day_30) FILTER (WHERE NOT m.is_this_treaty)
        AS earlier_median_signatures_day_30,
    max(m.instruments_day_30) FILTER (WHERE m.is_this_treaty) AS instruments_day_30,
    median(m.instruments_day_30) FILTER (WHERE NOT m.is_this_treaty)
        AS earlier_median_instruments_day_30,
    max(m.signatures_day_365) FILTER (WHERE m.is_this_treaty) AS signatures_day_365,
    median(m.signatures_day_365) FILTER (WHERE NOT m.is_this_treaty)
        AS earlier_median_signatures_day_365,
    max(m.instruments_day_365) FILTER (WHERE m.is_this_treaty) AS instruments_day_365,
    median(m.instruments_day_365) FILTER (WHERE NOT m.is_this_treaty)
        AS earlier_median_instruments_day_365,
    (SELECT min(s.entry_into_force_date) FROM eif_scenarios AS s
     WHERE s.snapshot_id = m.snapshot_id) AS scenario_entry_into_force_earliest,
    (SELECT max(s.entry_into_force_date) FROM eif_scenarios AS s
     WHERE s.snapshot_id = m.snapshot_id) AS scenario_entry_into_force_latest,
    (SELECT count(s.entry_into_force_date) FROM eif_scenarios AS s
     WHERE s.snapshot_id = m.snapshot_id) AS scenarios
FROM treaty_milestones AS m
GROUP BY m.snapshot_id
