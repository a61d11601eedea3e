-- The memo of the last scan replaces the previous one whole (stg_raw_file_seen: the files hashed
-- and old enough to trust, zgc_etl.pipeline.rememberable).
DELETE FROM raw_file_seen;
INSERT INTO raw_file_seen BY NAME SELECT * FROM stg_raw_file_seen;
