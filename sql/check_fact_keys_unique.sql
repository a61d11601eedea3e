SELECT count(*) - count(DISTINCT figure_key) AS duplicate_keys,
       count(*) - count(DISTINCT (article_key, ordinal)) AS duplicate_grain
FROM fact_figure;
