"""Schema versions: a database from before migrations (the schema of main on 2026-12-05, made from the SQL in
tests/data, not from today's models) is recognised and upgraded without losing a row, on SQLite and PostgreSQL;
reading commands say how to upgrade an older schema, and every command refuses a newer one."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import StoreError
from accord.store import EventFilter, Store, schema
from accord.store.models import Base

DATA = Path(__file__).parent / "data"
LEDGER = ("commitments", "evidence")
runner = CliRunner()


def make_old_database(url: str, source_url: str | None = None, indexes: bool = True,
                      skip: tuple[str, ...] = ()) -> None:
    """The tables of main before migrations, from the SQL dump of its dialect, filled with the rows of the
    database at `source_url` (all but those of `skip`), as an Accord of that day would have stored them."""
    engine = sa.create_engine(url)
    dump = (DATA / f"schema_before_migrations.{engine.dialect.name}.sql").read_text(encoding="utf-8")
    dump = "\n".join(line for line in dump.splitlines() if not line.startswith("--"))
    statements = [s.strip() for s in dump.split(";\n") if s.strip()]
    assert len(statements) == 39 if indexes else 12
    statements = [s for s in statements if indexes or not s.startswith("CREATE INDEX")]
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    if source_url:
        source = sa.create_engine(source_url)
        old, new = sa.MetaData(), sa.MetaData()
        old.reflect(engine)
        new.reflect(source)
        with source.connect() as src, engine.begin() as dst:
            for table in old.sorted_tables:
                if table.name in skip:
                    continue
                rows = [dict(r._mapping) for r in src.execute(sa.select(new.tables[table.name]))]
                if rows:
                    dst.execute(table.insert(), rows)
                if engine.dialect.name == "postgresql" and "id" in table.c:
                    dst.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                        f"coalesce(max(id), 0) + 1, false) FROM {table.name}"))
        source.dispose()
    engine.dispose()


def contents(url: str) -> dict[str, list[tuple]]:
    """Every row of every table but the schema's own, sorted; the ledger without its ids."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            if name in ("alembic_version", "state"):
                continue
            cols = [c for c in table.c if not (name in LEDGER and c.name in ("id", "commitment_id"))]
            out[name] = sorted(tuple(map(repr, r)) for r in conn.execute(sa.select(*cols)))
    engine.dispose()
    return out


# what revision 0003 added to claims (the frames of promises and acts); a database from before it has none
FRAMES = {"text": "", "text_start": None, "text_end": None, "condition": "", "deadline": "", "due": None,
          "published": None, "cues": [], "amount": None}


def without_frames(source_url: str, tmp_path: Path, rebuild: bool = True) -> str:
    """A copy of the database at `source_url` whose claims lack their frames, its ledger rebuilt from them (or
    kept, without what 0003 added to it): what an upgraded database from before migrations holds (frames come
    back with `accord recode`)."""
    import shutil

    from accord.service import update_ledger

    url = f"sqlite:///{tmp_path / 'frameless.db'}"
    shutil.copy(sa.engine.make_url(source_url).database, tmp_path / "frameless.db")
    engine = sa.create_engine(url)
    claims = sa.Table("claims", sa.MetaData(), autoload_with=engine)
    commitments = sa.Table("commitments", sa.MetaData(), autoload_with=engine)
    evidence = sa.Table("evidence", sa.MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        conn.execute(claims.update().values(**FRAMES))
        if not rebuild:
            conn.execute(commitments.update().values(text="", text_start=None, text_end=None, condition="",
                                                     deadline="", due_on=None, rule=""))
            conn.execute(evidence.update().values(matched="", generic=False))
    engine.dispose()
    if rebuild:
        with Store(url) as store:
            update_ledger(store)
    return url


def revision(url: str) -> str | None:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        state = schema.read_state(conn)
    engine.dispose()
    return state.revision


def index_names(url: str) -> set[str]:
    engine = sa.create_engine(url)
    found = sa.inspect(engine)
    names = {i["name"] for t in found.get_table_names() for i in found.get_indexes(t)}
    engine.dispose()
    return names


def model_indexes() -> set[str]:
    return {i.name for t in Base.metadata.tables.values() for i in t.indexes}


def upgrade_old_database(url: str, sample_db: str, tmp_path: Path) -> None:
    """A database of main before migrations holding the sample corpus, its ledger lost (as a killed ingest
    left it); `accord db upgrade` keeps every row, adds the version and rebuilds the ledger."""
    make_old_database(url, sample_db, skip=LEDGER)
    assert revision(url) is None
    result = runner.invoke(app, ["db", "current", "--db", url])
    assert result.exit_code == 1 and "from before migrations" in result.output
    result = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert result.exit_code == 0, result.output
    assert f"upgraded from a schema from before migrations (no version) to schema revision {schema.head()}" \
        in result.output
    assert "commitments ledger rebuilt" in result.output
    assert revision(url) == schema.head()
    expected = contents(without_frames(sample_db, tmp_path))
    assert expected["commitments"] and expected["claims"] and expected["events"]
    assert contents(url) == expected
    result = runner.invoke(app, ["db", "check", "--db", url])
    assert result.exit_code == 0 and "no problems found" in result.output, result.output
    again = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert again.exit_code == 0 and "already at schema revision" in again.output
    assert "ledger rebuilt" not in again.output


def test_migrations_upgrade_a_sqlite_database_from_before_migrations(sample_db, tmp_path):
    upgrade_old_database(f"sqlite:///{tmp_path / 'old.db'}", sample_db, tmp_path)


@pytest.mark.slow
def test_migrations_upgrade_a_postgresql_database_from_before_migrations(sample_db, pg_url, tmp_path):
    upgrade_old_database(pg_url, sample_db, tmp_path)
    with Store(pg_url) as store:  # the sequences go on after the copied rows
        assert store.events(EventFilter(actor="PRK"))
        assert store.start_run("test", "v", {}) > 1


def test_migrations_add_the_indexes_an_old_database_lacks(sample_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    make_old_database(url, sample_db, indexes=False)
    assert not model_indexes() & index_names(url)
    with Store(url) as store:  # a writing open upgrades
        assert store.events(EventFilter(dyad=("PRK", "USA")))
        with store.engine.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE source = 'PRK' AND target = 'USA'"))
    assert "INDEX ix_events_" in plan, plan
    assert model_indexes() <= index_names(url)
    assert contents(url) == contents(without_frames(sample_db, tmp_path, rebuild=False))


def test_migrations_reading_commands_say_how_to_upgrade_an_older_schema(sample_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    make_old_database(url, sample_db)
    for args in (["events"], ["commitments"], ["quotes"], ["db", "check"]):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 1, (args, result.output)
        assert f"run: accord db upgrade --db '{url}'" in result.output.replace("\n", "")
    with pytest.raises(StoreError, match="older than this Accord"):
        Store(url, create=False)
    assert revision(url) is None  # nothing was written


def test_migrations_an_ingest_upgrades_an_older_schema(sample_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    make_old_database(url, sample_db)
    text = tmp_path / "a.txt"
    text.write_text("Brazil recalled its ambassador from Israel on Wednesday.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(text), "--db", url, "--date", "2024-02-21"])
    assert result.exit_code == 0, result.output
    assert revision(url) == schema.head()
    with Store(url, create=False) as store:
        assert store.events(EventFilter(actor="BRA"))


def test_migrations_recode_upgrades_an_older_schema(sample_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    make_old_database(url, sample_db)
    result = runner.invoke(app, ["recode", "--db", url])
    assert result.exit_code == 0, result.output
    assert revision(url) == schema.head()


@pytest.mark.parametrize("args", [["events"], ["ingest", "-"], ["db", "upgrade"], ["db", "check"],
                                  ["db", "current"]])
def test_migrations_every_command_refuses_a_newer_schema(tmp_path, args):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Store(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9001_from_the_future'"))
    engine.dispose()
    result = runner.invoke(app, [*args, "--db", url], input="")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "is newer than this Accord knows" in result.output.replace("\n", "")
    assert revision(url) == "9001_from_the_future"


def test_migrations_a_new_database_is_stamped_at_the_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Store(url).close()
    assert revision(url) == schema.head()
    result = runner.invoke(app, ["db", "current", "--db", url])
    assert result.exit_code == 0 and f"schema revision {schema.head()}" in result.output


def _migrated_only(url: str) -> None:
    """An empty database brought to the head by the migrations alone, as from before migrations."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE documents (id INTEGER PRIMARY KEY)")  # so: not empty, unversioned
        conn.exec_driver_sql("DROP TABLE documents")
    engine.dispose()
    from alembic import command

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        command.upgrade(schema._config(conn), "head")
    engine.dispose()


def test_migrations_reach_the_schema_of_the_models(tmp_path):
    """Adding a column to a model without a revision fails here: the revisions alone must give the models."""
    url = f"sqlite:///{tmp_path / 'migrated.db'}"
    _migrated_only(url)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.slow
def test_migrations_reach_the_schema_of_the_models_on_postgresql(pg_url):
    _migrated_only(pg_url)
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_migrations_a_read_only_older_database_is_refused_with_the_upgrade_command(sample_db, tmp_path):
    path = tmp_path / "old.db"
    make_old_database(f"sqlite:///{path}", sample_db)
    with pytest.raises(StoreError, match="accord db upgrade"):
        Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert revision(f"sqlite:///{path}") is None


def test_migrations_check_names_each_problem_on_its_own_line(sample_db, tmp_path):
    """`accord db check` finds rows whose document is gone, actor codes missing from the actors table and a
    ledger built from older claims, and exits 1."""
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    make_old_database(url, sample_db)
    assert runner.invoke(app, ["db", "upgrade", "--db", url]).exit_code == 0
    assert runner.invoke(app, ["db", "check", "--db", url]).exit_code == 0
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # what a tool without foreign keys could leave behind
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("UPDATE sentences SET document_id = 999999 WHERE id IN (1, 2)")
        conn.exec_driver_sql("DELETE FROM actors WHERE code = (SELECT source FROM events LIMIT 1)")
        conn.exec_driver_sql("UPDATE state SET value = value + 1 WHERE key = 'claims'")
    engine.dispose()
    result = runner.invoke(app, ["db", "check", "--db", url])
    assert result.exit_code == 1
    out = result.output.replace("\n", " ")
    assert "2 sentences rows belong to no stored document" in out
    assert "actor codes of event sources are missing from the actors table" in out
    assert "the commitments ledger is older than the stored claims" in out
    assert "foreign key check: sentences row" in out
    assert "problems found" in out


def test_migrations_stored_rejected_candidates_go_and_are_shown_as_before(sample_db, tmp_path):
    """A database of revision 0003 holds the rejected candidates its ledger's build wrote (kind "rejected", after
    each chain); the upgrade deletes them, and `show --why-not` lists the same, now worked out when asked."""
    import shutil

    from alembic import command

    from accord.store import Store
    from accord.store.ledger import commitment, commitments
    from accord.store.models import EvidenceRow

    path = tmp_path / "0003.db"
    shutil.copy(sample_db.removeprefix("sqlite:///"), path)
    url = f"sqlite:///{path}"
    with Store(url, create=False) as store:
        shown = {r["id"]: commitment(store, r["id"])["rejected"] for r in commitments(store)}
        assert any(shown.values()), "the sample corpus should have rejected candidates"
        with store.writing() as s:
            s.execute(sa.insert(EvidenceRow), [{k: v for k, v in e.items() if k != "title"}
                                               for rows in shown.values() for e in rows])
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        command.stamp(schema._config(conn), "0003")
    engine.dispose()
    result = runner.invoke(app, ["commitments", "show", "1", "--db", url, "--why-not"])
    assert result.exit_code == 1 and "accord db upgrade" in result.output
    result = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert result.exit_code == 0, result.output
    assert revision(url) == schema.head()
    with Store(url, create=False) as store:
        with store.session() as s:
            assert s.scalar(sa.select(sa.func.count()).where(EvidenceRow.kind == "rejected")) == 0
        assert {r["id"]: commitment(store, r["id"])["rejected"] for r in commitments(store)} == shown
    result = runner.invoke(app, ["db", "check", "--db", url])
    assert result.exit_code == 0 and "no problems found" in result.output, result.output
