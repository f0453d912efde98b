-- Every press claim in one table: the hand-coded ledger and the claims extracted from
-- ingested articles. An extracted claim that repeats a ledger row (same URL, kind and
-- value) points at it, so counts can use each claim once. value_high is the top of a range
-- ("50 to 55"); subset_group the group a subset claim names (a claim_groups key).
WITH ledger AS (
    SELECT
        claim_id, 'ledger' AS source, NULL::VARCHAR AS article_id, url, publisher, language,
        published, published_time, claim_kind, value, NULL::BIGINT AS value_high, qualifier,
        NULL::VARCHAR AS subset_group, is_forecast, refers_to AS context,
        NULL::INTEGER AS paragraph_no, NULL::INTEGER AS char_start, NULL::INTEGER AS char_end,
        NULL::VARCHAR AS matched_text, notes
    FROM stg_press_claims
),
extracted AS (
    SELECT
        c.claim_id, 'extracted' AS source, c.article_id, a.url, a.publisher, c.language,
        a.published, NULL::VARCHAR AS published_time, c.claim_kind, c.value, c.value_high,
        c.qualifier, c.subset_group, false AS is_forecast, c.sentence AS context,
        c.paragraph_no, c.char_start, c.char_end, c.matched_text, NULL::VARCHAR AS notes
    FROM stg_article_claims AS c
    JOIN stg_articles AS a ON a.article_id = c.article_id
)
SELECT
    e.*,
    (SELECT min(l.claim_id) FROM ledger AS l
     WHERE l.url = e.url AND l.claim_kind = e.claim_kind AND l.value = e.value)
        AS same_as_ledger_claim
FROM extracted AS e
UNION ALL
SELECT *, NULL AS same_as_ledger_claim FROM ledger
ORDER BY claim_id
