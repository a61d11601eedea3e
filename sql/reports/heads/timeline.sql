-- timeline.sql over the subjects (entity keys) in $entity_keys: the report's first rows when they
-- are its first subjects (zgc_etl.warehouse.reports.report_head).  The restriction is on
-- entity_key, figure_timeline's window partition, so DuckDB applies it to the fact_figure scan,
-- below the window: at 100,000 generated articles, 0.15 s instead of 2 s for the whole report.
-- Keep the columns, filters and ORDER BY those of timeline.sql (tests/test_report_heads.py).
SELECT subject, series, kind, as_of, period_start, qualifier, value, unit, statement_rank, published, file, mention
FROM figure_timeline
WHERE list_contains($entity_keys::BIGINT[], entity_key)
  AND subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
  AND series ILIKE '%' || COALESCE(getvariable('series'), '') || '%'
ORDER BY subject, series, kind, statement_rank;
