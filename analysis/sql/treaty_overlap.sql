-- Per registry snapshot, earlier treaty and UN regional group (and 'all groups'): how this
-- treaty's signatory States stand in the earlier treaty, and which of the earlier treaty's
-- parties have not signed this one, at the dates of state_treaty_status (the earlier
-- table's as-of date when it stops before the snapshot).
SELECT
    snapshot_id,
    treaty_id,
    short_title,
    sort_order,
    coalesce(un_regional_group, 'all groups') AS un_regional_group,
    un_regional_group_id,
    un_regional_group IS NULL AS is_total,
    min(status_date) AS status_date,
    count(*) FILTER (WHERE this_treaty_status <> 'none') AS signatory_states,
    count(*) FILTER (WHERE this_treaty_status <> 'none' AND status = 'party')
        AS signatories_party,
    count(*) FILTER (WHERE this_treaty_status <> 'none' AND status = 'signatory')
        AS signatories_signatory_only,
    count(*) FILTER (WHERE this_treaty_status <> 'none' AND status = 'none')
        AS signatories_not_participant,
    count(*) FILTER (WHERE status = 'party') AS parties,
    count(*) FILTER (WHERE status = 'party' AND this_treaty_status = 'none')
        AS parties_not_signed,
    coalesce(string_agg(name, '; ' ORDER BY name)
             FILTER (WHERE status = 'party' AND this_treaty_status = 'none'), '')
        AS parties_not_signed_names
FROM state_treaty_status
GROUP BY GROUPING SETS ((snapshot_id, treaty_id, short_title, sort_order, un_regional_group,
                         un_regional_group_id),
                        (snapshot_id, treaty_id, short_title, sort_order))
