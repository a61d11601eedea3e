SELECT a.file, f.ordinal, f.start_offset, f.end_offset, f.mention
FROM fact_figure f JOIN dim_article a USING (article_key)
ORDER BY a.file, f.ordinal;
