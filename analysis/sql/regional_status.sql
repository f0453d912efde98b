-- Signed and ratified per M49 region and sub-region, per snapshot: regional_participation's
-- UN member States and signatories, beside the States that deposited an instrument of
-- ratification, acceptance, approval or accession (with or without signing first).
-- Non-member States are counted apart, so that each share stays a share of UN member States.
WITH instrument_states AS (
    SELECT
        p.snapshot_id,
        c.region,
        c.sub_region,
        count(*) FILTER (WHERE c.is_un_member) AS un_member_instruments,
        count(*) FILTER (WHERE NOT c.is_un_member) AS other_state_instruments
    FROM participants AS p
    JOIN countries AS c ON c.iso3 = p.iso3
    WHERE p.status = 'instrument_deposited'
    GROUP BY ALL
),
by_level AS (
    SELECT snapshot_id, 'region' AS level, region, NULL AS sub_region,
           sum(un_member_instruments) AS un_member_instruments,
           sum(other_state_instruments) AS other_state_instruments
    FROM instrument_states
    GROUP BY ALL
    UNION ALL
    SELECT snapshot_id, 'sub_region', region, sub_region, un_member_instruments,
           other_state_instruments
    FROM instrument_states
)
SELECT
    r.snapshot_id,
    r.level,
    r.region,
    r.sub_region,
    r.un_member_states,
    r.un_member_signatories,
    r.share_signed,
    CAST(coalesce(b.un_member_instruments, 0) AS BIGINT) AS un_member_instruments,
    round(coalesce(b.un_member_instruments, 0) / r.un_member_states, 6) AS share_instruments,
    r.other_state_signatories,
    CAST(coalesce(b.other_state_instruments, 0) AS BIGINT) AS other_state_instruments
FROM regional_participation AS r
LEFT JOIN by_level AS b
    ON b.snapshot_id = r.snapshot_id AND b.level = r.level
    AND b.region IS NOT DISTINCT FROM r.region
    AND b.sub_region IS NOT DISTINCT FROM r.sub_region
