"""Raw file → :class:`~zgc_etl.model.Article` (or a :class:`~zgc_etl.model.Rejection`)."""
from .loader import DEFAULT_MAX_BYTES, iter_raw_files, load_article

__all__ = ["DEFAULT_MAX_BYTES", "iter_raw_files", "load_article"]
