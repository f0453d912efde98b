-- One row per ingested article, with its cleaned body.
SELECT article_id, title, language, publisher, original_publisher, url, published,
       source_file, sha256, body
FROM stg_articles
ORDER BY article_id
