-- Signatures and instruments (ratification, acceptance, approval, accession; every
-- participant's, the EU's included) per date, with the running total of each, per snapshot.
-- series: 'signatures' or 'instruments'.
WITH events AS (
    SELECT snapshot_id, signature_date AS action_date, 'signatures' AS series
    FROM participants WHERE signature_date IS NOT NULL
    UNION ALL
    SELECT snapshot_id, instrument_date, 'instruments'
    FROM participants WHERE instrument_date IS NOT NULL
)
SELECT
    snapshot_id,
    series,
    action_date,
    count(*) AS added,
    CAST(sum(count(*)) OVER (
        PARTITION BY snapshot_id, series ORDER BY action_date
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS BIGINT) AS cumulative
FROM events
GROUP BY snapshot_id, series, action_date
ORDER BY snapshot_id, series, action_date
