-- Dimension rows no fact or article refers to any more (after edits and deletions).
DELETE FROM dim_entity WHERE entity_key NOT IN (SELECT entity_key FROM fact_figure WHERE entity_key IS NOT NULL);
DELETE FROM dim_date
WHERE date_key NOT IN (SELECT as_of_key FROM fact_figure WHERE as_of_key IS NOT NULL)
  AND date_key NOT IN (SELECT period_start_key FROM fact_figure WHERE period_start_key IS NOT NULL);
DELETE FROM dim_source WHERE source_key NOT IN (SELECT source_key FROM dim_article WHERE source_key IS NOT NULL);
DELETE FROM dim_region
WHERE level = 'other' AND region_key NOT IN (SELECT region_key FROM bridge_figure_region);
DELETE FROM dim_metric
WHERE category = 'unclassified' AND metric_id <> 'unclassified'
  AND metric_key NOT IN (SELECT metric_key FROM fact_figure);
