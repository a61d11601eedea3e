-- The view of create_audit_files_all.sql, once the audit that read it has run.
DROP VIEW IF EXISTS stg_audit_files;
