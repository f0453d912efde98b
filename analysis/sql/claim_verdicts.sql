-- Each press claim set against the registry, per snapshot.
-- Signatory claims are compared with the count the press could know when the claim was
-- published (a forecast: at the close of the signing event; no date: at the snapshot;
-- never later than the snapshot knows, the day after its as-of date):
--   consistent       holds then and still holds at the snapshot
--   consistent_then  held when published (or, undated, at some point) but not any more
--   understated / overstated   the registry count is above / below what the claim allows
-- Attendance and other counts are not in the registry: 'unverifiable'.
WITH rules AS (SELECT * FROM stg_claim_rules),
event AS (SELECT * FROM stg_signing_event),
claims AS (
    SELECT
        n.snapshot_id,
        n.as_of,
        c.*,
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
        (SELECT coalesce(max(r.signatories), 0) FROM registry_press_counts AS r
         WHERE r.snapshot_id = c.snapshot_id AND r.day <= c.reference_day) AS registry_count,
        (SELECT max(r.signatories) FROM registry_press_counts AS r
         WHERE r.snapshot_id = c.snapshot_id) AS registry_count_now,
        (SELECT bool_or(claim_holds(c.value, c.qualifier, r.signatories,
                                    x.about_tolerance, x.nearly_tolerance))
         FROM registry_press_counts AS r, rules AS x
         WHERE r.snapshot_id = c.snapshot_id) AS held_at_some_point
    FROM claims AS c
),
judged AS (
    SELECT
        c.*,
        claim_holds(c.value, c.qualifier, c.registry_count, x.about_tolerance,
                    x.nearly_tolerance) AS holds_then,
        claim_holds(c.value, c.qualifier, c.registry_count_now, x.about_tolerance,
                    x.nearly_tolerance) AS holds_now
    FROM counted AS c
    CROSS JOIN rules AS x
)
SELECT
    snapshot_id, claim_id, source, article_id, url, publisher, language, published,
    published_time, claim_kind, value, qualifier, is_forecast, context, paragraph_no,
    char_start, char_end, matched_text, notes, same_as_ledger_claim, compared_with,
    reference_day,
    CASE WHEN claim_kind = 'signatories' THEN registry_count END AS registry_count,
    CASE WHEN claim_kind = 'signatories' THEN registry_count_now END AS registry_count_now,
    CASE
        WHEN claim_kind <> 'signatories' THEN 'unverifiable'
        WHEN holds_then AND holds_now THEN 'consistent'
        WHEN holds_then THEN 'consistent_then'
        WHEN compared_with = 'snapshot' AND held_at_some_point THEN 'consistent_then'
        WHEN registry_count > value THEN 'understated'
        ELSE 'overstated'
    END AS verdict,
    CASE WHEN claim_kind = 'signatories' THEN value - registry_count END AS difference
FROM judged
ORDER BY snapshot_id, claim_id
