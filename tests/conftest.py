"""Shared test fixtures. Tests that read ../shared skip cleanly when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.paths import SHARED

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent (reference corpus and gold are not part of a clone)")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
