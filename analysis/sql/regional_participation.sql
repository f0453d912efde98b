-- UN member States and signatories per M49 region and sub-region, per snapshot.
-- Non-member signatory States (e.g. the State of Palestine) are counted apart, so that
-- the share signed stays a share of UN member States.
WITH states AS (
    SELECT
        n.snapshot_id,
        c.iso3,
        c.region,
        c.sub_region,
        c.is_un_member,
        s.iso3 IS NOT NULL AS signed
    FROM snapshots AS n
    CROSS JOIN countries AS c
    LEFT JOIN signatories AS s ON s.snapshot_id = n.snapshot_id AND s.iso3 = c.iso3
    WHERE c.is_un_member OR s.iso3 IS NOT NULL
)
SELECT
    snapshot_id,
    CASE WHEN grouping(sub_region) = 1 THEN 'region' ELSE 'sub_region' END AS level,
    region,
    sub_region,
    count(*) FILTER (WHERE is_un_member) AS un_member_states,
    count(*) FILTER (WHERE is_un_member AND signed) AS un_member_signatories,
    round(count(*) FILTER (WHERE is_un_member AND signed)
          / count(*) FILTER (WHERE is_un_member), 6) AS share_signed,
    count(*) FILTER (WHERE NOT is_un_member AND signed) AS other_state_signatories
FROM states
GROUP BY GROUPING SETS ((snapshot_id, region), (snapshot_id, region, sub_region))
ORDER BY snapshot_id, region, level, sub_region NULLS FIRST
