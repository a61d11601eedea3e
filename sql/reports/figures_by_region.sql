-- Figures per region, rolled up the hierarchy: a Baoding figure also counts for Hebei.
-- Counted from the tables, not the figures view: that view builds every figure's region list,
-- which this count never reads (at 100,000 generated articles, 1.7 M lists: most of the time).
-- A figure counts once per region even when two of its regions roll up to it (Baoding and
-- Hebei both count for Hebei): hence the DISTINCT pairs.  figure_key is unique in fact_figure
-- (audited by every load), so counting rows of those pairs counts figures.
WITH figure_in_region AS (
    SELECT DISTINCT b.figure_key, h.ancestor_key AS region_key
    FROM bridge_figure_region b
    JOIN region_hierarchy h ON h.region_key = b.region_key
)
SELECT r.name AS region,
       r.level,
       count(*) AS figures,
       count(DISTINCT f.article_key) AS articles,
       count(*) FILTER (WHERE u.unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY')) AS money_figures
FROM figure_in_region fr
JOIN dim_region r ON r.region_key = fr.region_key
JOIN fact_figure f ON f.figure_key = fr.figure_key
-- inner joins, as in the figures view: a figure is shown with its article and its unit
JOIN dim_article a ON a.article_key = f.article_key
JOIN dim_unit u ON u.unit_key = f.unit_key
GROUP BY r.name, r.level
ORDER BY figures DESC, region;
