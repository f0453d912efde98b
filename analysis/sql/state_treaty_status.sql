-- Per registry snapshot and State: its status in this treaty beside its status in each
-- earlier treaty. An earlier treaty's status is read at the snapshot date or, when its table
-- stops earlier, at the table's as-of date (status_date, status_date_basis say which).
-- party = an instrument deposited by that date; signatory = signed, no instrument yet;
-- none = neither. States: UN members and observer States, and every State in any table.
-- un_regional_group: the State's UN regional group (a primary seat before a secondary one,
-- membership before observer status); un_regional_group_id its group_id (NULL: none).
WITH states AS (
    SELECT iso3 FROM countries WHERE is_un_member OR is_un_observer_state
    UNION
    SELECT iso3 FROM historic_actions WHERE is_state
),
regional AS (
    SELECT
        iso3,
        arg_min(regexp_replace(group_name, '^UN regional group:\s*', ''),
                (role <> 'member', is_secondary_seat, group_id)) AS un_regional_group,
        arg_min(group_id, (role <> 'member', is_secondary_seat, group_id))
            AS un_regional_group_id
    FROM group_memberships
    WHERE group_kind = 'un_regional_group' AND iso3 IS NOT NULL
    GROUP BY iso3
),
status AS (
    SELECT
        t.snapshot_id,
        t.treaty_id,
        s.iso3,
        least(t.as_of, n.as_of) AS status_date,
        min(a.action_date) FILTER (WHERE a.action = 'signature'
                                   AND a.action_date <= least(t.as_of, n.as_of))
            AS signature_date,
        min(a.action_date) FILTER (WHERE a.is_instrument
                                   AND a.action_date <= least(t.as_of, n.as_of))
            AS instrument_date
    FROM uptake_treaties AS t
    JOIN snapshots AS n ON n.snapshot_id = t.snapshot_id
    CROSS JOIN states AS s
    LEFT JOIN historic_actions AS a
        ON a.snapshot_id = t.snapshot_id AND a.treaty_id = t.treaty_id AND a.iso3 = s.iso3
    WHERE t.has_table
    GROUP BY ALL
),
labelled AS (
    SELECT
        *,
        CASE WHEN instrument_date IS NOT NULL THEN 'party'
             WHEN signature_date IS NOT NULL THEN 'signatory'
             ELSE 'none' END AS status
    FROM status
)
SELECT
    e.snapshot_id,
    e.iso3,
    coalesce(c.name, e.iso3) AS name,
    coalesce(c.is_un_member, false) AS is_un_member,
    coalesce(g.un_regional_group, 'no UN regional group') AS un_regional_group,
    g.un_regional_group_id,
    h.status AS this_treaty_status,
    h.signature_date AS this_treaty_signature_date,
    e.treaty_id,
    t.short_title,
    t.sort_order,
    e.status,
    e.signature_date,
    e.instrument_date,
    e.status_date,
    CASE WHEN t.as_of < n.as_of THEN 'table as-of date' ELSE 'snapshot date' END
        AS status_date_basis
FROM labelled AS e
JOIN uptake_treaties AS t ON t.snapshot_id = e.snapshot_id AND t.treaty_id = e.treaty_id
JOIN snapshots AS n ON n.snapshot_id = e.snapshot_id
JOIN labelled AS h
    ON h.snapshot_id = e.snapshot_id AND h.iso3 = e.iso3
   AND h.treaty_id = (SELECT treaty_id FROM stg_this_treaty)
LEFT JOIN countries AS c ON c.iso3 = e.iso3
LEFT JOIN regional AS g ON g.iso3 = e.iso3
WHERE NOT t.is_this_treaty
