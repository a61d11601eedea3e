-- Each article's file, for the provenance audit's facts (select_fact_provenance.sql).
SELECT article_key, file FROM dim_article;
