-- One row per (group, member) from the membership tables, with each member's UN status.
-- Türkiye sits in two UN regional groups; the row the source marks 'secondary:' is kept
-- but flagged, so group rates can count each UN member State once.
SELECT
    g.group_id,
    g.group_name,
    g.group_kind,
    g.member_name,
    g.iso3,
    g.iso3 IS NOT NULL AS is_state,
    coalesce(c.is_un_member, false) AS is_un_member,
    g.role,
    coalesce(g.notes ILIKE 'secondary:%', false) AS is_secondary_seat,
    g.as_of,
    g.source_url,
    g.notes
FROM stg_group_memberships AS g
LEFT JOIN countries AS c ON c.iso3 = g.iso3
ORDER BY g.group_id, g.member_name
