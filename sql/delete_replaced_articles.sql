-- Remove every row of articles that changed, were re-parsed, or left the raw folder.
-- stg_replace(file): articles parsed in this run; stg_keep(file): every article file still present.
CREATE OR REPLACE TEMP TABLE gone_article AS
SELECT article_key FROM dim_article
WHERE file IN (SELECT file FROM stg_replace)
   OR file NOT IN (SELECT file FROM stg_keep);

-- kept until the load's structural audit (check_load_referential_integrity.sql: no bridge row may
-- still point at them), dropped by drop_load_scratch.sql; a temporary table goes with a rollback
CREATE OR REPLACE TEMP TABLE gone_figure AS
SELECT figure_key FROM fact_figure WHERE article_key IN (SELECT article_key FROM gone_article);

DELETE FROM bridge_figure_region WHERE figure_key IN (SELECT figure_key FROM gone_figure);

DELETE FROM fact_figure WHERE article_key IN (SELECT article_key FROM gone_article);

DELETE FROM quarantine_figure
WHERE file IN (SELECT file FROM stg_replace) OR file NOT IN (SELECT file FROM stg_keep);

DELETE FROM dim_article WHERE article_key IN (SELECT article_key FROM gone_article);

DROP TABLE gone_article;
