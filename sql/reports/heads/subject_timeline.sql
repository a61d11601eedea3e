-- subject_timeline.sql over the subjects (entity keys) in $entity_keys: the report's first rows when
-- they are its first subjects (zgc_etl.warehouse.reports.report_head).  At 100,000 generated
-- articles, 0.03 s instead of 0.3 s CPU for the whole report (which joins every figure with a subject).
-- Keep the columns, filters and ORDER BY those of subject_timeline.sql (tests/test_report_heads.py).
SELECT e.name AS subject, m.metric_id AS metric, f.measure, d.iso AS as_of, f.qualifier, f.value, u.unit,
       a.file, f.mention
FROM fact_figure f
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key
JOIN dim_entity e ON e.entity_key = f.entity_key  -- figures with a subject only
LEFT JOIN dim_metric m ON m.metric_key = f.metric_key
LEFT JOIN dim_date d ON d.date_key = f.as_of_key
WHERE list_contains($entity_keys::BIGINT[], f.entity_key)
  AND e.name ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY subject, metric, as_of DESC NULLS LAST, file;
