-- The rows of region_article_figures the load replaces: every row when $1 (rebuilt whole: the
-- regions' hierarchy or the units changed, or the table is new), else those of the articles it
-- wrote (stg_dim_article) and of the articles no longer in dim_article (deleted by this load).
DELETE FROM region_article_figures
WHERE $1
   OR article_key IN (SELECT article_key FROM stg_dim_article)
   OR article_key NOT IN (SELECT article_key FROM dim_article);
