-- The public surface: analysts, reports and tests query these views.

CREATE OR REPLACE VIEW region_hierarchy AS
WITH RECURSIVE up(region_key, ancestor_key, depth) AS (
    SELECT region_key, region_key, 0 FROM dim_region
    UNION ALL
    SELECT up.region_key, r.parent_key, up.depth + 1
    FROM up JOIN dim_region r ON r.region_key = up.ancestor_key
    WHERE r.parent_key IS NOT NULL AND up.depth < 16
)
SELECT u.region_key, d.name AS region, u.ancestor_key, a.name AS ancestor, u.depth
FROM up u
JOIN dim_region d ON d.region_key = u.region_key
JOIN dim_region a ON a.region_key = u.ancestor_key;

CREATE OR REPLACE VIEW figures AS
SELECT
    a.file,
    f.value,
    u.unit,
    f.qualifier,
    f.kind,
    f.measure,
    e.name AS subject,
    COALESCE((
        SELECT list(r.name ORDER BY b.position)
        FROM bridge_figure_region b JOIN dim_region r ON r.region_key = b.region_key
        WHERE b.figure_key = f.figure_key
    ), []::VARCHAR[]) AS regions,
    d_as_of.iso AS as_of,
    d_start.iso AS period_start,
    f.alt_value,
    f.alt_unit,
    f.start_offset AS "start",
    f.end_offset AS "end",
    f.mention,
    m.metric_id AS metric,
    m.category AS metric_category,
    f.value_base,
    u.base_unit,
    f.value_cny,
    f.value_usd,
    f.fx_source,
    f.lower_bound,
    f.upper_bound,
    a.title,
    a.source,
    a.published,
    f.ordinal,
    f.figure_key,
    f.sentence
FROM fact_figure f
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key
LEFT JOIN dim_metric m ON m.metric_key = f.metric_key
LEFT JOIN dim_entity e ON e.entity_key = f.entity_key
LEFT JOIN dim_date d_as_of ON d_as_of.date_key = f.as_of_key
LEFT JOIN dim_date d_start ON d_start.date_key = f.period_start_key;

COMMENT ON VIEW figures IS 'One row per figure with the FIGURES.md fields (file, value, unit, qualifier, kind, measure, subject, regions, as_of, period_start, alt_value, alt_unit, start, end, mention) plus normalised values and article metadata.';
COMMENT ON VIEW region_hierarchy IS 'Every region paired with itself and each of its ancestors (depth 0 = itself): join on ancestor to roll up.';
