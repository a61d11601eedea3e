-- region_article_figures for the articles the load wrote (stg_dim_article), or for every article
-- when $1 (a whole rebuild): per (region or ancestor, article), the article's figures that count
-- for the region, rolled up the hierarchy (a Baoding figure also counts for Hebei), and how many
-- of them are money.  What the figures_by_region report sums per region.
-- Counted from the tables, not the figures view: that view builds every figure's region list,
-- which this count never reads.  A figure counts once per region even when two of its regions
-- roll up to it (Baoding and Hebei both count for Hebei).  Only a figure with several regions can
-- do that, and those are few (at 100,000 generated articles, 62 K of 1.7 M): the rest are counted
-- per (region, article) first and rolled up as counts, so the DISTINCT (figure, ancestor) pairs
-- are formed for the few alone.  A figure has several regions exactly when one of its bridge rows
-- has a position above 0 (the load numbers a figure's distinct regions from 0:
-- zgc_etl.warehouse.frames.bridge_frame).  figure_key is unique in fact_figure (audited), so
-- counting rows of figures counts figures.
INSERT INTO region_article_figures BY NAME
WITH scope AS (
    SELECT article_key FROM stg_dim_article WHERE NOT $1
    UNION ALL
    SELECT article_key FROM dim_article WHERE $1
),
shown AS (
    -- inner joins, as in the figures view: a figure is shown with its article and its unit
    SELECT f.figure_key, f.article_key, u.unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY') AS money
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
    WHERE f.article_key IN (SELECT article_key FROM scope)
),
bridge AS (
    SELECT b.figure_key, b.region_key, b.position FROM bridge_figure_region b
    WHERE b.figure_key IN (SELECT figure_key FROM shown)
),
several_regions AS (
    SELECT DISTINCT figure_key FROM bridge WHERE position > 0
),
one_region AS (
    SELECT b.region_key, s.article_key,
           count(*) AS figures, count(*) FILTER (WHERE s.money) AS money_figures
    FROM bridge b
    JOIN shown s ON s.figure_key = b.figure_key
    ANTI JOIN several_regions m ON m.figure_key = b.figure_key
    GROUP BY b.region_key, s.article_key
),
several_regions_rolled_up AS (
    SELECT DISTINCT b.figure_key, h.ancestor_key AS region_key
    FROM bridge b
    SEMI JOIN several_regions m ON m.figure_key = b.figure_key
    JOIN region_hierarchy h ON h.region_key = b.region_key
)
SELECT region_key, article_key, sum(figures)::BIGINT AS figures, sum(money_figures)::BIGINT AS money_figures
FROM (
    SELECT h.ancestor_key AS region_key, o.article_key, o.figures, o.money_figures
    FROM one_region o
    JOIN region_hierarchy h ON h.region_key = o.region_key
    UNION ALL
    SELECT fr.region_key, s.article_key, count(*), count(*) FILTER (WHERE s.money)
    FROM several_regions_rolled_up fr
    JOIN shown s ON s.figure_key = fr.figure_key
    GROUP BY fr.region_key, s.article_key
) AS counted
GROUP BY region_key, article_key;
