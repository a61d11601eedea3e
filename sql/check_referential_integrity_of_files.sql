-- check_referential_integrity.sql and check_bridge_figure_keys.sql for the facts of the articles in
-- stg_audit_files(file) and their bridge rows (the referential_integrity asset check's scope: the
-- articles loaded since it last ran and those failing then; zgc_etl.warehouse.audits.run_scoped),
-- plus the dimensions' own references, whole (a few thousand rows).  What a load deletes cannot
-- leave a reference dangling unseen: its transaction checks, before COMMIT, every fact against the
-- dimensions and the bridge rows of the facts it deleted (sql/check_load_bridge_figure_keys.sql).
WITH f AS (
    SELECT f.figure_key, f.article_key, f.unit_key, f.metric_key, f.entity_key, f.as_of_key, f.period_start_key
    FROM fact_figure f
    WHERE f.article_key IN (SELECT article_key FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files))
),
b AS (
    SELECT figure_key, region_key FROM bridge_figure_region WHERE figure_key IN (SELECT figure_key FROM f)
)
SELECT 'fact_figure.article_key' AS relationship, count(*) AS orphans
FROM f LEFT JOIN dim_article a USING (article_key) WHERE a.article_key IS NULL
UNION ALL
SELECT 'fact_figure.unit_key', count(*)
FROM f LEFT JOIN dim_unit u USING (unit_key) WHERE u.unit_key IS NULL
UNION ALL
SELECT 'fact_figure.metric_key', count(*)
FROM f LEFT JOIN dim_metric m USING (metric_key) WHERE m.metric_key IS NULL
UNION ALL
SELECT 'fact_figure.entity_key', count(*)
FROM f LEFT JOIN dim_entity e USING (entity_key) WHERE f.entity_key IS NOT NULL AND e.entity_key IS NULL
UNION ALL
SELECT 'fact_figure.as_of_key', count(*)
FROM f LEFT JOIN dim_date d ON d.date_key = f.as_of_key WHERE f.as_of_key IS NOT NULL AND d.date_key IS NULL
UNION ALL
SELECT 'fact_figure.period_start_key', count(*)
FROM f LEFT JOIN dim_date d ON d.date_key = f.period_start_key
WHERE f.period_start_key IS NOT NULL AND d.date_key IS NULL
UNION ALL
SELECT 'bridge_figure_region.region_key', count(*)
FROM b LEFT JOIN dim_region r USING (region_key) WHERE r.region_key IS NULL
UNION ALL
SELECT 'dim_article.source_key', count(*)
FROM dim_article a LEFT JOIN dim_source s USING (source_key) WHERE a.source_key IS NOT NULL AND s.source_key IS NULL
UNION ALL
SELECT 'dim_region.parent_key', count(*)
FROM dim_region r LEFT JOIN dim_region p ON p.region_key = r.parent_key WHERE r.parent_key IS NOT NULL AND p.region_key IS NULL;
