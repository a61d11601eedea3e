-- The load's scratch tables (delete_replaced_articles.sql), once its structural audit has run (before COMMIT).
DROP TABLE IF EXISTS gone_figure;
DROP TABLE IF EXISTS orphan_candidate;
