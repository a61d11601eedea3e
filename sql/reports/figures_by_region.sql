-- Figures per region, rolled up the hierarchy: a Baoding figure also counts for Hebei.
-- Summed from region_article_figures, the per-(region, article) counts the load keeps (see
-- sql/insert_region_rollup_rows.sql for how a figure is counted once per region even when two of
-- its regions roll up to it): rolling every bridge row up the hierarchy here cost ~0.6 s a run at
-- 100,000 generated articles, on every run, incremental ones included.
SELECT r.name AS region,
       r.level,
       sum(p.figures)::BIGINT AS figures,
       count(*) AS articles,
       sum(p.money_figures)::BIGINT AS money_figures
FROM region_article_figures p
JOIN dim_region r ON r.region_key = p.region_key
GROUP BY r.name, r.level
ORDER BY figures DESC, region;
