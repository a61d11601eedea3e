-- Figures per region, rolled up the hierarchy: a Baoding figure also counts for Hebei.
-- Counted from the tables, not the figures view: that view builds every figure's region list,
-- which this count never reads (at 100,000 generated articles, 1.7 M lists: most of the time).
-- A figure counts once per region even when two of its regions roll up to it (Baoding and
-- Hebei both count for Hebei).  Only a figure with several regions can do that, and those are
-- few (at 100,000 generated articles, 62 K of 1.7 M): the rest are counted per (region,
-- article) first and rolled up as counts, so the DISTINCT (figure, ancestor) pairs are formed
-- for the few alone (2.4 s CPU -> 0.6 s there).  A figure has several regions exactly when one
-- of its bridge rows has a position above 0 (the load numbers a figure's distinct regions from
-- 0: zgc_etl.warehouse.frames.bridge_frame).  figure_key is unique in fact_figure (audited by
-- every load), so counting rows of figures counts figures.
WITH shown AS (
    -- inner joins, as in the figures view: a figure is shown with its article and its unit
    SELECT f.figure_key, f.article_key, u.unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY') AS money
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
),
several_regions AS (
    SELECT DISTINCT figure_key FROM bridge_figure_region WHERE position > 0
),
one_region AS (
    SELECT b.region_key, s.article_key,
           count(*) AS figures, count(*) FILTER (WHERE s.money) AS money_figures
    FROM bridge_figure_region b
    JOIN shown s ON s.figure_key = b.figure_key
    ANTI JOIN several_regions m ON m.figure_key = b.figure_key
    GROUP BY b.region_key, s.article_key
),
several_regions_rolled_up AS (
    SELECT DISTINCT b.figure_key, h.ancestor_key AS region_key
    FROM bridge_figure_region b
    SEMI JOIN several_regions m ON m.figure_key = b.figure_key
    JOIN region_hierarchy h ON h.region_key = b.region_key
),
-- (region, article): the figures of the article that count for the region
per_article AS (
    SELECT region_key, article_key, sum(figures) AS figures, sum(money_figures) AS money_figures
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
    GROUP BY region_key, article_key
)
SELECT r.name AS region,
       r.level,
       sum(p.figures)::BIGINT AS figures,
       count(*) AS articles,
       sum(p.money_figures)::BIGINT AS money_figures
FROM per_article p
JOIN dim_region r ON r.region_key = p.region_key
GROUP BY r.name, r.level
ORDER BY figures DESC, region;
