-- Every action of every treaty in the uptake comparison, per registry snapshot: the earlier
-- treaties' participant tables (the same rows in every snapshot) and this treaty's registry
-- snapshot. days_since_opening is 0 on the day the treaty opened for signature; `day` counts
-- that day as day 1, so "day 30" means the first 30 days. Instruments are consents to be
-- bound (ratification, acceptance, approval, accession, succession); those of States count
-- toward entry into force, an organization's (the EU's) is not counted in addition to its
-- member States'.
WITH actions AS (
    SELECT
        t.snapshot_id, a.treaty_id, a.participant, a.iso3, a.entity_kind = 'state' AS is_state,
        a.action, a.action_date, a.place
    FROM stg_historic_actions AS a
    JOIN uptake_treaties AS t ON t.treaty_id = a.treaty_id
    UNION ALL
    SELECT
        r.snapshot_id, h.treaty_id, r.participant, r.iso3, r.is_state, r.action,
        r.action_date, r.place
    FROM registry_actions AS r
    CROSS JOIN stg_this_treaty AS h
)
SELECT
    a.snapshot_id,
    a.treaty_id,
    t.short_title,
    t.is_this_treaty,
    a.participant,
    a.iso3,
    a.is_state,
    a.action,
    a.action_date,
    a.place,
    a.action <> 'signature' AS is_instrument,
    a.action <> 'signature' AND a.is_state AS counts_toward_threshold,
    datediff('day', t.opened_for_signature, a.action_date) AS days_since_opening,
    datediff('day', t.opened_for_signature, a.action_date) + 1 AS day
FROM actions AS a
JOIN uptake_treaties AS t ON t.snapshot_id = a.snapshot_id AND t.treaty_id = a.treaty_id
