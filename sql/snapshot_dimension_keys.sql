-- The keys of every dimension as the load's transaction begins (before it deletes or writes
-- anything): a key can only disappear by a delete of the load itself (delete_replaced_articles.sql,
-- merge_into_dimensions.sql's refresh of the reference dimensions, delete_orphans.sql), so the
-- load's referential audit (check_load_referential_integrity.sql) looks at the rows it staged and
-- at the rows that point at a key of this snapshot that is gone, not at every fact.
-- Kept until the structural audit has run (drop_load_scratch.sql; a rollback drops it too).
CREATE OR REPLACE TEMP TABLE dim_key_before AS
SELECT 'article' AS dim, article_key AS key FROM dim_article
UNION ALL SELECT 'unit', unit_key FROM dim_unit
UNION ALL SELECT 'metric', metric_key FROM dim_metric
UNION ALL SELECT 'entity', entity_key FROM dim_entity
UNION ALL SELECT 'date', date_key FROM dim_date
UNION ALL SELECT 'region', region_key FROM dim_region
UNION ALL SELECT 'source', source_key FROM dim_source;
