SELECT 'dim_source' AS table_name, count(*) AS row_count FROM dim_source
UNION ALL SELECT 'dim_article', count(*) FROM dim_article
UNION ALL SELECT 'dim_date', count(*) FROM dim_date
UNION ALL SELECT 'dim_unit', count(*) FROM dim_unit
UNION ALL SELECT 'dim_region', count(*) FROM dim_region
UNION ALL SELECT 'dim_entity', count(*) FROM dim_entity
UNION ALL SELECT 'dim_metric', count(*) FROM dim_metric
UNION ALL SELECT 'fact_figure', count(*) FROM fact_figure
UNION ALL SELECT 'bridge_figure_region', count(*) FROM bridge_figure_region
UNION ALL SELECT 'rejected_file', count(*) FROM rejected_file
UNION ALL SELECT 'quarantine_figure', count(*) FROM quarantine_figure;
