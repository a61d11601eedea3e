-- The load's scratch tables (delete_replaced_articles.sql, snapshot_dimension_keys.sql and
-- check_load_referential_integrity.sql), once its structural audit has run (before COMMIT).
DROP TABLE IF EXISTS gone_figure;
DROP TABLE IF EXISTS orphan_candidate;
DROP TABLE IF EXISTS dim_key_before;
DROP TABLE IF EXISTS dim_key_gone;
DROP TABLE IF EXISTS load_audit_fact;
DROP TABLE IF EXISTS load_audit_bridge;
DROP TABLE IF EXISTS load_audit_article;
