-- One row per participant per snapshot: every State or organization that signed, or that
-- deposited an instrument of ratification, acceptance, approval or accession (an accession
-- needs no signature), with its status, geography and population.
-- status: 'signed_only' (signed, no instrument yet) or 'instrument_deposited' (ratified,
-- accepted, approved or acceded: a party once the Convention is in force for it).
-- Participants are keyed by ISO3 code (by name for organizations), like snapshot_changes.
WITH keyed AS (
    SELECT *, coalesce(iso3, participant) AS party_key
    FROM registry_actions
    WHERE action = 'signature' OR is_instrument(action)
),
per_party AS (
    SELECT
        snapshot_id,
        party_key,
        min(participant) AS participant,
        any_value(iso3) AS iso3,
        bool_and(is_state) AS is_state,
        min(action_date) FILTER (WHERE action = 'signature') AS signature_date,
        min(place) FILTER (WHERE action = 'signature') AS signature_place,
        min(date_basis) FILTER (WHERE action = 'signature') AS signature_date_basis,
        arg_min(action, (action_date, action)) FILTER (WHERE is_instrument(action))
            AS instrument,
        min(action_date) FILTER (WHERE is_instrument(action)) AS instrument_date
    FROM keyed
    GROUP BY snapshot_id, party_key
)
SELECT
    p.snapshot_id,
    p.participant,
    p.iso3,
    p.is_state,
    coalesce(c.is_un_member, false) AS is_un_member,
    CASE WHEN p.instrument IS NULL THEN 'signed_only' ELSE 'instrument_deposited' END
        AS status,
    p.signature_date,
    p.signature_place,
    p.signature_date_basis,
    p.instrument,
    p.instrument_date,
    c.region,
    c.sub_region,
    c.population_2024
FROM per_party AS p
LEFT JOIN countries AS c ON c.iso3 = p.iso3
