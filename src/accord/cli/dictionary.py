"""`accord dictionary`: check the dictionaries the coder reads, and list where layered ones disagree."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from . import ActorsOpt, VerbsOpt, _run, console, counted

app = typer.Typer(help="The coder's dictionaries: load them all and list their conflicts.", no_args_is_help=True)


@app.command("check")
def check_cmd(actors: ActorsOpt = None, verbs: VerbsOpt = None,
              as_json: Annotated[bool, typer.Option("--json", help="JSON lines, one conflict a line.")] = False,
              limit: Annotated[int, typer.Option(help="Show at most this many conflicts (0: all).")] = 50) -> None:
    """Load every actor dictionary (Accord's, the bundled Phoenix ones, your --actors files) and every verb
    dictionary (verbs.yaml over CAMEO.2.0.txt, or your --verbs file in its layer's place) and list where
    two layers disagree (the upper layer's code is the one used) and the verb file lines left out."""
    from ..actors.dictionary import actor_conflicts
    from ..lexicon.check import check_verbs

    conflicts, skipped = _run(lambda: actor_conflicts(tuple(Path(p) for p in actors or ())))
    findings = _run(lambda: check_verbs(verbs))
    if as_json:
        for c in conflicts:
            sys.stdout.write(json.dumps({"kind": "actor", "text": c.text, "used": c.ours, "other": c.theirs,
                                         "source": c.source, "day": c.day.isoformat() if c.day else None},
                                        ensure_ascii=False) + "\n")
        for line in skipped:
            sys.stdout.write(json.dumps({"kind": "actor problem", "message": line}, ensure_ascii=False) + "\n")
        for f in findings:
            sys.stdout.write(json.dumps({"kind": f"verb {f.kind}", "message": f.message}, ensure_ascii=False)
                             + "\n")
        return
    shown = conflicts if limit <= 0 else conflicts[:limit]
    table = Table("phrase", "code used", "other code", "other layer", "on")
    for c in shown:
        table.add_row(escape(c.text), c.ours, c.theirs, escape(c.source), c.day.isoformat() if c.day else "")
    if shown:
        console.print(table)
    for line in skipped:
        console.print(f"actor problem: {line}", highlight=False, soft_wrap=True, markup=False)
    more = f" ({len(conflicts) - len(shown)} not shown; --limit 0 for all)" if len(shown) < len(conflicts) else ""
    console.print(f"actor dictionaries loaded; {len(conflicts)} actor "
                  f"{'conflict' if len(conflicts) == 1 else 'conflicts'}{more}, "
                  f"{counted(len(skipped), 'line')} left out", highlight=False, soft_wrap=True)
    verb_conflicts = [f for f in findings if f.kind == "conflict"]
    problems = [f for f in findings if f.kind == "problem"]
    for f in (verb_conflicts if limit <= 0 else verb_conflicts[:limit]) + problems:
        console.print(f"verb {f.kind}: {f.message}", highlight=False, soft_wrap=True, markup=False)
    more = (f" ({len(verb_conflicts) - limit} not shown; --limit 0 for all)"
            if 0 < limit < len(verb_conflicts) else "")
    console.print(f"verb dictionaries loaded; {counted(len(verb_conflicts), 'verb conflict')} (ours win){more}, "
                  f"{counted(len(problems), 'line')} left out", highlight=False)
