-- One setting of warehouse_meta by name ($1).
SELECT value FROM warehouse_meta WHERE name = $1;
