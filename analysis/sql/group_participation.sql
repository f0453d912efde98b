-- For every snapshot and every group: how many of its members signed, and which did not.
-- Members are role = 'member' rows; observers and partners are counted apart. A member
-- without an ISO code (the EU, the African Union) is an organization, not a State.
WITH members AS (
    SELECT
        n.snapshot_id,
        m.*,
        s.participant IS NOT NULL AS signed,
        s.signature_date
    FROM snapshots AS n
    CROSS JOIN group_memberships AS m
    LEFT JOIN signatories AS s
        ON s.snapshot_id = n.snapshot_id
        AND (s.iso3 = m.iso3 OR (m.iso3 IS NULL AND s.iso3 IS NULL
                                 AND s.participant = m.member_name))
    WHERE NOT m.is_secondary_seat
)
SELECT
    snapshot_id,
    group_id,
    any_value(group_name) AS group_name,
    regexp_replace(any_value(group_name), '^UN regional group: ', '') AS group_label,
    any_value(group_kind) AS group_kind,
    count(*) FILTER (WHERE role = 'member' AND is_state) AS member_states,
    count(*) FILTER (WHERE role = 'member' AND is_state AND signed) AS member_states_signed,
    round(count(*) FILTER (WHERE role = 'member' AND is_state AND signed)
          / nullif(count(*) FILTER (WHERE role = 'member' AND is_state), 0), 6)
        AS member_states_share_signed,
    count(*) FILTER (WHERE role = 'member' AND NOT is_state) AS member_organizations,
    count(*) FILTER (WHERE role = 'member' AND NOT is_state AND signed)
        AS member_organizations_signed,
    count(*) FILTER (WHERE role <> 'member') AS observers_and_partners,
    count(*) FILTER (WHERE role <> 'member' AND signed) AS observers_and_partners_signed,
    coalesce(string_agg(member_name, '; ' ORDER BY member_name)
             FILTER (WHERE role = 'member' AND signed), '') AS members_signed,
    coalesce(string_agg(member_name, '; ' ORDER BY member_name)
             FILTER (WHERE role = 'member' AND NOT signed), '') AS members_not_signed
FROM members
GROUP BY snapshot_id, group_id
ORDER BY snapshot_id, group_id
