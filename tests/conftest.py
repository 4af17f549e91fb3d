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


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """A real PostgreSQL 16 (pgserver) on a unix socket in a temporary folder, stopped after the run."""
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server
    server.cleanup()


@pytest.fixture
def pg_url(pg_server, request) -> str:
    """A fresh, empty PostgreSQL database for one test, as an SQLAlchemy URL."""
    import re

    import sqlalchemy as sa

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    base = pg_server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.replace("/postgres?", f"/{name}?", 1)
