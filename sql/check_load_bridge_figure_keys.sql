-- check_bridge_figure_keys.sql for the load's transaction.  A hash of 1.7 M figure keys is the one
-- costly join of the referential audit, so it is checked for the bridge rows the load inserted
-- (stg_bridge_figure_region) and those pointing at the facts it deleted (gone_figure, from
-- delete_replaced_articles.sql): the only bridge rows a load can leave dangling.  The
-- referential_integrity asset check verifies the relationship whole on its first run, when its
-- rules change, or with ZGC_AUDIT_ALL=1 (after a hand edit); otherwise it reads the articles loaded
-- since it last ran, and this check is what keeps the rest sound.
WITH touched_bridge AS (
    SELECT figure_key FROM bridge_figure_region
    WHERE figure_key IN (SELECT figure_key FROM stg_bridge_figure_region UNION ALL SELECT figure_key FROM gone_figure)
)
SELECT 'bridge_figure_region.figure_key' AS relationship, count(*) AS orphans
FROM touched_bridge b
WHERE b.figure_key NOT IN (SELECT figure_key FROM fact_figure WHERE figure_key IN (SELECT figure_key FROM touched_bridge));
