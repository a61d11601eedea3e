-- Figures per region, rolled up the hierarchy: a Baoding figure also counts for Hebei.
SELECT h.ancestor AS region,
       r.level,
       count(DISTINCT fb.figure_key) AS figures,
       count(DISTINCT f.file) AS articles,
       count(DISTINCT f.figure_key) FILTER (WHERE f.unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY')) AS money_figures
FROM bridge_figure_region fb
JOIN region_hierarchy h ON h.region_key = fb.region_key
JOIN dim_region r ON r.region_key = h.ancestor_key
JOIN figures f ON f.figure_key = fb.figure_key
GROUP BY h.ancestor, r.level
ORDER BY figures DESC, region;
