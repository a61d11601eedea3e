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
WITH fig_regions AS (
    SELECT b.figure_key, list(r.name ORDER BY b.position) AS regions
    FROM bridge_figure_region b JOIN dim_region r ON r.region_key = b.region_key
    GROUP BY b.figure_key
)
SELECT
    a.file,
    f.value,
    u.unit,
    f.qualifier,
    f.kind,
    f.measure,
    e.name AS subject,
    COALESCE(fr.regions, []::VARCHAR[]) AS regions,
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
    f.fx_rate_cny_per_usd,
    f.fx_rate_date,
    f.value_cny_source,
    f.value_usd_source,
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
LEFT JOIN fig_regions fr ON fr.figure_key = f.figure_key
LEFT JOIN dim_metric m ON m.metric_key = f.metric_key
LEFT JOIN dim_entity e ON e.entity_key = f.entity_key
LEFT JOIN dim_date d_as_of ON d_as_of.date_key = f.as_of_key
LEFT JOIN dim_date d_start ON d_start.date_key = f.period_start_key;

-- One row per figure that can be compared across articles: it has a subject and a series, and
-- its bounds can be put in a comparable unit.  A series is (subject, metric, kind, comparable
-- unit): the catalogue metric when the parser classified the figure, else its measure text
-- normalised (lowercase, single spaces), so the views work before and after metric ids.
-- Bounds are put in a comparable unit: CNY for money (through value_cny), else the base unit.
-- figure_timeline ranks these rows and figure_conflicts pairs them; neither pays for the other.
CREATE OR REPLACE VIEW figure_statements AS
WITH base AS (
    SELECT
        f.figure_key, f.article_key, f.entity_key, e.name AS subject,
        m.metric_id AS metric,
        f.measure,
        CASE WHEN m.metric_id IS NOT NULL AND m.metric_id <> 'unclassified' THEN m.metric_id
             WHEN f.measure IS NOT NULL AND trim(f.measure) <> ''
                 THEN 'measure:' || regexp_replace(lower(trim(f.measure)), '\s+', ' ', 'g')
        END AS series,
        f.kind,
        u.unit,
        u.dimension,
        CASE WHEN u.is_currency THEN 'CNY' ELSE u.base_unit END AS compare_unit,
        CASE WHEN NOT u.is_currency THEN u.to_base
             WHEN f.value <> 0 AND f.value_cny IS NOT NULL THEN f.value_cny / f.value
        END AS compare_factor,
        d.iso AS as_of,
        d.period_last_day AS as_of_last_day,
        ds.iso AS period_start,
        f.value, f.qualifier, f.lower_bound, f.upper_bound,
        a.file, a.source, a.published, f.mention, f.sentence
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
    JOIN dim_entity e ON e.entity_key = f.entity_key
    LEFT JOIN dim_metric m ON m.metric_key = f.metric_key
    LEFT JOIN dim_date d ON d.date_key = f.as_of_key
    LEFT JOIN dim_date ds ON ds.date_key = f.period_start_key
)
SELECT
    subject, series, metric, measure, kind, as_of, period_start, value, unit, qualifier,
    lower_bound * compare_factor AS compare_lower,
    upper_bound * compare_factor AS compare_upper,
    compare_unit,
    -- a stock holds at a day: "2020" and "2020-12-31" are the same time; a flow or change
    -- is the same only with the same period label and start
    CASE WHEN kind = 'level' THEN strftime(as_of_last_day, '%Y-%m-%d')
         ELSE as_of || '|' || COALESCE(period_start, '') END AS time_key,
    as_of_last_day,
    file, source, published, mention, sentence, figure_key, article_key, entity_key
FROM base
WHERE series IS NOT NULL AND compare_factor IS NOT NULL;

-- One subject's series over time: figure_statements with each statement's rank in its series.
CREATE OR REPLACE VIEW figure_timeline AS
SELECT
    subject, series, metric, measure, kind, as_of, period_start, value, unit, qualifier,
    compare_lower, compare_upper, compare_unit, time_key,
    row_number() OVER (PARTITION BY entity_key, series, kind, compare_unit
                       ORDER BY as_of_last_day DESC NULLS LAST, published DESC NULLS LAST, file, figure_key)
        AS statement_rank,
    file, source, published, mention, sentence, figure_key, article_key, entity_key
FROM figure_statements;

-- Pairs of statements in two articles about the same subject, series and time whose
-- intervals cannot both hold.  Rounding slack: intervals closer than a relative
-- conflict_tolerance (SET VARIABLE conflict_tolerance = 0.01; default 0.005) agree.
-- figure_conflicts_of([k1, k2, ...]) gives the pairs of those subjects (entity keys; NULL: of
-- every subject, and figure_conflicts is that).  Both sides of a pair share one subject, so
-- restricting the statements before the self-join restricts the pairs to exactly those of the
-- subjects: the conflicts report's first rows come from its first subjects and, at 100,000
-- generated articles, cost 0.2 s through this instead of 4 s (a filter on the view's subject
-- column is not pushed below the self-join; this one reaches the fact_figure scan).
CREATE OR REPLACE MACRO figure_conflicts_of(entity_keys) AS TABLE
WITH timed AS (
    SELECT * FROM figure_statements
    WHERE time_key IS NOT NULL AND (entity_keys IS NULL OR list_contains(entity_keys, entity_key))
),
-- the (subject, series, kind, unit, time) points stated by two articles or more: only there can
-- two statements conflict (at 100,000 generated articles, 0.7 M of the 1.6 M statements)
shared AS (
    SELECT entity_key, series, kind, compare_unit, time_key
    FROM timed
    GROUP BY entity_key, series, kind, compare_unit, time_key
    HAVING min(article_key) <> max(article_key)
),
t AS (
    SELECT timed.*, COALESCE(TRY_CAST(getvariable('conflict_tolerance') AS DOUBLE), 0.005) AS tol
    FROM timed
    SEMI JOIN shared USING (entity_key, series, kind, compare_unit, time_key)
    -- not for the result's order: sorted, the statements of one point lie side by side, so the
    -- self-join below walks each point's hash chain through adjacent memory instead of jumping
    -- across the whole table (at 100,000 generated articles, 28.5 M pairs: half the join's time)
    ORDER BY entity_key, series, kind, compare_unit, time_key
)
SELECT
    a.subject, a.series, a.kind, a.time_key AS as_of, a.compare_unit,
    a.file AS file_a, a.published AS published_a, a.mention AS mention_a, a.value AS value_a, a.unit AS unit_a,
    a.qualifier AS qualifier_a, a.compare_lower AS lower_a, a.compare_upper AS upper_a,
    b.file AS file_b, b.published AS published_b, b.mention AS mention_b, b.value AS value_b, b.unit AS unit_b,
    b.qualifier AS qualifier_b, b.compare_lower AS lower_b, b.compare_upper AS upper_b,
    greatest(a.compare_lower - b.compare_upper, b.compare_lower - a.compare_upper) AS gap,
    a.figure_key AS figure_key_a, b.figure_key AS figure_key_b
FROM t a
JOIN t b
  ON a.entity_key = b.entity_key AND a.series = b.series AND a.kind = b.kind
 AND a.compare_unit = b.compare_unit AND a.time_key = b.time_key
 AND a.article_key <> b.article_key AND a.file < b.file
WHERE a.compare_lower - b.compare_upper > a.tol * greatest(abs(a.compare_lower), abs(b.compare_upper))
   OR b.compare_lower - a.compare_upper > a.tol * greatest(abs(b.compare_lower), abs(a.compare_upper));

CREATE OR REPLACE VIEW figure_conflicts AS
SELECT * FROM figure_conflicts_of(NULL);
