-- Per snapshot and action date: the running totals of signatures (as signature_timeline
-- counts them) and of instruments toward entry into force (as entry_into_force counts them:
-- ratification, acceptance, approval or accession by a State). `dvc plots` draws the
-- latest snapshot's (data/processed/plots/registry_timeline.csv).
WITH days AS (
    SELECT
        snapshot_id,
        action_date AS day,
        count(*) FILTER (WHERE action = 'signature') AS signatures,
        count(*) FILTER (WHERE action IN ('ratification', 'acceptance', 'approval', 'accession')
                         AND is_state) AS instruments
    FROM registry_actions
    GROUP BY snapshot_id, action_date
)
SELECT
    snapshot_id,
    day,
    CAST(sum(signatures) OVER running AS BIGINT) AS signatures,
    CAST(sum(instruments) OVER running AS BIGINT) AS instruments
FROM days
WINDOW running AS (PARTITION BY snapshot_id ORDER BY day
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
ORDER BY snapshot_id, day
