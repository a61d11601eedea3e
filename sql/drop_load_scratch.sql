-- The load's scratch tables, once its structural audit has run (before COMMIT).
DROP TABLE IF EXISTS gone_figure;
