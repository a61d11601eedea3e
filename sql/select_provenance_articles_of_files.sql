-- The file of each article in stg_audit_files(file), for select_fact_provenance_of_files.sql.
SELECT article_key, file FROM dim_article WHERE file IN (SELECT file FROM stg_audit_files);
