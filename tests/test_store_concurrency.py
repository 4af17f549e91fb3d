"""Concurrency and crash safety with real processes: two ingests at once into one database, and ingests killed
with SIGKILL at three points, give exactly the tables of one uninterrupted run, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest
import sqlalchemy as sa

from accord.service import ingest
from accord.store import Store
from accord.store.ledger import ledger_is_current

pytestmark = pytest.mark.slow  # real processes and PostgreSQL

BATCH = 8  # documents per transaction in the child processes: the sample's 34 documents take 5

# One ingest of CORPUS into URL in a child process, as `accord ingest` runs it; MODE says where it stops and
# waits to be killed, after writing its pid to FLAG: "after:N" once N documents are stored (batches
# committed), "before-ledger" after the last batch, before the ledger is rebuilt, "in-ledger" inside the
# rebuild's transaction, its old ledger deleted and part of the new one written. "run" does not stop.
CHILD = """
import os, sys, time
from pathlib import Path

import sqlalchemy as sa

from accord import service
from accord.config import Settings
from accord.pipeline import Pipeline
from accord.store import Store

url, corpus, mode, flag = sys.argv[1:5]


def wait_to_be_killed():
    Path(flag).write_text(str(os.getpid()))
    while True:
        time.sleep(1)


progress = None
if mode.startswith("after:"):
    def progress(summary):
        if summary.stored >= int(mode[6:]):
            wait_to_be_killed()
elif mode == "before-ledger":
    service.update_ledger = lambda *args, **kwargs: wait_to_be_killed()
elif mode == "in-ledger":
    @sa.event.listens_for(sa.engine.Engine, "before_cursor_execute")
    def stop_at_evidence(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("INSERT INTO EVIDENCE"):
            wait_to_be_killed()

pipeline = Pipeline(Settings(database_url=url, workers=1, batch_size=int(os.environ["BATCH"])))
with Store(url) as store:
    summary = service.ingest([corpus], store, pipeline, on_progress=progress)
print(f"stored {summary.stored} failed {len(summary.failures)}")
"""


@pytest.fixture(scope="module")
def corpus():
    """The bundled sample corpus (34 documents, promises among them) as a file path."""
    with resources.as_file(resources.files("accord.data").joinpath("sample", "articles.jsonl")) as path:
        yield str(path)


def child(url: str, corpus: str, mode: str, flag: Path) -> subprocess.Popen:
    env = {**os.environ, "BATCH": str(BATCH)}
    return subprocess.Popen([sys.executable, "-c", CHILD, url, corpus, mode, str(flag)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_when_waiting(proc: subprocess.Popen, flag: Path, timeout: float = 300) -> None:
    """SIGKILL the child once it has written its flag (it then waits at its stopping point)."""
    deadline = time.monotonic() + timeout
    while not flag.exists():
        if proc.poll() is not None:
            out, errors = proc.communicate()
            raise AssertionError(f"the child ended before its stopping point:\n{out}\n{errors}")
        assert time.monotonic() < deadline, "the child never reached its stopping point"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def contents(url: str) -> dict[str, list[tuple]]:
    """Every row of the documents, of each table belonging to a document and of the commitments ledger, with
    content hashes in place of ids and sorted: two databases holding the same codings and ledger compare
    equal whatever their ids."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    meta.reflect(engine)
    docs, commitments, evidence = (meta.tables[n] for n in ("documents", "commitments", "evidence"))
    ignored = {"id", "document_id", "run_id", "commitment_id"}
    out = {}
    with engine.connect() as conn:
        out["documents"] = sorted(tuple(map(repr, r)) for r in conn.execute(
            sa.select(*[c for c in docs.c if c.name not in ignored])))
        for name, table in meta.tables.items():
            if "document_id" in table.c and name != "evidence":
                rows = conn.execute(sa.select(docs.c.content_hash, *[c for c in table.c if c.name not in ignored])
                                    .join(docs, docs.c.id == table.c.document_id))
                out[name] = sorted(tuple(map(repr, r)) for r in rows)
        owner = docs.alias("owner")
        rows = conn.execute(sa.select(owner.c.content_hash, commitments.c.sentence_index, commitments.c.start,
                                      docs.c.content_hash, *[c for c in evidence.c if c.name not in ignored])
                            .join(commitments, commitments.c.id == evidence.c.commitment_id)
                            .join(owner, owner.c.id == commitments.c.document_id)
                            .join(docs, docs.c.id == evidence.c.document_id))
        out["evidence"] = sorted(tuple(map(repr, r)) for r in rows)
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def reference(pipeline, corpus, tmp_path_factory) -> dict[str, list[tuple]]:
    """The tables of one uninterrupted ingest of the sample corpus."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'one.db'}"
    with Store(url) as store:
        summary = ingest([corpus], store, pipeline)
    assert summary.stored == 34 and not summary.failures
    tables = contents(url)
    assert tables["commitments"] and tables["evidence"] and tables["claims"]
    return tables


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    """A fresh, empty database: a SQLite file, or a PostgreSQL database without tables."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'accord.db'}"
    return request.getfixturevalue("pg_url")


def test_concurrency_two_ingests_at_once_give_the_tables_of_one(url, corpus, reference, tmp_path):
    """Started together on an empty database: both create the tables, store each document once between
    them, and the ledger they both rebuild is not doubled."""
    procs = [child(url, corpus, "run", tmp_path / f"flag{n}") for n in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (out, errors) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, errors
        assert "failed 0" in out, out
    stored = sorted(int(out.split()[1]) for out, _ in outputs)
    assert sum(stored) == 34  # each document stored by exactly one of them
    assert contents(url) == reference
    with Store(url) as store:
        assert ledger_is_current(store)


@pytest.mark.parametrize("point", ["after:16", "before-ledger", "in-ledger"])
def test_concurrency_ingest_killed_then_run_again_gives_the_tables_of_one_run(url, point, pipeline, corpus,
                                                                              reference, tmp_path):
    flag = tmp_path / "flag"
    kill_when_waiting(child(url, corpus, point, flag), flag)
    with Store(url) as store:
        stored = store.stats()["documents"]
        assert stored == (16 if point == "after:16" else 34)
        assert not ledger_is_current(store) or point == "after:16" and stored == 16
        summary = ingest([corpus], store, pipeline)  # the same command again
        assert summary.stored == 34 - stored and not summary.failures
        assert ledger_is_current(store)
    assert contents(url) == reference
