"""Shared fixtures: the real spaCy pipeline loaded once, real SQLite files, the shared eval folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.config import Settings
from accord.pipeline import Pipeline
from accord.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline (model and dictionaries), loaded once for the whole run."""
    p = Pipeline(Settings(database_url="sqlite://"))
    assert p.coder is not None
    return p


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'accord.db'}")
    yield s
    s.close()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def code(pipeline):
    """Code one sentence and return its events."""

    def run(text: str, day: str | None = "2018-07-10"):
        from datetime import date

        return pipeline.code_text(text, date.fromisoformat(day) if day else None)

    return run
