"""`accord commitments`: the ledger of promises, their status and evidence chains."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..export import write_rows
from ..store import open_store
from ..store.ledger import commitment, commitments

app = typer.Typer(help="The commitments ledger: who promised what, and whether it was kept.",
                  invoke_without_command=True, no_args_is_help=False)


def _store(db: str | None):
    from . import _settings

    return open_store(_settings(db).database_url, create=False)


@app.callback()
def list_cmd(ctx: typer.Context,
             db: Annotated[str | None, typer.Option("--db", help="Database URL.")] = None,
             status: Annotated[str | None, typer.Option(help="pending, fulfilled, partial, unfulfilled, "
                                                        "disputed, withdrawn.")] = None,
             actor: Annotated[str | None, typer.Option("--actor", help="Promisor code prefix.")] = None,
             as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
             fmt: Annotated[str | None, typer.Option("--format", help="Export as csv or jsonl.")] = None,
             output: Annotated[Path | None, typer.Option("--output", "-o", help="Export file.")] = None) -> None:
    """List commitments: promisor, promisee, action, status, evidence count, last evidence date."""
    if ctx.invoked_subcommand is not None:
        return
    from . import _fail, _run, console, counted, err

    def run():
        with _store(db) as store:
            return commitments(store, status, (actor or "").upper())

    rows = _run(run)
    if fmt:
        if fmt not in ("csv", "jsonl"):
            _fail(f"--format {fmt!r}: commitments export as csv or jsonl")
        n = write_rows(rows, fmt, output, sys.stdout)
        err.print(f"exported {counted(n, 'commitment')}" + (f" to {output}" if output else ""), highlight=False)
        return
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
        return
    table = Table("id", "promisor", "promisee", "action", "status", "evidence", "last evidence", "made")
    for r in rows:
        table.add_row(str(r["id"]), r["promisor"], r["promisee"] or "—", r["action"], r["status"],
                      str(r["evidence_count"]), str(r["last_evidence_on"] or "—"), str(r["made_on"] or "—"))
    console.print(table)
    console.print(counted(len(rows), "commitment"), highlight=False)


@app.command("show")
def show_cmd(commitment_id: Annotated[int, typer.Argument(help="Commitment id from `accord commitments`.")],
             db: Annotated[str | None, typer.Option("--db", help="Database URL.")] = None,
             why_not: Annotated[bool, typer.Option("--why-not", help="Also the sentences about the same things "
                                                   "that were not taken, and why.")] = False,
             as_json: Annotated[bool, typer.Option("--json", help="JSON.")] = False) -> None:
    """One commitment: the promise, the rule that decided its status, and its evidence chain, each sentence with
    the words and codes that matched and its effect."""
    from . import _fail, _run, console

    def run():
        with _store(db) as store:
            return commitment(store, commitment_id, why_not)

    row = _run(run)
    if row is None:
        _fail(f"no commitment {commitment_id}; list them with 'accord commitments'")
    if as_json:
        sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        return
    console.print(f"[bold]#{row['id']} {row['promisor']} → {row['promisee'] or '—'}: {escape(row['action'])}[/] "
                  f"([bold]{row['status']}[/])", highlight=False)
    console.print(escape(f"status: {row['rule'] or 'no rule recorded (rebuild the ledger)'}"), highlight=False)
    console.print(escape(f"made {row['made_on'] or '?'}: {row['sentence']}"), highlight=False)
    frame = [f"act “{row['text']}”" if row["text"] else "", f"condition: {row['condition']}" if row["condition"]
             else "", f"deadline: {row['deadline']}" + (f" ({row['due_on']})" if row["due_on"] else "")
             if row["deadline"] else ""]
    if any(frame):
        console.print(escape("  " + " · ".join(f for f in frame if f)), highlight=False)
    if not row["evidence"]:
        console.print("  no evidence yet", highlight=False)
    for e in row["evidence"]:
        general = ", general reference" if e["generic"] else ""
        console.print(escape(f"  #{e['position']} {e['date'] or '?'} {e['kind']} ({e['factuality']}{general}): "
                             f"{e['matched']}"), highlight=False)
        console.print(escape(f"      {e['title']}: {e['sentence']}"), highlight=False)
    if why_not:
        console.print(f"not taken ({len(row['rejected'])}):", highlight=False)
        for e in row["rejected"]:
            console.print(escape(f"  {e['date'] or '?'} {e['actor']}: {e['matched']}"), highlight=False)
            console.print(escape(f"      {e['title']}: {e['sentence']}"), highlight=False)
