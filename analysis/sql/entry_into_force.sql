-- Progress toward entry into force per snapshot (article 65): instruments of ratification,
-- acceptance, approval or accession deposited by States, out of the number required. An
-- instrument of a regional economic integration organization (the EU) is not counted in
-- addition to its member States'. Once the required instrument is deposited, the treaty
-- enters into force on the 90th day after that date (params.yaml: treaty).
WITH rules AS (SELECT * FROM stg_treaty_rules),
instruments AS (
    SELECT
        a.snapshot_id,
        a.participant,
        a.action_date,
        row_number() OVER (PARTITION BY a.snapshot_id
                           ORDER BY a.action_date, a.participant) AS position
    FROM registry_actions AS a
    WHERE a.action IN ('ratification', 'acceptance', 'approval', 'accession')
      AND a.is_state
)
SELECT
    n.snapshot_id,
    r.instruments_required,
    (SELECT count(*) FROM instruments AS i WHERE i.snapshot_id = n.snapshot_id)
        AS instruments_deposited,
    (SELECT count(*) FROM registry_actions AS a
     WHERE a.snapshot_id = n.snapshot_id AND NOT a.is_state
       AND a.action IN ('ratification', 'acceptance', 'approval', 'accession'))
        AS organization_instruments_not_counted,
    (SELECT i.action_date FROM instruments AS i
     WHERE i.snapshot_id = n.snapshot_id AND i.position = r.instruments_required)
        AS required_instrument_date,
    CAST((SELECT i.action_date FROM instruments AS i
          WHERE i.snapshot_id = n.snapshot_id AND i.position = r.instruments_required)
         + to_days(r.entry_into_force_delay_days) AS DATE) AS entry_into_force_date
FROM snapshots AS n
CROSS JOIN rules AS r
ORDER BY n.snapshot_id
