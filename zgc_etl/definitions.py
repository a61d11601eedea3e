"""Assembles the Dagster definitions; nothing else lives here."""
import dagster as dg

from .defs.assets import all_assets
from .defs.checks import all_checks
from .defs.jobs import main_job, reports_job
from .defs.resources import default_resources
from .defs.schedules import daily_refresh
from .defs.sensors import raw_folder_sensor

defs = dg.Definitions(
    assets=all_assets,
    asset_checks=all_checks,
    jobs=[main_job, reports_job],
    schedules=[daily_refresh],
    sensors=[raw_folder_sensor],
    resources=default_resources(),
)
