-- Signatures per date and place, with the running total, per snapshot.
SELECT
    snapshot_id,
    signature_date,
    place,
    count(*) AS signatures,
    CAST(sum(count(*)) OVER (
        PARTITION BY snapshot_id ORDER BY signature_date, place
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS BIGINT) AS cumulative_signatures
FROM signatories
GROUP BY snapshot_id, signature_date, place
ORDER BY snapshot_id, signature_date, place
