-- Participation of UN member States by development group (country-codes flags) and the
-- share of each group's 2024 population living in signatory States.
WITH flagged AS (
    SELECT iso3, population_2024, 'All UN member States' AS dev_group, 1 AS sort_order
    FROM countries WHERE is_un_member
    UNION ALL
    SELECT iso3, population_2024, 'Least developed countries (LDC)', 2
    FROM countries WHERE is_un_member AND is_ldc
    UNION ALL
    SELECT iso3, population_2024, 'Landlocked developing countries (LLDC)', 3
    FROM countries WHERE is_un_member AND is_lldc
    UNION ALL
    SELECT iso3, population_2024, 'Small island developing States (SIDS)', 4
    FROM countries WHERE is_un_member AND is_sids
)
SELECT
    n.snapshot_id,
    f.dev_group,
    f.sort_order,
    count(*) AS un_member_states,
    count(s.iso3) AS signatories,
    round(count(s.iso3) / count(*), 6) AS share_signed,
    sum(f.population_2024) AS population_2024,
    coalesce(sum(f.population_2024) FILTER (WHERE s.iso3 IS NOT NULL), 0)
        AS signatory_population_2024,
    round(coalesce(sum(f.population_2024) FILTER (WHERE s.iso3 IS NOT NULL), 0)
          / sum(f.population_2024), 6) AS population_share_signed
FROM snapshots AS n
CROSS JOIN flagged AS f
LEFT JOIN signatories AS s ON s.snapshot_id = n.snapshot_id AND s.iso3 = f.iso3
GROUP BY n.snapshot_id, f.dev_group, f.sort_order
ORDER BY n.snapshot_id, f.sort_order
