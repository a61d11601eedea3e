SELECT file, 'loaded' AS outcome FROM dim_article
UNION ALL
SELECT file, CASE WHEN reason = 'duplicate' THEN 'duplicate' ELSE 'rejected' END FROM rejected_file;
