-- Every loaded article with its figure count, and every rejected file with its reason.
SELECT file, title, source, published, figure_count, 'loaded' AS outcome, NULL AS reason
FROM dim_article
UNION ALL
SELECT file, NULL, NULL, NULL, 0, 'rejected', reason || COALESCE(': ' || detail, '')
FROM rejected_file
ORDER BY outcome, file;
