-- Figures whose value cannot be right for its unit and kind, one row per (rule, figure).
-- Limits are physical, not statistical: beyond them a value is a parsing error, not news.
-- Only the facts of the articles in stg_audit_files(file) (zgc_etl.warehouse.audits: the run's scope).
-- The rules read numbers and keys only; the file and mention, text, are joined to the few
-- figures that break one (carrying them through every fact cost ~0.3 s CPU at 1.7 M facts).
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
f AS MATERIALIZED (
    SELECT f.rowid AS fact_row, f.figure_key, f.article_key, f.ordinal, f.value, u.unit, f.kind, u.dimension,
           CASE WHEN u.is_currency THEN f.value_cny ELSE f.value_base END AS base_value
    FROM fact_figure f
    JOIN dim_unit u ON u.unit_key = f.unit_key
    LEFT JOIN limits l ON l.dimension = u.dimension
    WHERE f.article_key IN (SELECT article_key FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files))
      -- any rule below (the same conditions, OR-ed): only these facts are kept for the rules
      AND (NOT isfinite(f.value)
           OR (u.unit = 'percent' AND f.kind = 'share' AND (f.value < 0 OR f.value > 100))
           OR (f.kind <> 'change' AND f.value < 0
               AND u.dimension IN ('money', 'count', 'area', 'length', 'mass', 'energy', 'power', 'duration', 'ratio'))
           OR (u.unit = 'percent' AND f.kind = 'change' AND f.value < -100)
           OR abs(CASE WHEN u.is_currency THEN f.value_cny ELSE f.value_base END) > l.max_abs_base
           OR (u.unit = 'year' AND abs(f.value) > 1e4))
),
broken AS (
    SELECT 'not_finite' AS rule, * FROM f
    WHERE NOT isfinite(value)
    UNION ALL
    SELECT 'share_outside_0_100', * FROM f
    WHERE unit = 'percent' AND kind = 'share' AND (value < 0 OR value > 100)
    UNION ALL
    SELECT 'negative_amount', * FROM f
    WHERE kind <> 'change' AND value < 0
      AND dimension IN ('money', 'count', 'area', 'length', 'mass', 'energy', 'power', 'duration', 'ratio')
    UNION ALL
    SELECT 'fall_beyond_100_percent', * FROM f
    WHERE unit = 'percent' AND kind = 'change' AND value < -100
    UNION ALL
    SELECT 'absurd_magnitude', f.* FROM f
    JOIN limits l ON l.dimension = f.dimension
    WHERE abs(f.base_value) > l.max_abs_base
    UNION ALL
    SELECT 'absurd_magnitude', * FROM f
    WHERE unit = 'year' AND abs(value) > 1e4
)
SELECT b.rule, b.figure_key, a.file, b.ordinal, m.mention, b.value, b.unit, b.kind
FROM broken b
JOIN dim_article a ON a.article_key = b.article_key
JOIN fact_figure m ON m.rowid = b.fact_row
ORDER BY rule, file, ordinal;
