-- UN member States, signatories and States that deposited an instrument (ratification,
-- acceptance, approval or accession) per M49 region and sub-region, per snapshot.
-- Non-member States (e.g. the State of Palestine) are counted apart, so that each share
-- stays a share of UN member States. A State that acceded without signing counts among the
-- instruments, not the signatories. Participants are counted per region before they meet
-- the snapshots x regions grid, which keeps the work in proportion to the participants
-- rather than to snapshots x countries. Unordered (the exports sort): at scale it has a row
-- per snapshot and region.
WITH member_states AS (
    SELECT region, sub_region, count(*) AS un_member_states
    FROM countries
    WHERE is_un_member
    GROUP BY ALL
),
participant_states AS (
    SELECT
        p.snapshot_id,
        c.region,
        c.sub_region,
        count(*) FILTER (WHERE c.is_un_member AND p.signature_date IS NOT NULL)
            AS un_member_signatories,
        count(*) FILTER (WHERE NOT c.is_un_member AND p.signature_date IS NOT NULL)
            AS other_state_signatories,
        count(*) FILTER (WHERE c.is_un_member AND p.status = 'instrument_deposited')
            AS un_member_instruments,
        count(*) FILTER (WHERE NOT c.is_un_member AND p.status = 'instrument_deposited')
            AS other_state_instruments
    FROM participants AS p
    JOIN countries AS c ON c.iso3 = p.iso3
    GROUP BY ALL
),
cells AS (
    SELECT n.snapshot_id, m.region, m.sub_region, m.un_member_states,
           0 AS un_member_signatories, 0 AS other_state_signatories,
           0 AS un_member_instruments, 0 AS other_state_instruments
    FROM snapshots AS n
    CROSS JOIN member_states AS m
    UNION ALL
    SELECT snapshot_id, region, sub_region, 0, un_member_signatories, other_state_signatories,
           un_member_instruments, other_state_instruments
    FROM participant_states
)
SELECT
    snapshot_id,
    CASE WHEN grouping(sub_region) = 1 THEN 'region' ELSE 'sub_region' END AS level,
    region,
    sub_region,
    CAST(sum(un_member_states) AS BIGINT) AS un_member_states,
    CAST(sum(un_member_signatories) AS BIGINT) AS un_member_signatories,
    round(sum(un_member_signatories) / sum(un_member_states), 6) AS share_signed,
    CAST(sum(other_state_signatories) AS BIGINT) AS other_state_signatories,
    CAST(sum(un_member_instruments) AS BIGINT) AS un_member_instruments,
    round(sum(un_member_instruments) / sum(un_member_states), 6) AS share_instruments,
    CAST(sum(other_state_instruments) AS BIGINT) AS other_state_instruments
FROM cells
GROUP BY GROUPING SETS ((snapshot_id, region), (snapshot_id, region, sub_region))
