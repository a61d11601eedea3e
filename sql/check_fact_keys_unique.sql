-- The grains of the two big tables, which carry no PRIMARY KEY (see create_tables.sql):
-- run inside the load's transaction before COMMIT, and again as a blocking asset check.
-- Each: rows less distinct keys, the distinct keys counted as the groups of a GROUP BY (every key
-- column is NOT NULL, so the same numbers as count(*) - count(DISTINCT ...); the DISTINCT of a
-- two-column key hashed it as a struct: 0.58-0.79 -> 0.53-0.58 s CPU at 1.7 M facts).
SELECT (SELECT count(*) FROM fact_figure)
       - (SELECT count(*) FROM (SELECT figure_key FROM fact_figure GROUP BY figure_key)) AS duplicate_keys,
       (SELECT count(*) FROM fact_figure)
       - (SELECT count(*) FROM (SELECT article_key, ordinal FROM fact_figure GROUP BY article_key, ordinal)) AS duplicate_grain,
       (SELECT count(*) FROM bridge_figure_region)
       - (SELECT count(*) FROM (SELECT figure_key, region_key FROM bridge_figure_region
                                GROUP BY figure_key, region_key)) AS duplicate_bridge_rows;
