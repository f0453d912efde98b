-- The registry's signatory count per group a claim can name (claim_groups), as the press
-- could know it: per snapshot, group and day, the same steps as registry_press_counts.
WITH event AS (SELECT * FROM stg_signing_event),
signed AS (
    SELECT s.snapshot_id, g.group_key, press_visible_from(s.signature_date, e.event_start) AS day
    FROM signatories AS s
    JOIN claim_groups AS g ON g.iso3 = s.iso3
    CROSS JOIN event AS e
),
days AS (
    SELECT p.snapshot_id, k.group_key, p.day
    FROM registry_press_counts AS p
    CROSS JOIN (SELECT DISTINCT group_key FROM claim_groups) AS k
)
SELECT
    d.snapshot_id,
    d.group_key,
    d.day,
    (SELECT count(*) FROM signed AS v
     WHERE v.snapshot_id = d.snapshot_id AND v.group_key = d.group_key AND v.day <= d.day)
        AS signatories
FROM days AS d
ORDER BY d.snapshot_id, d.group_key, d.day
