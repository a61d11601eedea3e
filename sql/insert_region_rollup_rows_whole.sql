-- region_article_figures for every article (a whole rebuild: a new or upgraded warehouse, the
-- regions' hierarchy or the units changed; zgc_etl.warehouse.load.refresh_region_rollup): what
-- insert_region_rollup_rows.sql gives with $1 true, without its scope filters — there every article
-- is in scope, so the facts' semi-join on the articles' keys (the facts are joined to dim_article
-- anyway) and the bridge's on every shown figure's key (each use of the bridge below joins the
-- shown figures) filter nothing.  At 100,000 articles (1.7 M facts, 1.76 M bridge rows): 1.2-1.5 ->
-- 0.75-0.9 s CPU, the same rows.  See insert_region_rollup_rows.sql for what is counted and how.
INSERT INTO region_article_figures BY NAME
WITH shown AS (
    -- inner joins, as in the figures view: a figure is shown with its article and its unit
    SELECT f.figure_key, f.article_key, u.unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY') AS money
    FROM fact_figure f
    JOIN dim_article a ON a.article_key = f.article_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
),
bridge AS (
    SELECT b.figure_key, b.region_key, b.position FROM bridge_figure_region b
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
