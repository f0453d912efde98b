-- Every treaty of the uptake comparison, per registry snapshot: the earlier treaties of
-- historic/treaties.csv (the same rows in every snapshot) and this treaty as the snapshot
-- records it. `as_of` is the date a treaty's data reflects: its participant table's as-of
-- date, or the snapshot's own date; `days_of_data` is the last day it covers (day 1 = the
-- opening for signature). A treaty's signing event is the row of signing-events.csv that
-- starts on its opening day (the Palermo conference for UNTOC and its first two protocols).
-- A treaty listed without a participant table (has_table = false) is kept for the caveats.
WITH events AS (
    SELECT event_start, min(event_end) AS event_end
    FROM stg_signing_events
    GROUP BY event_start
),
earlier AS (
    SELECT
        t.id AS treaty_id,
        t.title,
        t.short_title,
        false AS is_this_treaty,
        t.opened_for_signature,
        t.signing_event_place,
        e.event_end AS signing_event_end,
        t.threshold_instruments,
        t.entry_into_force_threshold AS threshold_text,
        t.entry_into_force_date,
        t.as_of,
        t.source,
        t.license,
        t.has_table
    FROM stg_historic_treaties AS t
    LEFT JOIN events AS e ON e.event_start = t.opened_for_signature
),
this_treaty AS (
    SELECT
        n.snapshot_id,
        h.treaty_id,
        h.title,
        h.short_title,
        true AS is_this_treaty,
        ev.event_start AS opened_for_signature,
        ev.event_place AS signing_event_place,
        ev.event_end AS signing_event_end,
        r.instruments_required AS threshold_instruments,
        CAST(r.instruments_required AS VARCHAR) AS threshold_text,
        f.entry_into_force_date,
        n.as_of,
        'UN Treaty Collection registry snapshot ' || n.snapshot_id AS source,
        'UN Treaty Collection public record (facts)' AS license,
        true AS has_table
    FROM snapshots AS n
    CROSS JOIN stg_this_treaty AS h
    CROSS JOIN stg_signing_event AS ev
    CROSS JOIN stg_treaty_rules AS r
    JOIN entry_into_force AS f ON f.snapshot_id = n.snapshot_id
),
every_treaty AS (
    SELECT n.snapshot_id, e.* FROM snapshots AS n CROSS JOIN earlier AS e
    UNION ALL
    SELECT * FROM this_treaty
)
SELECT
    *,
    datediff('day', opened_for_signature, as_of) + 1 AS days_of_data,
    row_number() OVER (PARTITION BY snapshot_id
                       ORDER BY is_this_treaty DESC, opened_for_signature, treaty_id)
        AS sort_order
FROM every_treaty
