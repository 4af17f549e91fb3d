"""`accord db`: the schema version of a database, its upgrade, and an integrity check."""

from __future__ import annotations

from contextlib import contextmanager

import typer

from . import DbOpt, _fail, _run, _settings, console, counted

app = typer.Typer(help="The database: its schema version, upgrades and an integrity check.", no_args_is_help=True)


def _open(db: str | None):
    from ..store import Store

    return Store(_settings(db).database_url, create=False, check_schema=False)


@contextmanager
def _connect(store):
    """A connection to the store's database; one that cannot be reached, or a file that is not a database, is
    a StoreError naming it in one line, as in the store's own operations."""
    from ..store import _errors

    with _errors(store.display), store.engine.connect() as conn:
        yield conn


@app.command("current")
def current_cmd(db: DbOpt = None) -> None:
    """Print the database's schema revision and whether it is this Accord's."""
    from ..store import schema

    def run():
        with _open(db) as store, _connect(store) as conn:
            return store.display, schema.read_state(conn)

    display, state = _run(run)
    kind = state.kind
    if kind == "current":
        console.print(f"{display}: schema revision {state.revision}, this Accord's (up to date)", highlight=False,
                      soft_wrap=True)
    elif kind == "newer":
        _run(lambda: schema.refuse_newer(state, display))
    else:
        _fail(schema.older_message(state, display))


@app.command("upgrade")
def upgrade_cmd(db: DbOpt = None) -> None:
    """Upgrade the database's schema to this Accord's, and bring a stale commitments ledger up to date."""
    from ..service import update_ledger
    from ..store import schema

    def run():
        with _open(db) as store:
            with _connect(store) as conn:
                schema.refuse_newer(schema.read_state(conn), store.display)
            with store.write_connection() as conn:
                before = schema.upgrade(conn)
            return store.display, before, update_ledger(store, only_if_stale=True)

    display, before, rebuilt = _run(run)
    head = schema.head()
    if before.kind == "current":
        console.print(f"{display}: already at schema revision {head}", highlight=False, soft_wrap=True)
    else:
        console.print(f"{display}: upgraded from {before.describe()} to schema revision {head}", highlight=False,
                      soft_wrap=True)
    if rebuilt is not None:
        console.print(f"commitments ledger rebuilt: {counted(rebuilt, 'commitment')}", highlight=False)


@app.command("check")
def check_cmd(db: DbOpt = None) -> None:
    """Check the database: its schema version, the database's own integrity check, rows that belong to
    nothing, and whether the commitments ledger is up to date. Exits 1 on any problem, one line each."""
    from ..store import Store
    from ..store.check import check

    def run():
        with Store(_settings(db).database_url, create=False, upgrade=False) as store:
            return store.display, check(store)

    display, problems = _run(run)
    for line in problems:
        console.print(f"[red]✗[/] {line}", highlight=False, soft_wrap=True)
    if problems:
        _fail(f"{display}: {counted(len(problems), 'problem')} found")
    console.print(f"{display}: no problems found", highlight=False, soft_wrap=True)
