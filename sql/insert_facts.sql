INSERT INTO fact_figure BY NAME SELECT * FROM stg_fact_figure;
INSERT INTO bridge_figure_region BY NAME SELECT * FROM stg_bridge_figure_region;
INSERT INTO quarantine_figure BY NAME SELECT * FROM stg_quarantine_figure;
