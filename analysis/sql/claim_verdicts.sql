-- Each press claim set against the registry, per snapshot.
-- Counts the registry holds (signatories, ratifications, and signatories of a named group:
-- "nine ASEAN members") are compared with the count the press could know when the claim
-- was published (a forecast: at the close of the signing event; no date: at the snapshot;
-- never later than the snapshot knows, the day after its as-of date):
--   consistent       holds then and still holds at the snapshot
--   consistent_then  held when published (or, undated, at some point) but not any more
--   understated / overstated   the registry count is above / below what the claim allows
-- An article published after the day the snapshot's last actions reached the press
-- (registry_predates_article: the registry copy predates it) is judged only where it is
-- already contradicted, a count below one the registry already held ('understated');
-- otherwise 'not_yet_checkable'.
-- The entry-into-force threshold ("needs 40 ratifications", "at least 40") is 'consistent'
-- when it names the number of instruments article 65(1) requires (params.yaml), else
-- 'wrong' (also "more than 40").
-- Attendance, subsets by session or day, and groups the warehouse does not know are not in
-- the registry: 'unverifiable'.
WITH rules AS (SELECT * FROM stg_claim_rules),
treaty AS (SELECT * FROM stg_treaty_rules),
event AS (SELECT * FROM stg_signing_event),
series AS (
    SELECT snapshot_id, 'signatories' AS series, day, signatories AS n
    FROM registry_press_counts
    UNION ALL
    SELECT snapshot_id, 'ratifications', day, ratifications FROM registry_press_counts
    UNION ALL
    SELECT snapshot_id, 'group:' || group_key, day, signatories FROM registry_group_counts
),
claims AS (
    SELECT
        n.snapshot_id,
        n.as_of,
        c.*,
        CASE c.claim_kind
            WHEN 'signatories' THEN 'signatories'
            WHEN 'ratifications' THEN 'ratifications'
            WHEN 'subset' THEN 'group:' || c.subset_group
        END AS series,
        -- the day after the as-of date still sees the snapshot whole (see reference_day)
        coalesce(NOT c.is_forecast
                 AND c.published > CAST(n.as_of + INTERVAL 1 DAY AS DATE), false)
            AS registry_predates_article,
        CASE WHEN c.is_forecast THEN 'event_close'
             WHEN c.published IS NULL THEN 'snapshot'
             ELSE 'publication_date' END AS compared_with,
        least(CASE WHEN c.is_forecast THEN CAST(e.event_end + INTERVAL 1 DAY AS DATE)
                   ELSE coalesce(c.published, CAST(n.as_of + INTERVAL 1 DAY AS DATE)) END,
              CAST(n.as_of + INTERVAL 1 DAY AS DATE)) AS reference_day
    FROM snapshots AS n
    CROSS JOIN press_claims AS c
    CROSS JOIN event AS e
),
counted AS (
    SELECT
        c.*,
        (SELECT coalesce(max(r.n), 0) FROM series AS r
         WHERE r.snapshot_id = c.snapshot_id AND r.series = c.series
           AND r.day <= c.reference_day) AS count_then,
        (SELECT max(r.n) FROM series AS r
         WHERE r.snapshot_id = c.snapshot_id AND r.series = c.series) AS count_now,
        (SELECT bool_or(claim_allows(c.value, c.value_high, c.qualifier, r.n,
                                     x.about_tolerance, x.nearly_tolerance))
         FROM series AS r, rules AS x
         WHERE r.snapshot_id = c.snapshot_id AND r.series = c.series) AS held_at_some_point
    FROM claims AS c
),
judged AS (
    SELECT
        c.*,
        c.count_now IS NOT NULL AS checkable,
        claim_allows(c.value, c.value_high, c.qualifier, c.count_then, x.about_tolerance,
                     x.nearly_tolerance) AS holds_then,
        claim_allows(c.value, c.value_high, c.qualifier, c.count_now, x.about_tolerance,
                     x.nearly_tolerance) AS holds_now,
        coalesce(claim_upper_bound(c.value, c.value_high, c.qualifier, x.about_tolerance)
                 < c.count_now, false) AS already_contradicted,
        t.instruments_required
    FROM counted AS c
    CROSS JOIN rules AS x
    CROSS JOIN treaty AS t
)
SELECT
    snapshot_id, claim_id, source, article_id, url, publisher, language, published,
    published_time, claim_kind, value, value_high, qualifier, subset_group, is_forecast,
    context, paragraph_no, char_start, char_end, matched_text, notes, same_as_ledger_claim,
    compared_with, reference_day, registry_predates_article,
    CASE WHEN claim_kind = 'threshold' THEN instruments_required
         WHEN checkable THEN count_then END AS registry_count,
    CASE WHEN claim_kind = 'threshold' THEN instruments_required
         WHEN checkable THEN count_now END AS registry_count_now,
    CASE
        WHEN claim_kind = 'threshold' THEN
            CASE WHEN value = instruments_required
                      AND qualifier IN ('exact', 'at_least', 'about') THEN 'consistent'
                 ELSE 'wrong' END
        WHEN NOT checkable THEN 'unverifiable'
        WHEN registry_predates_article AND already_contradicted THEN 'understated'
        WHEN registry_predates_article THEN 'not_yet_checkable'
        WHEN holds_then AND holds_now THEN 'consistent'
        WHEN holds_then THEN 'consistent_then'
        WHEN compared_with = 'snapshot' AND held_at_some_point THEN 'consistent_then'
        WHEN count_then > value THEN 'understated'
        ELSE 'overstated'
    END AS verdict,
    CASE WHEN claim_kind = 'threshold' THEN value - instruments_required
         WHEN checkable THEN value - count_then END AS difference
FROM judged
ORDER BY snapshot_id, claim_id
