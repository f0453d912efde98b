-- The curated signing-event figures (signing-events.csv) beside the same figures computed
-- from the registry tables, per registry snapshot: signatures on the first day of the event,
-- at its close (signatures dated up to its last day), and the later total (earlier treaties
-- only: their signature periods have closed, while this treaty's later total is a moving
-- figure). A curated row belongs to a treaty when its title and event start match the
-- treaty's title and opening for signature. `differs` flags any difference; neither side
-- is corrected.
WITH matched AS (
    SELECT t.snapshot_id, t.treaty_id, t.short_title, t.sort_order, t.is_this_treaty, t.as_of,
           e.event_start, e.event_end, e.signatories_day_one, e.signatories_at_event_close,
           e.total_signatories_later, e.notes
    FROM uptake_treaties AS t
    JOIN stg_signing_events AS e
        ON e.treaty = t.title AND e.event_start = t.opened_for_signature
    WHERE t.has_table AND e.event_end <= t.as_of
),
computed AS (
    SELECT
        m.snapshot_id, m.treaty_id,
        count(a.action) FILTER (WHERE a.action_date <= m.event_start) AS day_one,
        count(a.action) FILTER (WHERE a.action_date <= m.event_end) AS event_close,
        count(a.action) AS total
    FROM matched AS m
    LEFT JOIN historic_actions AS a
        ON a.snapshot_id = m.snapshot_id AND a.treaty_id = m.treaty_id
       AND a.action = 'signature'
    GROUP BY ALL
),
measures AS (
    SELECT m.*, 1 AS measure_order, 'first day' AS measure, m.event_start AS through_date,
           m.signatories_day_one AS curated, c.day_one AS computed
    FROM matched AS m JOIN computed AS c USING (snapshot_id, treaty_id)
    UNION ALL
    SELECT m.*, 2, 'close of the signing event', m.event_end, m.signatories_at_event_close,
           c.event_close
    FROM matched AS m JOIN computed AS c USING (snapshot_id, treaty_id)
    UNION ALL
    SELECT m.*, 3, 'later total', m.as_of, m.total_signatories_later, c.total
    FROM matched AS m JOIN computed AS c USING (snapshot_id, treaty_id)
    WHERE NOT m.is_this_treaty
)
SELECT
    snapshot_id,
    treaty_id,
    short_title,
    sort_order,
    measure_order,
    measure,
    event_start,
    event_end,
    through_date,
    curated,
    computed,
    computed - curated AS difference,
    coalesce(computed <> curated, false) AS differs,
    notes AS curated_notes
FROM measures
WHERE curated IS NOT NULL
