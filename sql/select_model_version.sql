SELECT value FROM warehouse_meta WHERE name = 'model_version';
