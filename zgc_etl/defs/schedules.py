import os

import dagster as dg

from .jobs import main_job

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=main_job,
    cron_schedule=os.environ.get("ZGC_SCHEDULE_CRON", "0 6 * * *"),
    execution_timezone=os.environ.get("ZGC_SCHEDULE_TZ", "Asia/Shanghai"),
    description="Refresh the warehouse from the raw folder (ZGC_SCHEDULE_CRON, default 06:00 daily).",
)
