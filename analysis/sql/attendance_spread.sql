-- Attendance figures are not in the registry, so the claims are compared with each other:
-- per kind, how many claims, their range and median, and the values reported.
SELECT
    claim_kind,
    count(*) AS claims,
    min(value) AS lowest,
    median(value) AS median,
    max(value) AS highest,
    count(DISTINCT publisher) AS outlets,
    string_agg(DISTINCT CAST(value AS VARCHAR), ', ' ORDER BY CAST(value AS VARCHAR))
        AS values_reported
FROM press_claims
WHERE claim_kind NOT IN ('signatories', 'ratifications', 'threshold', 'subset')
  AND same_as_ledger_claim IS NULL
GROUP BY claim_kind
ORDER BY claim_kind
