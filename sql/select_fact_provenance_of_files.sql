-- The facts of the given articles only (stg_audit_files(file): the articles loaded by this run).
SELECT a.file, f.ordinal, f.start_offset, f.end_offset, f.mention
FROM fact_figure f JOIN dim_article a USING (article_key)
WHERE a.file IN (SELECT file FROM stg_audit_files)
ORDER BY a.file, f.ordinal;
