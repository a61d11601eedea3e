-- stg_warehouse_meta(name, value): the settings this run wrote the warehouse under.
DELETE FROM warehouse_meta WHERE name IN (SELECT name FROM stg_warehouse_meta);
INSERT INTO warehouse_meta BY NAME SELECT * FROM stg_warehouse_meta;
