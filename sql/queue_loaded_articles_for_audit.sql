-- The articles this run loaded wait for each data-quality audit (stg_audit_name(audit):
-- zgc_etl.warehouse.audits.SCOPED_AUDITS); queued in the load's transaction, so a run killed
-- before its checks leaves them queued for the next run's.
-- Only for the audits whose rules are remembered (warehouse_meta 'audit_rules:<audit>'): one
-- without them audits every article on its next run and then empties its queue whole
-- (record_audit_whole.sql), so rows queued for it would never be read (a first load of 100,000
-- articles queued 600,000 rows that its checks deleted again).
INSERT INTO audit_queue BY NAME
SELECT n.audit, a.file, 'loaded' AS reason
FROM stg_audit_name n CROSS JOIN stg_dim_article a
WHERE n.audit IN (SELECT substr(name, length('audit_rules:') + 1) FROM warehouse_meta
                  WHERE starts_with(name, 'audit_rules:'));
