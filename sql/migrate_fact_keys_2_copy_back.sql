-- Rebuild of the big tables without their PRIMARY KEY, step 2 of 2: copy the rows back
-- into the new tables (by column name: columns an older table lacks stay NULL) and drop
-- the keyed ones.  The views are created again after this.
INSERT INTO fact_figure BY NAME SELECT * FROM fact_figure_keyed;
INSERT INTO bridge_figure_region BY NAME SELECT * FROM bridge_figure_region_keyed;
DROP TABLE fact_figure_keyed;
DROP TABLE bridge_figure_region_keyed;
