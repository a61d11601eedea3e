-- Figures whose value cannot be right for its unit and kind, one row per (rule, figure).
-- Limits are physical, not statistical: beyond them a value is a parsing error, not news.
-- Only the facts of the articles in stg_audit_files(file) (zgc_etl.warehouse.audits: the run's scope).
WITH limits(dimension, max_abs_base) AS (
    VALUES ('money', 1e16),          -- CNY: ten times world GDP
           ('count', 1e12),
           ('area', 5.1e14),         -- m2: the surface of the Earth
           ('length', 1e12),         -- m
           ('mass', 1e12),           -- t
           ('energy', 1e15),         -- kWh
           ('power', 1e9),           -- MW
           ('duration', 1e6),        -- hours (years: below)
           ('ratio', 1e5),           -- percent (a change of 1000 times)
           ('ratio_change', 100),    -- percentage points
           ('multiple', 1e4),
           ('index', 1e7)
),
f AS (
    SELECT f.figure_key, a.file, f.ordinal, f.mention, f.value, u.unit, f.kind, u.dimension,
           CASE WHEN u.is_currency THEN f.value_cny ELSE f.value_base END AS base_value
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
    WHERE a.file IN (SELECT file FROM stg_audit_files)
)
SELECT 'not_finite' AS rule, figure_key, file, ordinal, mention, value, unit, kind FROM f
WHERE NOT isfinite(value)
UNION ALL
SELECT 'share_outside_0_100', figure_key, file, ordinal, mention, value, unit, kind FROM f
WHERE unit = 'percent' AND kind = 'share' AND (value < 0 OR value > 100)
UNION ALL
SELECT 'negative_amount', figure_key, file, ordinal, mention, value, unit, kind FROM f
WHERE kind <> 'change' AND value < 0
  AND dimension IN ('money', 'count', 'area', 'length', 'mass', 'energy', 'power', 'duration', 'ratio')
UNION ALL
SELECT 'fall_beyond_100_percent', figure_key, file, ordinal, mention, value, unit, kind FROM f
WHERE unit = 'percent' AND kind = 'change' AND value < -100
UNION ALL
SELECT 'absurd_magnitude', f.figure_key, f.file, f.ordinal, f.mention, f.value, f.unit, f.kind FROM f
JOIN limits l ON l.dimension = f.dimension
WHERE abs(f.base_value) > l.max_abs_base
UNION ALL
SELECT 'absurd_magnitude', figure_key, file, ordinal, mention, value, unit, kind FROM f
WHERE unit = 'year' AND abs(value) > 1e4
ORDER BY rule, file, ordinal;
