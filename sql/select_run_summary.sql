SELECT (SELECT count(*) FROM dim_article) AS articles,
       (SELECT count(*) FROM fact_figure) AS figures,
       (SELECT count(*) FROM rejected_file) AS rejected,
       (SELECT count(*) FROM quarantine_figure) AS quarantined;
