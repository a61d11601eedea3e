-- record_audit.sql for an audit that looked at every article (its scope held every file of
-- dim_article): each of the audit's queue rows is of a file it audited or of a file that left the
-- warehouse, so all of them go (the same rows record_audit.sql deletes, found without staging every
-- article's file).  The failing files (stg_audit_failing) come back as 'failing'; the rules are
-- remembered as there (stg_audit_run; value NULL: none kept, its next run audits everything).
DELETE FROM audit_queue WHERE audit IN (SELECT audit FROM stg_audit_run);
INSERT INTO audit_queue BY NAME
SELECT r.audit, f.file, 'failing' AS reason FROM stg_audit_run r CROSS JOIN stg_audit_failing f;
DELETE FROM warehouse_meta WHERE name IN (SELECT name FROM stg_audit_run);
INSERT INTO warehouse_meta BY NAME SELECT name, value FROM stg_audit_run WHERE value IS NOT NULL;
