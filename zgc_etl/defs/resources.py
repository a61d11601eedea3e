
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from .. import settings


class RawFolder(dg.ConfigurableResource):
    """The folder of raw articles the pipeline reads."""

    path: str
    max_file_bytes: int = settings.DEFAULT_MAX_FILE_BYTES

    @property
    def root(self) -> Path:
        return Path(self.path)


@contextmanager
def warehouse_connection(duckdb: DuckDBResource):
    """The one way this project opens the warehouse for writing (creates data/ first)."""
    if duckdb.database != ":memory:":
        Path(duckdb.database).parent.mkdir(parents=True, exist_ok=True)
    with duckdb.get_connection() as conn:
        yield conn


def default_resources() -> dict:
    return {
        "raw": RawFolder(path=str(settings.raw_dir()), max_file_bytes=settings.max_file_bytes()),
        "duckdb": DuckDBResource(database=str(settings.warehouse_path())),
    }
