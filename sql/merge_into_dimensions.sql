-- Reference dimensions are refreshed whole (they are small and versioned in the repo);
-- the others only gain rows (orphans are pruned after the facts are written).
DELETE FROM dim_unit;
INSERT INTO dim_unit BY NAME SELECT * FROM stg_dim_unit;

-- stg_dim_region / stg_dim_metric hold the whole reference file plus any name seen in this
-- run's figures that the reference lacks; such extra rows from earlier runs are kept
-- until no fact refers to them (delete_orphans.sql).
DELETE FROM dim_region WHERE region_key IN (SELECT region_key FROM stg_dim_region) OR level <> 'other';
INSERT INTO dim_region BY NAME SELECT * FROM stg_dim_region;

DELETE FROM dim_metric WHERE metric_key IN (SELECT metric_key FROM stg_dim_metric) OR category <> 'unclassified'
    OR metric_id = 'unclassified';
INSERT INTO dim_metric BY NAME SELECT * FROM stg_dim_metric;

INSERT INTO dim_source BY NAME
SELECT * FROM stg_dim_source WHERE source_key NOT IN (SELECT source_key FROM dim_source);

INSERT INTO dim_entity BY NAME
SELECT * FROM stg_dim_entity WHERE entity_key NOT IN (SELECT entity_key FROM dim_entity);

INSERT INTO dim_date BY NAME
SELECT * FROM stg_dim_date WHERE date_key NOT IN (SELECT date_key FROM dim_date);

INSERT INTO dim_article BY NAME SELECT * FROM stg_dim_article;
