"""Assembles the Dagster definitions; nothing else lives here."""
import dagster as dg

from .defs.assets import all_assets
from .defs.checks import all_checks
from .defs.jobs import main_job, reports_job
from .defs.resources import default_resources
from .defs.schedules import daily_refresh
from .defs.sensors import raw_folder_sensor


def build_defs() -> dg.Definitions:
    """The definitions, with resources read from the environment *now* (ZGC_RAW_DIR, ZGC_WAREHOUSE, …).

    ``zgc-etl run`` calls this after applying ``--raw-dir``/``--warehouse``, so a ``defs``
    imported earlier in the same process cannot send its run to another warehouse.
    """
    return dg.Definitions(
        assets=all_assets,
        asset_checks=all_checks,
        jobs=[main_job, reports_job],
        schedules=[daily_refresh],
        sensors=[raw_folder_sensor],
        resources=default_resources(),
    )


defs = build_defs()
