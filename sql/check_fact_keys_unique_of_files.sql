-- check_fact_keys_unique.sql for the facts of the articles in stg_audit_files(file) (the
-- fact_keys_unique asset check's scope: the articles loaded since it last ran and those failing
-- then; zgc_etl.warehouse.audits.run_scoped).  A duplicate that involves one of their facts is
-- found whichever article holds the other row: each key of theirs is counted over the whole table.
WITH scoped AS (
    SELECT figure_key, article_key FROM fact_figure
    WHERE article_key IN (SELECT article_key FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files))
)
SELECT (SELECT count(*) - count(DISTINCT figure_key) FROM fact_figure
        WHERE figure_key IN (SELECT figure_key FROM scoped)) AS duplicate_keys,
       (SELECT count(*) - count(DISTINCT (article_key, ordinal)) FROM fact_figure
        WHERE article_key IN (SELECT article_key FROM scoped)) AS duplicate_grain,
       (SELECT count(*) - count(DISTINCT (figure_key, region_key)) FROM bridge_figure_region
        WHERE figure_key IN (SELECT figure_key FROM scoped)) AS duplicate_bridge_rows;
