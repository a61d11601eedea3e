-- The load's own whole-table structural audit passed inside its transaction (a first load, a
-- rebuild: zgc_etl.warehouse.load._write_run): recorded for the asset checks of the same rules
-- (stg_audit_run(audit, name, value): the audit and the warehouse_meta row of its rules) as
-- record_audit.sql records a whole run of theirs that passed — every article audited, none
-- failing: the audit's queue emptied, its rules remembered.  Its check then looks only at what is
-- loaded after (the whole tables were just read by the same audit, before this COMMIT).
DELETE FROM audit_queue WHERE audit IN (SELECT audit FROM stg_audit_run);
DELETE FROM warehouse_meta WHERE name IN (SELECT name FROM stg_audit_run);
INSERT INTO warehouse_meta BY NAME SELECT name, value FROM stg_audit_run;
