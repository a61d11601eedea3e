-- One subject's figures over time across articles (newest first).
-- zgc-etl report subject_timeline --param subject=Zhongguancun   (a case-insensitive substring)
-- The columns of the figures view, read from its tables: the view also builds every figure's
-- region list, which this report does not show (at 100,000 generated articles, half its time).
SELECT e.name AS subject, m.metric_id AS metric, f.measure, d.iso AS as_of, f.qualifier, f.value, u.unit,
       a.file, f.mention
FROM fact_figure f
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key
JOIN dim_entity e ON e.entity_key = f.entity_key  -- figures with a subject only
LEFT JOIN dim_metric m ON m.metric_key = f.metric_key
LEFT JOIN dim_date d ON d.date_key = f.as_of_key
WHERE e.name ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY subject, metric, as_of DESC NULLS LAST, file;
