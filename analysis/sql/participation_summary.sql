-- Per snapshot: the multilateral-participation headline figures (they feed
-- `dvc metrics show`). The opening uptake is the registry's count of signatures at the
-- Hanoi event over the eligible States that signing-events.csv gives for it.
SELECT
    n.snapshot_id,
    (SELECT states FROM budapest_overlap_summary AS b
     WHERE b.snapshot_id = n.snapshot_id AND b.category = 'both') AS budapest_overlap_states,
    (SELECT states_documented_only FROM budapest_overlap_summary AS b
     WHERE b.snapshot_id = n.snapshot_id AND b.category = 'both')
        AS budapest_overlap_states_documented,
    round(m.signed_at_event / u.eligible_states_at_time, 6) AS opening_uptake_share,
    m.signed_at_event,
    u.eligible_states_at_time
FROM snapshots AS n
JOIN snapshot_summary AS m ON m.snapshot_id = n.snapshot_id
LEFT JOIN opening_uptake AS u ON u.is_this_treaty
ORDER BY n.snapshot_id
