"""Raw file → :class:`~zgc_etl.model.Article` (or a :class:`~zgc_etl.model.Rejection`).  See docs/ingest.md."""
from .accounting import account, dedupe
from .loader import DEFAULT_MAX_BYTES, REASONS, iter_raw_files, load_article, load_bytes

__all__ = ["DEFAULT_MAX_BYTES", "REASONS", "account", "dedupe", "iter_raw_files", "load_article", "load_bytes"]
