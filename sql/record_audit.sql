-- The outcome of one scoped audit (stg_audit_run(audit, name, value): the audit and the warehouse_meta
-- row of the rules it ran under, value NULL when none is to be kept: its next run audits everything;
-- stg_audit_files(file): what it looked at; stg_audit_failing(file):
-- what failed).  The audited files leave the queue, the failing ones come back as 'failing', and
-- rows of files that left the warehouse go.
-- (NOT EXISTS rather than NOT IN: an anti-join DuckDB may build on the audit's few queue rows; NOT IN
-- built a hash table of every article's file, 0.02 s a run of each audit at 100,000 articles.  Both
-- columns are NOT NULL, so the two agree.)
DELETE FROM audit_queue
WHERE audit IN (SELECT audit FROM stg_audit_run)
  AND (file IN (SELECT file FROM stg_audit_files)
       OR NOT EXISTS (SELECT 1 FROM dim_article a WHERE a.file = audit_queue.file));
INSERT INTO audit_queue BY NAME
SELECT r.audit, f.file, 'failing' AS reason FROM stg_audit_run r CROSS JOIN stg_audit_failing f;
DELETE FROM warehouse_meta WHERE name IN (SELECT name FROM stg_audit_run);
INSERT INTO warehouse_meta BY NAME SELECT name, value FROM stg_audit_run WHERE value IS NOT NULL;
