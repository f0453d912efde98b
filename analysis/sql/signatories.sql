-- One row per signatory per snapshot, with its geography and population.
-- A view, unordered, like registry_actions.
-- materialized: view
SELECT
    a.snapshot_id,
    a.participant,
    a.iso3,
    a.is_state,
    coalesce(c.is_un_member, false) AS is_un_member,
    a.action_date AS signature_date,
    a.place,
    a.date_basis,
    c.region,
    c.sub_region,
    c.population_2024
FROM registry_actions AS a
LEFT JOIN countries AS c ON c.iso3 = a.iso3
WHERE a.action = 'signature'
