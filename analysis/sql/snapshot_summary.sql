-- Headline figures per snapshot (they feed `dvc metrics show`).
WITH per_snapshot AS (
    SELECT
        s.snapshot_id,
        count(*) AS signatories_total,
        count(*) FILTER (WHERE s.is_state) AS signatory_states,
        count(*) FILTER (WHERE s.is_un_member) AS un_member_signatories,
        count(*) FILTER (WHERE s.signature_date = e.event_start) AS signed_first_day,
        count(*) FILTER (WHERE s.signature_date BETWEEN e.event_start AND e.event_end
                         AND s.place = e.event_place) AS signed_at_event,
        sum(s.population_2024) FILTER (WHERE s.is_state) AS signatory_population_2024,
        count(*) FILTER (WHERE s.is_state AND s.population_2024 IS NULL)
            AS signatory_states_without_population
    FROM signatories AS s
    CROSS JOIN stg_signing_event AS e
    GROUP BY s.snapshot_id
)
SELECT
    n.snapshot_id,
    coalesce(p.signatories_total, 0) AS signatories_total,
    coalesce(p.signatory_states, 0) AS signatory_states,
    coalesce(p.un_member_signatories, 0) AS un_member_signatories,
    coalesce(p.signed_first_day, 0) AS signed_first_day,
    coalesce(p.signed_at_event, 0) AS signed_at_event,
    (SELECT count(*) FROM countries WHERE is_un_member) AS un_member_states,
    round(coalesce(p.un_member_signatories, 0)
          / (SELECT count(*) FROM countries WHERE is_un_member), 6) AS un_member_share,
    coalesce(p.signatory_population_2024, 0) AS signatory_population_2024,
    w.population AS world_population_2024,
    round(coalesce(p.signatory_population_2024, 0) / w.population, 6)
        AS world_population_share,
    coalesce(p.signatory_states_without_population, 0) AS signatory_states_without_population
FROM snapshots AS n
LEFT JOIN per_snapshot AS p ON p.snapshot_id = n.snapshot_id
CROSS JOIN world_population AS w
ORDER BY n.snapshot_id
