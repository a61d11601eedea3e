-- The facts of the given articles only (stg_audit_files(file): the articles loaded by this run);
-- as select_fact_provenance.sql, ordered by article_key.
SELECT f.article_key, f.ordinal, f.start_offset, f.end_offset, f.mention
FROM fact_figure f
WHERE f.article_key IN (SELECT article_key FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files))
ORDER BY f.article_key, f.ordinal;
