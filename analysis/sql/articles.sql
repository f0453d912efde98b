-- One row per ingested article, with its cleaned body, and whether claims were extracted
-- from it (claims_note: "claims not extracted: no patterns for xx" when its language has
-- no claim patterns).
SELECT article_id, title, language, publisher, original_publisher, url, published,
       source_file, sha256, body, claims_extracted, claims_note
FROM stg_articles
ORDER BY article_id
