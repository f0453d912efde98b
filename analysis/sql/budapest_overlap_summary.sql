-- Counts of the four overlap categories per snapshot, with and without the Budapest rows
-- whose evidence is weak.
WITH categories AS (
    SELECT * FROM (VALUES ('both', 1), ('budapest_only', 2), ('hanoi_only', 3),
                          ('neither', 4)) AS t(category, sort_order)
)
SELECT
    n.snapshot_id,
    k.category,
    k.sort_order,
    count(o.iso3) AS states,
    count(o.iso3) FILTER (WHERE o.is_weak_evidence) AS states_with_weak_evidence,
    count(o.iso3) FILTER (WHERE NOT o.is_weak_evidence) AS states_documented_only,
    count(o.iso3) FILTER (WHERE o.is_un_member) AS un_member_states
FROM snapshots AS n
CROSS JOIN categories AS k
LEFT JOIN budapest_overlap AS o ON o.snapshot_id = n.snapshot_id AND o.category = k.category
GROUP BY n.snapshot_id, k.category, k.sort_order
ORDER BY n.snapshot_id, k.sort_order
