-- Milestones of every treaty in the uptake comparison, per registry snapshot: signatures on
-- day 1 (the opening day), at the close of its signing event, by day 30 and by day 365;
-- instruments counted toward entry into force by day 30 and day 365; the day the threshold
-- instrument was deposited and the day of entry into force (day 1 = the opening day). A
-- value is NULL where the treaty's data do not reach that day (`as_of`), or where it had no
-- signing event. `same_age_day` is this treaty's age at the snapshot, and the counts at that
-- day set every treaty beside it at the same age.
WITH treaties AS (
    SELECT t.*, h.days_of_data AS same_age_day
    FROM uptake_treaties AS t
    JOIN uptake_treaties AS h ON h.snapshot_id = t.snapshot_id AND h.is_this_treaty
    WHERE t.has_table
),
counts AS (
    SELECT
        t.snapshot_id,
        t.treaty_id,
        count(a.action) FILTER (WHERE a.action = 'signature' AND a.day <= 1) AS signatures_day_1,
        count(a.action) FILTER (WHERE a.action = 'signature'
                                AND a.action_date <= t.signing_event_end) AS signatures_event,
        count(a.action) FILTER (WHERE a.action = 'signature' AND a.day <= 30) AS signatures_30,
        count(a.action) FILTER (WHERE a.action = 'signature' AND a.day <= 365) AS signatures_365,
        count(a.action) FILTER (WHERE a.counts_toward_threshold AND a.day <= 30)
            AS instruments_30,
        count(a.action) FILTER (WHERE a.counts_toward_threshold AND a.day <= 365)
            AS instruments_365,
        count(a.action) FILTER (WHERE a.action = 'signature' AND a.day <= t.same_age_day)
            AS signatures_same_age,
        count(a.action) FILTER (WHERE a.counts_toward_threshold AND a.day <= t.same_age_day)
            AS instruments_same_age,
        count(a.action) FILTER (WHERE a.action = 'signature') AS signatures_total,
        count(a.action) FILTER (WHERE a.counts_toward_threshold) AS instruments_total
    FROM treaties AS t
    LEFT JOIN historic_actions AS a ON a.snapshot_id = t.snapshot_id AND a.treaty_id = t.treaty_id
    GROUP BY ALL
),
ranked AS (
    SELECT
        snapshot_id, treaty_id, action_date, day,
        row_number() OVER (PARTITION BY snapshot_id, treaty_id
                           ORDER BY action_date, participant) AS position
    FROM historic_actions
    WHERE counts_toward_threshold
)
SELECT
    t.snapshot_id,
    t.treaty_id,
    t.short_title,
    t.is_this_treaty,
    t.sort_order,
    t.opened_for_signature,
    t.as_of,
    t.days_of_data,
    c.signatures_day_1,
    t.signing_event_place,
    t.signing_event_end,
    CASE WHEN t.signing_event_end <= t.as_of THEN c.signatures_event END
        AS signatures_event_close,
    CASE WHEN t.days_of_data >= 30 THEN c.signatures_30 END AS signatures_day_30,
    CASE WHEN t.days_of_data >= 365 THEN c.signatures_365 END AS signatures_day_365,
    CASE WHEN t.days_of_data >= 30 THEN c.instruments_30 END AS instruments_day_30,
    CASE WHEN t.days_of_data >= 365 THEN c.instruments_365 END AS instruments_day_365,
    t.same_age_day,
    CASE WHEN t.days_of_data >= t.same_age_day THEN c.signatures_same_age END
        AS signatures_same_age,
    CASE WHEN t.days_of_data >= t.same_age_day THEN c.instruments_same_age END
        AS instruments_same_age,
    c.signatures_total,
    c.instruments_total,
    t.threshold_instruments,
    t.threshold_text,
    r.action_date AS threshold_instrument_date,
    r.day AS threshold_instrument_day,
    t.entry_into_force_date,
    datediff('day', t.opened_for_signature, t.entry_into_force_date) + 1 AS entry_into_force_day,
    datediff('day', r.action_date, t.entry_into_force_date) AS days_threshold_to_force
FROM treaties AS t
JOIN counts AS c ON c.snapshot_id = t.snapshot_id AND c.treaty_id = t.treaty_id
LEFT JOIN ranked AS r
    ON r.snapshot_id = t.snapshot_id AND r.treaty_id = t.treaty_id
   AND r.position = t.threshold_instruments
