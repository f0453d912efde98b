-- Every State in either treaty or in the UN, per snapshot, by its place in the Budapest
-- Convention (CETS 185: party or signatory) and the Hanoi Convention (signatory).
-- Budapest rows resting on aggregate counts only (evidence = 'weak') are flagged.
WITH universe AS (
    SELECT iso3 FROM countries WHERE is_un_member
    UNION
    SELECT iso3 FROM stg_budapest_status
    UNION
    SELECT iso3 FROM signatories WHERE is_state
)
SELECT
    n.snapshot_id,
    u.iso3,
    c.name,
    coalesce(c.is_un_member, false) AS is_un_member,
    b.status AS budapest_status,
    b.evidence AS budapest_evidence,
    coalesce(b.status IN ('party', 'signatory'), false) AS in_budapest,
    s.iso3 IS NOT NULL AS in_hanoi,
    CASE
        WHEN coalesce(b.status IN ('party', 'signatory'), false) AND s.iso3 IS NOT NULL
            THEN 'both'
        WHEN coalesce(b.status IN ('party', 'signatory'), false) THEN 'budapest_only'
        WHEN s.iso3 IS NOT NULL THEN 'hanoi_only'
        ELSE 'neither'
    END AS category,
    coalesce(b.evidence = 'weak', false) AS is_weak_evidence
FROM snapshots AS n
CROSS JOIN universe AS u
LEFT JOIN countries AS c ON c.iso3 = u.iso3
LEFT JOIN stg_budapest_status AS b ON b.iso3 = u.iso3
LEFT JOIN signatories AS s ON s.snapshot_id = n.snapshot_id AND s.iso3 = u.iso3
ORDER BY n.snapshot_id, u.iso3
