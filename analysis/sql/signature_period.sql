-- The signature period at each snapshot's as-of date (article 64): the Convention is open
-- for signature until signature_closes (params.yaml: treaty.signature_closes); after that
-- the list of signatories is final and States and organizations join by accession.
-- days_left: days from the as-of date to the closing day (0 on the closing day itself,
-- negative once closed).
SELECT
    n.snapshot_id,
    n.as_of,
    r.signature_closes,
    CAST(r.signature_closes - n.as_of AS BIGINT) AS days_left,
    n.as_of > r.signature_closes AS is_closed
FROM snapshots AS n
CROSS JOIN stg_treaty_rules AS r
ORDER BY n.snapshot_id
