-- check_referential_integrity.sql for the load's transaction.  Every relationship is checked whole
-- but one: bridge rows -> fact_figure (a hash of 1.7 M figure keys, the one costly join) is checked
-- for the bridge rows the load inserted (stg_bridge_figure_region) and those pointing at the facts it
-- deleted (gone_figure, from delete_replaced_articles.sql): the only bridge rows a load can leave
-- dangling.  The referential_integrity asset check verifies that relationship whole after every load.
WITH touched_bridge AS (
    SELECT figure_key FROM bridge_figure_region
    WHERE figure_key IN (SELECT figure_key FROM stg_bridge_figure_region UNION ALL SELECT figure_key FROM gone_figure)
)
SELECT 'fact_figure.article_key' AS relationship, count(*) AS orphans
FROM fact_figure f LEFT JOIN dim_article a USING (article_key) WHERE a.article_key IS NULL
UNION ALL
SELECT 'fact_figure.unit_key', count(*)
FROM fact_figure f LEFT JOIN dim_unit u USING (unit_key) WHERE u.unit_key IS NULL
UNION ALL
SELECT 'fact_figure.metric_key', count(*)
FROM fact_figure f LEFT JOIN dim_metric m USING (metric_key) WHERE m.metric_key IS NULL
UNION ALL
SELECT 'fact_figure.entity_key', count(*)
FROM fact_figure f LEFT JOIN dim_entity e USING (entity_key) WHERE f.entity_key IS NOT NULL AND e.entity_key IS NULL
UNION ALL
SELECT 'fact_figure.as_of_key', count(*)
FROM fact_figure f LEFT JOIN dim_date d ON d.date_key = f.as_of_key WHERE f.as_of_key IS NOT NULL AND d.date_key IS NULL
UNION ALL
SELECT 'fact_figure.period_start_key', count(*)
FROM fact_figure f LEFT JOIN dim_date d ON d.date_key = f.period_start_key
WHERE f.period_start_key IS NOT NULL AND d.date_key IS NULL
UNION ALL
SELECT 'bridge_figure_region.figure_key', count(*)
FROM touched_bridge b
WHERE b.figure_key NOT IN (SELECT figure_key FROM fact_figure WHERE figure_key IN (SELECT figure_key FROM touched_bridge))
UNION ALL
SELECT 'bridge_figure_region.region_key', count(*)
FROM bridge_figure_region b LEFT JOIN dim_region r USING (region_key) WHERE r.region_key IS NULL
UNION ALL
SELECT 'dim_article.source_key', count(*)
FROM dim_article a LEFT JOIN dim_source s USING (source_key) WHERE a.source_key IS NOT NULL AND s.source_key IS NULL
UNION ALL
SELECT 'dim_region.parent_key', count(*)
FROM dim_region r LEFT JOIN dim_region p ON p.region_key = r.parent_key WHERE r.parent_key IS NOT NULL AND p.region_key IS NULL;
