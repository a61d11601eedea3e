-- The rates implied by the bracketed CNY/USD pairs of select_bracketed_cny_usd.sql (the same
-- pairs: the same filters and joins), with each pair's article file and the date its conversion
-- was written on: numbers for the fx_band audit's whole pass, without the mention and the
-- ordering, which it needs only for the few pairs outside the band (1.7 M facts, 82,681 pairs:
-- ~0.25 -> ~0.1 s CPU).  Only the articles in stg_audit_files(file).
WITH f AS MATERIALIZED (
    SELECT a.file, f.value, f.unit_key, f.alt_value, f.alt_unit, f.as_of_key, a.published
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    WHERE a.file IN (SELECT file FROM stg_audit_files)
      AND f.alt_unit IN ('USD', 'CNY') AND f.value > 0 AND f.alt_value > 0
)
SELECT f.file,
       CASE WHEN u.unit = 'CNY' THEN f.value / f.alt_value ELSE f.alt_value / f.value END AS implied_cny_per_usd,
       COALESCE(f.published, d.period_last_day) AS written_on
FROM f
JOIN dim_unit u ON u.unit_key = f.unit_key
LEFT JOIN dim_date d ON d.date_key = f.as_of_key
WHERE (u.unit = 'CNY' AND f.alt_unit = 'USD') OR (u.unit = 'USD' AND f.alt_unit = 'CNY');
