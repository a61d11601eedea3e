-- The articles this run loaded wait for each data-quality audit (stg_audit_name(audit):
-- zgc_etl.warehouse.audits.SCOPED_AUDITS); queued in the load's transaction, so a run killed
-- before its checks leaves them queued for the next run's.
INSERT INTO audit_queue BY NAME
SELECT n.audit, a.file, 'loaded' AS reason
FROM stg_audit_name n CROSS JOIN stg_dim_article a;
