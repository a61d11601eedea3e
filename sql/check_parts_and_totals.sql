-- Figures sharing a sentence that names parts of a whole ("including", "of which", ...),
-- in their order in the article: candidates for the parts-and-total audit.
-- $1: the regular expression of the cue words.  Only the articles in stg_audit_files(file)
-- (zgc_etl.warehouse.audits: the run's scope), filtered before the regular expression runs.
-- The expression runs once per distinct (article, sentence) with two figures or more, not once
-- per figure: the same sentences pass (a sentence either matches or not), for ~half the work.
WITH s AS (
    SELECT article_key, sentence
    FROM (
        SELECT f.article_key, f.sentence
        FROM fact_figure f
        WHERE f.article_key IN (SELECT article_key FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files))
          AND f.sentence IS NOT NULL
        GROUP BY f.article_key, f.sentence
        HAVING count(*) >= 2
    )
    WHERE regexp_matches(sentence, $1, 'i')
)
SELECT a.file, f.article_key, f.sentence, f.figure_key, f.ordinal, f.start_offset, f.mention, f.value, u.unit,
       f.kind, f.qualifier, f.lower_bound, f.upper_bound, f.measure
FROM fact_figure f
JOIN s ON s.article_key = f.article_key AND s.sentence = f.sentence
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key
WHERE f.article_key IN (SELECT article_key FROM s)  -- read only the facts of those articles
ORDER BY a.file, f.sentence, f.start_offset;
