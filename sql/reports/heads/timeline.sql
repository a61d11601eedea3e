-- timeline.sql over the subjects whose names sort up to $last_subject: the report's first rows
-- (zgc_etl.warehouse.reports.report_head).  The report orders by subject first and each row
-- belongs to one subject, so once this has more rows than a head needs, they are the report's
-- head.  The restriction is on entity_key, figure_timeline's window partition, so DuckDB applies
-- it below the window: at 100,000 generated articles, 0.1 s instead of 2 s for the whole report.
-- Keep the columns, filters and ORDER BY those of timeline.sql (tests/test_report_heads.py).
SELECT subject, series, kind, as_of, period_start, qualifier, value, unit, statement_rank, published, file, mention
FROM figure_timeline
WHERE entity_key IN (SELECT entity_key FROM dim_entity WHERE name <= $last_subject)
  AND subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
  AND series ILIKE '%' || COALESCE(getvariable('series'), '') || '%'
ORDER BY subject, series, kind, statement_rank;
