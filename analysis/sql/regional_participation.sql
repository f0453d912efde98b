-- UN member States and signatories per M49 region and sub-region, per snapshot.
-- Non-member signatory States (e.g. the State of Palestine) are counted apart, so that
-- the share signed stays a share of UN member States. Signatories are counted per
-- region before they meet the snapshots x regions grid, which keeps the work in
-- proportion to the signatures rather than to snapshots x countries. Unordered (the
-- exports sort): at scale it has a row per snapshot and region.
WITH member_states AS (
    SELECT region, sub_region, count(*) AS un_member_states
    FROM countries
    WHERE is_un_member
    GROUP BY ALL
),
signatory_states AS (
    SELECT
        s.snapshot_id,
        c.region,
        c.sub_region,
        count(*) FILTER (WHERE c.is_un_member) AS un_member_signatories,
        count(*) FILTER (WHERE NOT c.is_un_member) AS other_state_signatories
    FROM signatories AS s
    JOIN countries AS c ON c.iso3 = s.iso3
    GROUP BY ALL
),
cells AS (
    SELECT n.snapshot_id, m.region, m.sub_region, m.un_member_states,
           0 AS un_member_signatories, 0 AS other_state_signatories
    FROM snapshots AS n
    CROSS JOIN member_states AS m
    UNION ALL
    SELECT snapshot_id, region, sub_region, 0, un_member_signatories, other_state_signatories
    FROM signatory_states
)
SELECT
    snapshot_id,
    CASE WHEN grouping(sub_region) = 1 THEN 'region' ELSE 'sub_region' END AS level,
    region,
    sub_region,
    CAST(sum(un_member_states) AS BIGINT) AS un_member_states,
    CAST(sum(un_member_signatories) AS BIGINT) AS un_member_signatories,
    round(sum(un_member_signatories) / sum(un_member_states), 6) AS share_signed,
    CAST(sum(other_state_signatories) AS BIGINT) AS other_state_signatories
FROM cells
GROUP BY GROUPING SETS ((snapshot_id, region), (snapshot_id, region, sub_region))
