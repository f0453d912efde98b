-- Every line of every article: kept paragraphs (numbered, with their offsets in the clean
-- body) and the page furniture that ingestion stripped, with the rule that stripped it.
SELECT article_id, line_no, paragraph_no, text, char_start, char_end, is_furniture,
       furniture_rule
FROM stg_article_paragraphs
ORDER BY article_id, line_no
