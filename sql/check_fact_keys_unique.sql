-- The grains of the two big tables, which carry no PRIMARY KEY (see create_tables.sql):
-- run inside the load's transaction before COMMIT, and again as a blocking asset check.
SELECT (SELECT count(*) - count(DISTINCT figure_key) FROM fact_figure) AS duplicate_keys,
       (SELECT count(*) - count(DISTINCT (article_key, ordinal)) FROM fact_figure) AS duplicate_grain,
       (SELECT count(*) - count(DISTINCT (figure_key, region_key)) FROM bridge_figure_region) AS duplicate_bridge_rows;
