-- The memo of the scan, written as a difference: stg_raw_file_seen holds only the rows that are
-- new or differ from the memo, stg_raw_file_gone(file) the files no longer remembered
-- (zgc_etl.warehouse.load.remember_seen_files).  Rewriting the whole memo for one new file cost
-- ~1 s at 100,000 files (a delete and an insert of every row, with its PRIMARY KEY index).
DELETE FROM raw_file_seen
WHERE file IN (SELECT file FROM stg_raw_file_gone) OR file IN (SELECT file FROM stg_raw_file_seen);
INSERT INTO raw_file_seen BY NAME SELECT * FROM stg_raw_file_seen;
