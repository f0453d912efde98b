-- New registry actions since the previous snapshot, counted by kind, per snapshot: the
-- new signatures beside the new instruments (ratification, acceptance, approval,
-- accession), for the what-changed report and the index. Corrections are not counted here.
SELECT
    snapshot_id,
    action,
    CASE WHEN action = 'signature' THEN 'signature'
         WHEN is_instrument(action) THEN 'instrument'
         ELSE 'other' END AS action_group,
    count(*) AS new_actions
FROM snapshot_changes
WHERE change = 'new'
GROUP BY snapshot_id, action
ORDER BY snapshot_id, action
