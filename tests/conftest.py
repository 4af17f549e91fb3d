"""Shared fixtures: the real spaCy pipeline loaded once, real SQLite files, the shared eval folder."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from accord.commitments import build_ledger
from accord.config import Settings
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def accord_exe() -> str:
    """The installed `accord` executable (beside this Python, else on PATH); the test is skipped without one."""
    beside = Path(sys.executable).with_name("accord")
    exe = str(beside) if beside.exists() else shutil.which("accord")
    if exe is None:
        pytest.skip("the accord executable is not installed (pip install -e .)")
    return exe


def realised_triples(events) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of each realised event: what coding tests compare."""
    return {(e.source[:3], e.target[:3], e.code) for e in events if e.realised}


def has_triple(triples, source: str, target: str, code: str) -> bool:
    """One of `triples` has this source and target and a code under `code`."""
    return any(s == source and t == target and c.startswith(code) for s, t, c in triples)


def one_commitment(commitments, promisor: str, word: str):
    """The one commitment of `promisor` (a code prefix) whose action has `word`: what ledger tests read."""
    found = [c for c in commitments if c.promisor.startswith(promisor) and word in c.action]
    assert len(found) == 1, [(c.promisor, c.action, c.status) for c in commitments]
    return found[0]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline (model and dictionaries), loaded once for the whole run; one process (tests that need
    workers set them)."""
    p = Pipeline(Settings(database_url="sqlite://", workers=1))
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


@pytest.fixture
def coded_claims(pipeline):
    """The claims of (date, text) documents, numbered 0, 1, ... in the order given."""
    def run(*docs):
        claims = []
        for n, (day, text) in enumerate(docs):
            [coded] = list(pipeline.process([Article(text=text, date=date.fromisoformat(day), title=str(n))]))
            for claim in coded.claims:
                claim.document_id = n
                claims.append(claim)
        return claims

    return run


@pytest.fixture
def ledger(coded_claims):
    """The commitments ledger of (date, text) documents, numbered in order."""
    return lambda *docs: build_ledger(coded_claims(*docs))


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


@pytest.fixture(scope="session")
def sample_db(pipeline, tmp_path_factory) -> str:
    """The bundled sample corpus coded into a SQLite file once per run; its URL."""
    from importlib import resources

    from accord.service import ingest

    url = f"sqlite:///{tmp_path_factory.mktemp('sample') / 'sample.db'}"
    sample = resources.files("accord.data").joinpath("sample", "articles.jsonl")
    with Store(url) as store, resources.as_file(sample) as path:
        summary = ingest([path], store, pipeline)
    assert summary.stored == 34 and not summary.failures
    return url


@pytest.fixture(scope="module")
def serve_app():
    """Start an ASGI app with uvicorn in a thread on a free 127.0.0.1 port; returns its base URL. Every
    server started is stopped at the end of the module, so no server thread outlives the tests using it."""
    import socket
    import threading
    import time

    import uvicorn

    running = []

    def start(app) -> str:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", ws="none", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        running.append((server, thread, sock))
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for server, thread, sock in running:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def live_url(sample_db, serve_app) -> str:
    """The API and dashboard over the sample database (read-only: no API token), as a base URL."""
    from accord.api import ServeSettings, create_app

    return serve_app(create_app(sample_db, ServeSettings(database_url=sample_db, api_token=None)))
