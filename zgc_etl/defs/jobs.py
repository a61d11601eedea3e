import dagster as dg

#: Runs that write the warehouse carry this tag; dagster.yaml lets one such run progress at a time.
WRITER_TAG = {"zgc_etl/writer": "warehouse"}

#: The main job: every asset (ingest → parse → model → warehouse → reports) and every check.
main_job = dg.define_asset_job(
    "main", selection=dg.AssetSelection.all(), tags=WRITER_TAG,
    description="Load the raw folder into the warehouse (incremental: only new and changed files are parsed), "
                "audit it, and refresh the reports.")

#: Only the reports, against the warehouse as it is (no load).
reports_job = dg.define_asset_job(
    "reports", selection=dg.AssetSelection.groups("reports"), tags=WRITER_TAG,
    description="Re-run sql/reports/*.sql against the current warehouse.")
