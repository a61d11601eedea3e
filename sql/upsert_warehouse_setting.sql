-- One setting of warehouse_meta: name $1, value $2.
INSERT OR REPLACE INTO warehouse_meta (name, value) VALUES ($1, $2);
