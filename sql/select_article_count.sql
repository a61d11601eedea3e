-- How many articles the warehouse holds (the scope of an audit of every article).
SELECT count(*) FROM dim_article;
