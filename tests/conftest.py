from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"
SEED = "zgc_assists_coordinated_development.txt"


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A private raw folder holding a copy of the dev articles (text and HTML)."""
    d = tmp_path / "raw"
    d.mkdir()
    for p in DEV.iterdir():
        if p.suffix in (".txt", ".html"):
            shutil.copy(p, d / p.name)
    return d


@pytest.fixture
def small_raw_dir(tmp_path: Path) -> Path:
    """A raw folder with three articles: quick end-to-end runs."""
    d = tmp_path / "raw_small"
    d.mkdir()
    for name in (SEED, "binhai_park_first_year_2018.html", "baodi_zgc_science_park_2023.txt"):
        shutil.copy(DEV / name, d / name)
    return d


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "warehouse.duckdb"
