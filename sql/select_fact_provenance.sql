-- Every fact's offsets and mention, for the provenance audit (zgc_etl.warehouse.audits.provenance),
-- ordered by article (the integer key: a sort by file name cost ~0.5 s CPU more at 1.7 M facts);
-- the articles' files come from select_provenance_articles.sql.  Facts of no article are not audited.
SELECT f.article_key, f.ordinal, f.start_offset, f.end_offset, f.mention
FROM fact_figure f SEMI JOIN dim_article a USING (article_key)
ORDER BY f.article_key, f.ordinal;
