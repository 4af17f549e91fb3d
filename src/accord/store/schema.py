"""The schema version of a store: Alembic revisions shipped in accord/store/migrations, checked on every open.

A database is empty (created here from the models and stamped), from before migrations (tables and no version:
upgraded from the frozen first revision, which only adds what it lacks), older (upgraded), current, or newer
than this Accord (refused: its schema has columns this code does not know how to keep)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import insert, inspect, text
from sqlalchemy.engine import Connection

from ..errors import StoreError
from .models import Base, StateRow

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@lru_cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The revision this Accord's models are at."""
    return _scripts().get_current_head()


def known_revisions() -> list[str]:
    """Every revision shipped, oldest first."""
    return [s.revision for s in reversed(list(_scripts().walk_revisions()))]


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands: its revision (None without a version table) and whether it holds Accord's
    tables."""

    revision: str | None
    has_tables: bool

    @property
    def kind(self) -> str:
        """empty, unversioned (from before migrations), older, current or newer."""
        if self.revision is None:
            return "unversioned" if self.has_tables else "empty"
        if self.revision == head():
            return "current"
        return "older" if self.revision in known_revisions() else "newer"

    def describe(self) -> str:
        return {"empty": "an empty database", "unversioned": "a schema from before migrations (no version)",
                "older": f"schema revision {self.revision}", "current": f"schema revision {self.revision}",
                "newer": f"schema revision {self.revision}"}[self.kind]


def read_state(conn: Connection) -> SchemaState:
    names = set(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in names:
        revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
    return SchemaState(revision, "documents" in names)


def refuse_newer(state: SchemaState, display: str) -> None:
    if state.kind == "newer":
        raise StoreError(f"{display}: its schema (revision {state.revision}) is newer than this Accord knows "
                         f"(up to {head()}); upgrade Accord (pip install -U accord-events) to use it")


def older_message(state: SchemaState, display: str) -> str:
    return (f"{display}: {state.describe()} is older than this Accord's (revision {head()}); "
            f"run: accord db upgrade --db '{display}'")


def upgrade(conn: Connection) -> SchemaState:
    """Bring the database on `conn` (in a write transaction, under the store's writer lock) to the head
    revision; the state it was in before."""
    state = read_state(conn)
    kind = state.kind
    if kind == "current":
        return state
    if kind == "newer":
        raise StoreError(f"schema revision {state.revision} is newer than this Accord knows (up to {head()})")
    try:
        if kind == "empty":
            Base.metadata.create_all(conn)
            conn.execute(insert(StateRow), [{"key": "claims", "value": 0}, {"key": "ledger", "value": 0}])
            command.stamp(_config(conn), "head")
        else:
            logger.info("upgrading %s to schema revision %s", state.describe(), head())
            command.upgrade(_config(conn), "head")
    except CommandError as exc:
        raise StoreError(f"the schema upgrade failed: {exc}") from exc
    return state
