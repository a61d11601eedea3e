-- stg_audit_files(file) for an audit of every article (zgc_etl.warehouse.audits._audit_files with
-- files None): dim_article's files, read where they are; dropped by drop_audit_files_all.sql.
CREATE OR REPLACE TEMP VIEW stg_audit_files AS SELECT file FROM dim_article;
