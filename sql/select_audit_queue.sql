-- What the audit $1 has still to look at: articles of the warehouse loaded since it last ran or
-- failing at its last run (a file that left the warehouse is no longer audited).
SELECT q.file, bool_or(q.reason = 'loaded') AS loaded, bool_or(q.reason = 'failing') AS failing
FROM audit_queue q
WHERE q.audit = $1 AND q.file IN (SELECT file FROM dim_article)
GROUP BY q.file
ORDER BY q.file;
