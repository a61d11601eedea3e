-- Dimension rows no fact or article refers to any more (after edits and deletions).
-- Only rows this load can have orphaned are looked at: those the rows it deleted referred to
-- (orphan_candidate, from delete_replaced_articles.sql) and those it staged itself (stg_dim_*);
-- each is looked up among the facts that still carry its key (a semi-join on the candidates),
-- not against a hash of every fact: the whole-table version cost 0.3 s at 1.7 M facts for a
-- load that deleted nothing.
DELETE FROM dim_entity
WHERE (entity_key IN (SELECT key FROM orphan_candidate WHERE dim = 'entity')
       OR entity_key IN (SELECT entity_key FROM stg_dim_entity))
  AND entity_key NOT IN (
        SELECT entity_key FROM fact_figure
        WHERE entity_key IN (SELECT key FROM orphan_candidate WHERE dim = 'entity')
           OR entity_key IN (SELECT entity_key FROM stg_dim_entity));
DELETE FROM dim_date
WHERE (date_key IN (SELECT key FROM orphan_candidate WHERE dim = 'date')
       OR date_key IN (SELECT date_key FROM stg_dim_date))
  AND date_key NOT IN (
        SELECT as_of_key FROM fact_figure
        WHERE as_of_key IN (SELECT key FROM orphan_candidate WHERE dim = 'date')
           OR as_of_key IN (SELECT date_key FROM stg_dim_date))
  AND date_key NOT IN (
        SELECT period_start_key FROM fact_figure
        WHERE period_start_key IN (SELECT key FROM orphan_candidate WHERE dim = 'date')
           OR period_start_key IN (SELECT date_key FROM stg_dim_date));
DELETE FROM dim_source
WHERE (source_key IN (SELECT key FROM orphan_candidate WHERE dim = 'source')
       OR source_key IN (SELECT source_key FROM stg_dim_source))
  AND source_key NOT IN (SELECT source_key FROM dim_article WHERE source_key IS NOT NULL);
-- the prunable metrics among the candidates first (the staged ones are the whole catalogue: looking
-- them all up would read every fact)
CREATE OR REPLACE TEMP TABLE orphan_candidate_metric AS
SELECT metric_key FROM dim_metric
WHERE category = 'unclassified' AND metric_id <> 'unclassified'
  AND (metric_key IN (SELECT key FROM orphan_candidate WHERE dim = 'metric')
       OR metric_key IN (SELECT metric_key FROM stg_dim_metric));
DELETE FROM dim_region
WHERE level = 'other'
  AND (region_key IN (SELECT key FROM orphan_candidate WHERE dim = 'region')
       OR region_key IN (SELECT region_key FROM stg_dim_region))
  AND region_key NOT IN (
        SELECT region_key FROM bridge_figure_region
        WHERE region_key IN (SELECT key FROM orphan_candidate WHERE dim = 'region')
           OR region_key IN (SELECT region_key FROM stg_dim_region WHERE level = 'other'));
DELETE FROM dim_metric
WHERE metric_key IN (SELECT metric_key FROM orphan_candidate_metric)
  AND metric_key NOT IN (
        SELECT metric_key FROM fact_figure WHERE metric_key IN (SELECT metric_key FROM orphan_candidate_metric));
DROP TABLE orphan_candidate_metric;
