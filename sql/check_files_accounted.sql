-- Each file the scan listed (stg_seen(file)) by what became of it: loaded (an article), duplicate,
-- rejected, or NULL (unaccounted for: the every_file_accounted_for asset check fails).  A file both
-- loaded and rejected counts as rejected.  One row per outcome: the number of files, and for the
-- unaccounted ones the first 20 by name.
WITH outcome AS (
    SELECT file, CASE WHEN reason = 'duplicate' THEN 'duplicate' ELSE 'rejected' END AS outcome FROM rejected_file
    UNION ALL
    SELECT file, 'loaded' FROM dim_article WHERE file NOT IN (SELECT file FROM rejected_file)
)
SELECT o.outcome, count(*) AS files, (list(s.file ORDER BY s.file) FILTER (WHERE o.outcome IS NULL))[1:20] AS first_unaccounted
FROM stg_seen s LEFT JOIN outcome o USING (file)
GROUP BY o.outcome;
