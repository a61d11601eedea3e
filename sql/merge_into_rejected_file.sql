-- rejected_file mirrors the raw folder as it is now: a file fixed since is no longer listed;
-- a file rejected again for the same content and reason keeps its first rejected_at.
DELETE FROM rejected_file
WHERE file NOT IN (SELECT file FROM stg_rejected_file)
   OR file IN (
        SELECT s.file FROM stg_rejected_file s JOIN rejected_file r ON r.file = s.file
        WHERE r.reason IS DISTINCT FROM s.reason OR r.content_hash IS DISTINCT FROM s.content_hash
           OR r.detail IS DISTINCT FROM s.detail OR r.duplicate_of IS DISTINCT FROM s.duplicate_of);

INSERT INTO rejected_file BY NAME
SELECT * FROM stg_rejected_file WHERE file NOT IN (SELECT file FROM rejected_file);
