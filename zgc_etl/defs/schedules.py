"""The daily refresh.  ``ZGC_SCHEDULE_CRON`` / ``ZGC_SCHEDULE_TZ`` / ``ZGC_SCHEDULE_STATUS`` configure it."""
import os

import dagster as dg
from dagster._utils.schedules import is_valid_cron_string  # the check ScheduleDefinition itself uses

from .jobs import main_job

DEFAULT_CRON = "0 6 * * *"
DEFAULT_TZ = "Asia/Shanghai"


def _status(var: str) -> dg.DefaultScheduleStatus:
    value = os.environ.get(var, "STOPPED").strip().upper()
    if value not in ("RUNNING", "STOPPED"):
        raise ValueError(f"{var} must be RUNNING or STOPPED, not {value!r}")
    return dg.DefaultScheduleStatus[value]


def _cron() -> str:
    cron = os.environ.get("ZGC_SCHEDULE_CRON", DEFAULT_CRON).strip()
    if not is_valid_cron_string(cron):
        raise ValueError(f"ZGC_SCHEDULE_CRON is not a cron expression: {cron!r}")
    return cron


daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=main_job,
    cron_schedule=_cron(),
    execution_timezone=os.environ.get("ZGC_SCHEDULE_TZ", DEFAULT_TZ),
    default_status=_status("ZGC_SCHEDULE_STATUS"),
    tags={"zgc_etl/trigger": "schedule"},
    description="Refresh the warehouse from the raw folder (ZGC_SCHEDULE_CRON, default 06:00 Asia/Shanghai daily; "
                "off until switched on in the UI or ZGC_SCHEDULE_STATUS=RUNNING). The run is incremental, so a "
                "refresh with nothing new parses nothing.",
)
