"""Dagster only: assets, checks, resources, jobs, schedules, sensors.  No parsing logic here."""
