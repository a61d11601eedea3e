-- Dimension rows no fact or article refers to any more (after edits and deletions).
-- Only rows this load can have orphaned are looked at: those the rows it deleted referred to
-- (orphan_candidate, from delete_replaced_articles.sql) and those it staged itself (stg_dim_*),
-- less the keys its own staged rows refer to (inserted by insert_facts.sql and merge_into_dimensions.sql
-- in this transaction, so never orphans).  Each suspect is looked up among the facts that still
-- carry its key (a semi-join on the suspects: nothing to read when there is none, as for a load
-- that only adds articles), not against a hash of every fact: the whole-table version cost 0.3 s
-- at 1.7 M facts for a load that deleted nothing, and looking up every staged key 0.12 s.
CREATE OR REPLACE TEMP TABLE orphan_suspect AS
WITH candidate AS (
    SELECT dim, key FROM orphan_candidate
    UNION ALL SELECT 'entity', entity_key FROM stg_dim_entity
    UNION ALL SELECT 'date', date_key FROM stg_dim_date
    UNION ALL SELECT 'source', source_key FROM stg_dim_source
    UNION ALL SELECT 'region', region_key FROM stg_dim_region WHERE level = 'other'  -- only those are pruned
    UNION ALL SELECT 'metric', metric_key FROM stg_dim_metric WHERE category = 'unclassified' AND metric_id <> 'unclassified'
), staged_reference AS (
    SELECT 'entity' AS dim, entity_key AS key FROM stg_fact_figure
    UNION ALL SELECT 'date', as_of_key FROM stg_fact_figure
    UNION ALL SELECT 'date', period_start_key FROM stg_fact_figure
    UNION ALL SELECT 'metric', metric_key FROM stg_fact_figure
    UNION ALL SELECT 'region', region_key FROM stg_bridge_figure_region
    UNION ALL SELECT 'source', source_key FROM stg_dim_article
)
SELECT dim, key FROM candidate WHERE key IS NOT NULL
EXCEPT
SELECT dim, key FROM staged_reference;

DELETE FROM dim_entity
WHERE entity_key IN (SELECT key FROM orphan_suspect WHERE dim = 'entity')
  AND entity_key NOT IN (
        SELECT entity_key FROM fact_figure
        WHERE entity_key IN (SELECT key FROM orphan_suspect WHERE dim = 'entity'));
DELETE FROM dim_date
WHERE date_key IN (SELECT key FROM orphan_suspect WHERE dim = 'date')
  AND date_key NOT IN (
        SELECT as_of_key FROM fact_figure
        WHERE as_of_key IN (SELECT key FROM orphan_suspect WHERE dim = 'date'))
  AND date_key NOT IN (
        SELECT period_start_key FROM fact_figure
        WHERE period_start_key IN (SELECT key FROM orphan_suspect WHERE dim = 'date'));
DELETE FROM dim_source
WHERE source_key IN (SELECT key FROM orphan_suspect WHERE dim = 'source')
  AND source_key NOT IN (SELECT source_key FROM dim_article WHERE source_key IS NOT NULL);
-- the prunable metrics among the suspects first (the staged ones are the whole catalogue: looking
-- them all up would read every fact)
CREATE OR REPLACE TEMP TABLE orphan_candidate_metric AS
SELECT metric_key FROM dim_metric
WHERE category = 'unclassified' AND metric_id <> 'unclassified'
  AND metric_key IN (SELECT key FROM orphan_suspect WHERE dim = 'metric');
DELETE FROM dim_region
WHERE level = 'other'
  AND region_key IN (SELECT key FROM orphan_suspect WHERE dim = 'region')
  AND region_key NOT IN (
        SELECT region_key FROM bridge_figure_region
        WHERE region_key IN (SELECT key FROM orphan_suspect WHERE dim = 'region'));
DELETE FROM dim_metric
WHERE metric_key IN (SELECT metric_key FROM orphan_candidate_metric)
  AND metric_key NOT IN (
        SELECT metric_key FROM fact_figure WHERE metric_key IN (SELECT metric_key FROM orphan_candidate_metric));
DROP TABLE orphan_candidate_metric;
DROP TABLE orphan_suspect;
