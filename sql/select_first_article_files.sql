-- The warehouse's first $1 article files by name (a preview when a run loaded no article).
SELECT file FROM dim_article ORDER BY file LIMIT $1;
