import dagster as dg

#: The main job: every asset (ingest → parse → model → warehouse → reports) and every check.
main_job = dg.define_asset_job("main", selection=dg.AssetSelection.all(), description="Load data/raw into the warehouse.")
