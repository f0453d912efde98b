-- Progress toward entry into force per snapshot, counted as article 65(1) says: instruments
-- of ratification, acceptance, approval or accession deposited by States, out of the number
-- required. An instrument of a regional economic integration organization (the EU) is not
-- counted as additional to its member States'. A State counts once, with its first
-- instrument. Once the required instrument is deposited, the Convention enters into force
-- on the 90th day after that date (params.yaml: treaty); in_force_at_snapshot says whether
-- that day had come by the snapshot's as-of date.
WITH rules AS (SELECT * FROM stg_treaty_rules),
instruments AS (
    SELECT
        snapshot_id,
        participant,
        instrument,
        instrument_date,
        row_number() OVER (PARTITION BY snapshot_id
                           ORDER BY instrument_date, participant) AS position
    FROM participants
    WHERE status = 'instrument_deposited' AND is_state
),
counts AS (
    SELECT
        n.snapshot_id,
        n.as_of,
        count(i.participant) AS instruments_deposited,
        count(i.participant) FILTER (WHERE i.instrument = 'ratification') AS ratifications,
        count(i.participant) FILTER (WHERE i.instrument = 'acceptance') AS acceptances,
        count(i.participant) FILTER (WHERE i.instrument = 'approval') AS approvals,
        count(i.participant) FILTER (WHERE i.instrument = 'accession') AS accessions
    FROM snapshots AS n
    LEFT JOIN instruments AS i ON i.snapshot_id = n.snapshot_id
    GROUP BY n.snapshot_id, n.as_of
),
signatories_waiting AS (
    SELECT
        snapshot_id,
        count(*) AS signatories_without_instrument,
        count(*) FILTER (WHERE is_state) AS signatory_states_without_instrument
    FROM participants
    WHERE status = 'signed_only'
    GROUP BY snapshot_id
),
organizations AS (
    SELECT snapshot_id, count(*) AS organization_instruments_not_counted
    FROM participants
    WHERE status = 'instrument_deposited' AND NOT is_state
    GROUP BY snapshot_id
),
required AS (
    SELECT i.snapshot_id, i.participant AS required_instrument_participant,
           i.instrument_date AS required_instrument_date
    FROM instruments AS i
    CROSS JOIN rules AS r
    WHERE i.position = r.instruments_required
)
SELECT
    c.snapshot_id,
    r.instruments_required,
    c.instruments_deposited,
    CAST(greatest(r.instruments_required - c.instruments_deposited, 0) AS BIGINT)
        AS instruments_still_needed,
    c.ratifications,
    c.acceptances,
    c.approvals,
    c.accessions,
    coalesce(o.organization_instruments_not_counted, 0) AS organization_instruments_not_counted,
    coalesce(w.signatories_without_instrument, 0) AS signatories_without_instrument,
    coalesce(w.signatory_states_without_instrument, 0) AS signatory_states_without_instrument,
    q.required_instrument_participant,
    q.required_instrument_date,
    CAST(q.required_instrument_date + to_days(r.entry_into_force_delay_days) AS DATE)
        AS entry_into_force_date,
    coalesce(CAST(q.required_instrument_date + to_days(r.entry_into_force_delay_days) AS DATE)
             <= c.as_of, false) AS in_force_at_snapshot
FROM counts AS c
CROSS JOIN rules AS r
LEFT JOIN organizations AS o ON o.snapshot_id = c.snapshot_id
LEFT JOIN signatories_waiting AS w ON w.snapshot_id = c.snapshot_id
LEFT JOIN required AS q ON q.snapshot_id = c.snapshot_id
ORDER BY c.snapshot_id
