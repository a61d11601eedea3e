-- check_fact_keys_unique.sql for the load's transaction, over the keys it inserted (stg_fact_figure,
-- stg_bridge_figure_region): a duplicate the load made shares a key with one of its rows.  The rows
-- before the load were unique: every load ran this check over its own rows, and the fact_keys_unique
-- asset check counts the keys of the articles loaded since it last ran over the whole tables (whole
-- tables on its first run, when its rules change, or with ZGC_AUDIT_ALL=1, which finds duplicates
-- made outside the pipeline); counting DISTINCT over the whole tables for one new article cost 0.5 s
-- at 1.7 M facts.
SELECT (SELECT count(*) - count(DISTINCT figure_key) FROM fact_figure
        WHERE figure_key IN (SELECT figure_key FROM stg_fact_figure)) AS duplicate_keys,
       (SELECT count(*) - count(DISTINCT (article_key, ordinal)) FROM fact_figure
        WHERE article_key IN (SELECT article_key FROM stg_fact_figure)) AS duplicate_grain,
       (SELECT count(*) - count(DISTINCT (figure_key, region_key)) FROM bridge_figure_region
        WHERE figure_key IN (SELECT figure_key FROM stg_bridge_figure_region)) AS duplicate_bridge_rows;
