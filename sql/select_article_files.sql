-- Every article file of the warehouse (an audit of everything).
SELECT file FROM dim_article ORDER BY file;
