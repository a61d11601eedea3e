-- Facts, bridges and dimensions whose logical foreign keys point nowhere, by relationship: every
-- relationship but the bridge's figure key (check_bridge_figure_keys.sql, whole; the load's own
-- transaction checks it over the rows it touched, check_load_bridge_figure_keys.sql).
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
SELECT 'bridge_figure_region.region_key', count(*)
FROM bridge_figure_region b LEFT JOIN dim_region r USING (region_key) WHERE r.region_key IS NULL
UNION ALL
SELECT 'dim_article.source_key', count(*)
FROM dim_article a LEFT JOIN dim_source s USING (source_key) WHERE a.source_key IS NOT NULL AND s.source_key IS NULL
UNION ALL
SELECT 'dim_region.parent_key', count(*)
FROM dim_region r LEFT JOIN dim_region p ON p.region_key = r.parent_key WHERE r.parent_key IS NOT NULL AND p.region_key IS NULL;
