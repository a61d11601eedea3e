-- Money figures in yuan and US dollars side by side, with where the conversion came from.
-- The columns of the figures view, read from its tables: the view also builds every figure's
-- region list, which this report does not show (at 100,000 generated articles, half its time).
SELECT a.file, f.mention, f.qualifier, f.kind, e.name AS subject, d.iso AS as_of,
       round(f.value_cny / 1e8, 2) AS cny_100m,
       round(f.value_usd / 1e6, 1) AS usd_million,
       f.fx_source
FROM fact_figure f
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key  -- as in the view: a figure is shown with its unit
LEFT JOIN dim_entity e ON e.entity_key = f.entity_key
LEFT JOIN dim_date d ON d.date_key = f.as_of_key
WHERE f.value_cny IS NOT NULL OR f.value_usd IS NOT NULL
ORDER BY f.value_cny DESC NULLS LAST;
