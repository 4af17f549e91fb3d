"""`accord quotes`: who is quoted, and how much rests on anonymous sources."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..store import open_store
from ..store.quotes import quotes, sourcing


def quotes_cmd(db: Annotated[str | None, typer.Option("--db", help="Database URL.")] = None,
               anonymous: Annotated[bool, typer.Option("--anonymous", help="Only anonymous sources.")] = False,
               speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker code prefix.")] = None,
               limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
               as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """List direct and indirect quotes with their speakers; --anonymous for unnamed sources."""
    from . import _run, _settings, console

    def run():
        with open_store(_settings(db).database_url, create=False) as store:
            return quotes(store, True if anonymous else None, (speaker or "").upper(), limit=limit), sourcing(store)

    rows, per_doc = _run(run)
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
        return
    table = Table("date", "speaker", "kind", "cue", "quote")
    for r in rows:
        who = r["speaker"] or ("?" if r["speaker_text"] else "—")
        if r["speaker_text"]:
            who += f" ({escape(r['speaker_text'][:40])})"
        table.add_row(str(r["published"] or ""), who, r["speaker_kind"] or "—", escape(r["cue"]),
                      escape(r["text"][:110]))
    console.print(table)
    total = sum(d["quotes"] for d in per_doc)
    anon = sum(d["anonymous"] for d in per_doc)
    console.print(f"{len(rows)} quotes shown; in all documents {anon} of {total} quotes rest on anonymous sources",
                  highlight=False)
