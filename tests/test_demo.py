"""`accord demo`: it replaces only a database it made itself, two demos at once both finish, and the README's next
commands (`accord events` with no --db) show its data."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord import demo
from accord.cli import app
from accord.ingest import Defaults
from accord.service import ingest
from accord.store import EventFilter, Store
from conftest import accord_exe

runner = CliRunner()


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(autouse=True)
def no_user_database(tmp_path, monkeypatch):
    """Keep the per-user default database inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ACCORD_DATABASE_URL", raising=False)


def run_demo(*args):
    return runner.invoke(app, ["demo", "--no-serve", *map(str, args)], env={"COLUMNS": "200"})


def add_work(path: Path, pipeline) -> None:
    """Store one document of someone's own in the database at `path` (made if absent), as `accord ingest` does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.with_name("work.txt")
    text.write_text("Japan restricted exports to South Korea on Monday.", encoding="utf-8")
    with Store(url_of(path)) as store:
        assert ingest([text], store, pipeline, Defaults(date(2019, 7, 1), "")).stored == 1


@pytest.mark.parametrize("content", ["tables", "text", "folder"])
def test_demo_refuses_what_it_did_not_make(tmp_path, content):
    path = tmp_path / "work.db"
    if content == "tables":
        Store(url_of(path)).close()
    elif content == "text":
        path.write_text("notes, not a database\n", encoding="utf-8")
    else:
        path.mkdir()
    before = path.read_bytes() if path.is_file() else None
    result = run_demo("--db", url_of(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {url_of(path)}: not a database made by 'accord demo' (or it has gained documents since); the demo "
        "replaces only its own: give --db a new file"]
    assert (path.read_bytes() if path.is_file() else None) == before
    assert not list(tmp_path.glob(".work.db.demo-*"))


def test_demo_status_tells_absent_from_other(tmp_path):
    assert demo.status(url_of(tmp_path / "none.db")) == "absent"
    (tmp_path / "empty.db").touch()
    assert demo.status(url_of(tmp_path / "empty.db")) == "absent"
    Store(url_of(tmp_path / "tables.db")).close()
    assert demo.status(url_of(tmp_path / "tables.db")) == "other"


@pytest.mark.slow
def test_demo_replaces_only_its_own_database(tmp_path, pipeline):
    path = tmp_path / "demo.db"
    first = demo.build(url_of(path), pipeline)
    assert first.stored >= 30 and demo.status(url_of(path)) == "demo"
    again = demo.build(url_of(path), pipeline)
    assert (again.stored, again.duplicates) == (first.stored, 0)  # a fresh database, not a re-run over the old
    with Store(url_of(path), create=False) as store:
        assert store.stats()["documents"] == first.stored
    add_work(path, pipeline)
    assert demo.status(url_of(path)) == "other"
    before = path.read_bytes()
    result = run_demo("--db", url_of(path))
    assert result.exit_code == 1 and "not a database made by 'accord demo'" in result.stderr
    assert path.read_bytes() == before


def exe(tmp_path: Path, *args, env: dict | None = None) -> subprocess.Popen:
    env = {**{k: v for k, v in os.environ.items() if k != "ACCORD_DATABASE_URL"},
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "COLUMNS": "200", "ACCORD_WORKERS": "1", **(env or {})}
    return subprocess.Popen([accord_exe(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    """Wait for it; killed if it has not ended within the timeout."""
    try:
        out, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    return proc.returncode, out, err


@pytest.mark.slow
def test_demo_fills_the_default_database_that_the_next_commands_read(tmp_path):
    code, out, err = finish(exe(tmp_path, "demo", "--no-serve"))
    assert code == 0, err
    default = tmp_path / "xdg" / "accord" / "accord.db"
    assert f"database: {url_of(default)}" in out and "look at it with" not in out
    code, out, err = finish(exe(tmp_path, "events", "--json"))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    with Store(url_of(default), create=False) as store:
        assert len(rows) == len(store.events(EventFilter(factuality="asserted"))) > 50  # every row, not 50
    code, out, err = finish(exe(tmp_path, "events"))
    assert code == 0, err
    assert out.splitlines()[-1] == "50 events (the first 50; --limit for more, --json for all)"


@pytest.mark.slow
def test_demo_leaves_a_default_database_with_other_work_and_says_where_it_went(tmp_path, pipeline):
    default = tmp_path / "xdg" / "accord" / "accord.db"
    add_work(default, pipeline)
    before = default.read_bytes()
    code, out, err = finish(exe(tmp_path, "demo", "--no-serve"))
    assert code == 0, err
    aside = url_of(default.with_name("accord-demo.db"))
    assert f"look at it with: accord events --db {aside}" in out
    assert default.read_bytes() == before and demo.status(aside) == "demo"


@pytest.mark.slow
def test_demo_two_at_once_both_finish_with_a_whole_database(tmp_path):
    url = url_of(tmp_path / "demo.db")
    procs = [exe(tmp_path, "demo", "--no-serve", "--db", url) for _ in range(2)]
    try:
        results = [finish(p) for p in procs]
    finally:  # one demo timing out leaves neither running
        for p in procs:
            p.kill()
            p.wait()
    assert [r[0] for r in results] == [0, 0], [r[2] for r in results]
    with Store(url, create=False) as store:
        n = store.stats()["documents"]
    assert n >= 30 and all(f"Stored {n} documents" in out for _, out, _ in results)
    assert demo.status(url) == "demo"
    assert not list(tmp_path.glob(".demo.db.demo-*"))


@pytest.mark.slow
def test_demo_on_postgresql_replaces_only_its_own_tables(pg_url, pipeline, tmp_path):
    first = demo.build(pg_url, pipeline)
    assert first.stored >= 30 and demo.status(pg_url) == "demo"
    again = demo.build(pg_url, pipeline)
    assert (again.stored, again.duplicates) == (first.stored, 0)
    text = tmp_path / "work.txt"
    text.write_text("Japan restricted exports to South Korea on Monday.", encoding="utf-8")
    with Store(pg_url, create=False) as store:
        assert store.stats()["documents"] == first.stored
        assert ingest([text], store, pipeline, Defaults(date(2019, 7, 1), "")).stored == 1
    assert demo.status(pg_url) == "other"
    with pytest.raises(demo.DemoError, match="not a database made by 'accord demo'"):
        demo.build(pg_url, pipeline)
    with Store(pg_url, create=False) as store:
        assert store.stats()["documents"] == first.stored + 1
