-- Remove every row of articles that changed, were re-parsed, left the raw folder or are rejected now.
-- stg_replace(file): articles parsed in this run; stg_listed(file): every file the scan listed;
-- stg_rejected_file: every rejection of this run (a listed file is an unchanged article, a parsed
-- one or a rejection, so the articles neither parsed nor rejected nor gone are not touched).
-- Temporary tables kept until the load's structural audit has run (dropped by drop_load_scratch.sql;
-- a rollback drops them too): gone_figure, the facts deleted (no bridge row may still point at
-- them: check_load_bridge_figure_keys.sql), and orphan_candidate, the dimension rows those
-- deleted rows referred to (the only rows this load can orphan: delete_orphans.sql).
CREATE OR REPLACE TEMP TABLE gone_article AS
SELECT article_key, source_key FROM dim_article
WHERE file IN (SELECT file FROM stg_replace)
   OR file IN (SELECT file FROM stg_rejected_file)
   OR file NOT IN (SELECT file FROM stg_listed);

CREATE OR REPLACE TEMP TABLE gone_figure AS
SELECT figure_key, entity_key, metric_key, as_of_key, period_start_key
FROM fact_figure WHERE article_key IN (SELECT article_key FROM gone_article);

CREATE OR REPLACE TEMP TABLE orphan_candidate AS
SELECT DISTINCT dim, key FROM (
    SELECT 'entity' AS dim, entity_key AS key FROM gone_figure
    UNION ALL SELECT 'metric', metric_key FROM gone_figure
    UNION ALL SELECT 'date', as_of_key FROM gone_figure
    UNION ALL SELECT 'date', period_start_key FROM gone_figure
    UNION ALL SELECT 'source', source_key FROM gone_article
    UNION ALL SELECT 'region', region_key FROM bridge_figure_region
              WHERE figure_key IN (SELECT figure_key FROM gone_figure)
) WHERE key IS NOT NULL;

DELETE FROM bridge_figure_region WHERE figure_key IN (SELECT figure_key FROM gone_figure);

DELETE FROM fact_figure WHERE article_key IN (SELECT article_key FROM gone_article);

DELETE FROM quarantine_figure
WHERE file IN (SELECT file FROM stg_replace) OR file IN (SELECT file FROM stg_rejected_file)
   OR file NOT IN (SELECT file FROM stg_listed);

DELETE FROM dim_article WHERE article_key IN (SELECT article_key FROM gone_article);

DROP TABLE gone_article;
