-- Per snapshot and outlet: its signatory claims by verdict and how far off they were.
-- Extracted claims that repeat a ledger row are counted once.
SELECT
    snapshot_id,
    publisher,
    count(*) AS signatory_claims,
    count(*) FILTER (WHERE verdict = 'consistent') AS consistent,
    count(*) FILTER (WHERE verdict = 'consistent_then') AS consistent_then,
    count(*) FILTER (WHERE verdict = 'understated') AS understated,
    count(*) FILTER (WHERE verdict = 'overstated') AS overstated,
    count(*) FILTER (WHERE verdict IN ('understated', 'overstated')) AS wrong,
    max(abs(difference)) FILTER (WHERE verdict IN ('understated', 'overstated'))
        AS largest_miss,
    string_agg(qualifier || ' ' || value || ' (' || verdict || ')', '; ' ORDER BY claim_id)
        AS claims,
    count(*) FILTER (WHERE verdict = 'not_yet_checkable') AS not_yet_checkable
FROM claim_verdicts
WHERE claim_kind = 'signatories' AND same_as_ledger_claim IS NULL
GROUP BY snapshot_id, publisher
ORDER BY snapshot_id, wrong DESC, largest_miss DESC NULLS LAST, publisher
