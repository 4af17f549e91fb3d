"""The `accord` command: thin Typer commands over the library, with Rich output."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..config import Settings, default_database_url
from ..errors import AccordError
from ..evaluate import evaluate_file
from ..export import FORMATS, write_events
from ..ingest import Defaults
from ..pipeline import Pipeline
from ..service import IngestSummary, code_records, ingest, recode
from ..store import EventFilter, Store, open_store
from .failures import FailureLog

app = typer.Typer(help="Accord: coded, traceable political events from news text.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
console = Console()
err = Console(stderr=True)

DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL (default: ACCORD_DATABASE_URL or a per-user "
                                           "SQLite file).", show_default=False)]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model package (ACCORD_MODEL).")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Extra actor dictionary (Accord YAML or PETRARCH .txt); repeatable.")]
VerbsOpt = Annotated[Path | None, typer.Option("--verbs", help="Verb dictionary, Accord YAML (replaces verbs.yaml) "
                                               "or PETRARCH .txt (replaces CAMEO.2.0.txt) (ACCORD_VERBS).")]


def _settings(db: str | None = None, model: str | None = None, actors: list[Path] | None = None, **more) -> Settings:
    overrides = {k: v for k, v in {"database_url": db, "model": model, **more}.items() if v is not None}
    settings = Settings(**overrides)
    if actors:
        settings.actors = [*settings.actors, *actors]
    return settings


def counted(n: int, noun: str) -> str:
    """ "1 event", "3 events", "1,204 documents"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _run(fn):
    try:
        return fn()
    except AccordError as exc:
        _fail(str(exc))


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logging.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=err, show_path=False)])
    if not verbose:  # trafilatura's "discarding data" warnings name no input: the failure line does
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _progress_ingest(run, label: str, pipeline: Pipeline | None = None) -> IngestSummary:
    columns = [SpinnerColumn(), TextColumn(label), BarColumn(bar_width=None),
               TextColumn("{task.fields[docs]} docs · {task.fields[wps]:,.0f} words/s · {task.fields[events]} events"
                          "{task.fields[piece]}"), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=None, docs=0, wps=0.0, events=0, piece="")

        def update(s: IngestSummary) -> None:
            bar.update(task, docs=s.stored, wps=s.words_per_second, events=s.events, piece="")

        def piece(article, done: int, total: int) -> None:  # progress through one long document
            bar.update(task, piece=f" · {article.source or 'a document'}: {done:,} of {total:,} characters parsed")

        if pipeline is not None:
            pipeline.on_piece = piece
        return run(update)


def _report(summary: IngestSummary, verb: str, shown: bool = False) -> None:
    """The summary line (after the failures, unless they were `shown` as they happened)."""
    if not shown:
        for f in summary.failures:
            err.print(f"[red]✗[/] {f}", highlight=False, soft_wrap=True)
    undated = f"; {counted(summary.undated, 'document')} without a date" if summary.undated else ""
    console.print(f"{verb} {counted(summary.stored, 'document')} ({summary.words:,} words, "
                  f"{summary.words_per_second:,.0f} words/s): {counted(summary.events, 'event')}, "
                  f"{summary.asserted:,} asserted; {summary.duplicates:,} already stored; "
                  f"{summary.failed:,} failed{undated}.", highlight=False, soft_wrap=True)
    if summary.stored:
        console.print(summary.details(), highlight=False, soft_wrap=True)


@app.command("ingest")
def ingest_cmd(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
               db: DbOpt = None, model: ModelOpt = None, actors: ActorsOpt = None, verbs: VerbsOpt = None,
               on_date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs "
                                                           "without one (YYYY-MM-DD).")] = None,
               outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet for inputs without one.")] = None,
               workers: Annotated[int | None, typer.Option("--workers", help="Worker processes that parse and "
                                                               "code (0: one per core, the default).")] = None,
               failures: Annotated[Path | None, typer.Option("--failures", help="Also write each failure to "
                                                             "this file, as JSON lines (input, line, "
                                                             "reason).")] = None,
               ) -> None:
    """Read news articles, code their events and store them."""
    try:
        day = date.fromisoformat(on_date) if on_date else None
    except ValueError:
        _fail(f"--date {on_date!r} is not a date; use YYYY-MM-DD")
    settings = _settings(db, model, actors, workers=workers, verbs=verbs)
    try:
        log = FailureLog(err, failures)
    except OSError as exc:
        _fail(f"--failures {failures}: {exc.strerror or exc}")

    def run():
        with open_store(settings.database_url) as store:
            pipeline = Pipeline(settings)
            return _progress_ingest(lambda cb: ingest(paths, store, pipeline, Defaults(day, outlet or ""), cb,
                                                      log.failure, log.warning), "ingest", pipeline)

    try:
        summary = _run(run)
    except KeyboardInterrupt:
        _fail("interrupted by Ctrl+C; what was stored before is kept: run the same command again to go on", 130)
    finally:
        log.close()
    _report(summary, "Stored", shown=True)
    if summary.interrupted:
        _fail(f"interrupted by Ctrl+C with {counted(summary.stored, 'document')} stored, which are kept: run the "
              f"same command again to go on", 130)
    if summary.failed:
        raise typer.Exit(1)


@app.command("recode")
def recode_cmd(db: DbOpt = None, model: ModelOpt = None, actors: ActorsOpt = None, verbs: VerbsOpt = None,
               all_docs: Annotated[bool, typer.Option("--all", help="Recode every document, not only those "
                                                      "coded by another coder version.")] = False) -> None:
    """Code stored documents again after a coder or dictionary change."""
    settings = _settings(db, model, actors, verbs=verbs)

    def run():
        with open_store(settings.database_url, create=False, upgrade=True) as store:
            pipeline = Pipeline(settings)
            return _progress_ingest(lambda cb: recode(store, pipeline, cb, only_outdated=not all_docs), "recode")

    summary = _run(run)
    _report(summary, "Recoded")
    if summary.failures:
        raise typer.Exit(1)


def _query(url: str, fn):
    """Open an existing store, run one query, close it."""
    with open_store(url, create=False) as store:
        return fn(store)


def _filter(actor, source, target, dyad, code, quad, date_from, date_to, all_facts, limit) -> EventFilter:
    pair = None
    if dyad:
        parts = [p.strip().upper() for p in dyad.replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            _fail(f"--dyad {dyad!r} needs two actor codes, e.g. USA,PRK")
        pair = (parts[0], parts[1])
    try:
        d_from = date.fromisoformat(date_from) if date_from else None
        d_to = date.fromisoformat(date_to) if date_to else None
    except ValueError:
        _fail("dates must be YYYY-MM-DD")
    return EventFilter(actor=(actor or "").upper(), source=(source or "").upper(), target=(target or "").upper(),
                       dyad=pair, code=code or "", quad_class=quad, date_from=d_from, date_to=d_to,
                       factuality=None if all_facts else "asserted", limit=limit)


Actor = Annotated[str | None, typer.Option("--actor", help="Actor code prefix, as source or target (PRK).")]
Source = Annotated[str | None, typer.Option("--source", help="Source actor code prefix.")]
Target = Annotated[str | None, typer.Option("--target", help="Target actor code prefix.")]
Dyad = Annotated[str | None, typer.Option("--dyad", help="Two actors, either direction: USA,PRK.")]
Code = Annotated[str | None, typer.Option("--code", help="CAMEO code or root prefix (04, 042).")]
Quad = Annotated[int | None, typer.Option("--quad", min=1, max=4, help="QuadClass 1-4.")]
From = Annotated[str | None, typer.Option("--from", help="Earliest event date (YYYY-MM-DD).")]
To = Annotated[str | None, typer.Option("--to", help="Latest event date (YYYY-MM-DD).")]
All = Annotated[bool, typer.Option("--all", help="Include events not asserted (negated, future, ...).")]


@app.command("events")
def events_cmd(db: DbOpt = None, actor: Actor = None, source: Source = None, target: Target = None,
               dyad: Dyad = None, code: Code = None, quad: Quad = None, date_from: From = None, date_to: To = None,
               all_facts: All = False,
               limit: Annotated[int | None, typer.Option(min=1, help="At most this many (default: 50 in the "
                                                         "table, all with --json).", show_default=False)] = None,
               as_json: Annotated[bool, typer.Option("--json", help="JSON lines, every row unless --limit.")]
               = False) -> None:
    """List stored events (asserted ones unless --all)."""
    settings = _settings(db)
    capped = limit is None and not as_json
    if capped:
        limit = 50
    flt = _filter(actor, source, target, dyad, code, quad, date_from, date_to, all_facts, limit)
    rows = _run(lambda: _query(settings.database_url, lambda s: s.events(flt)))
    if as_json:
        write_events(rows, "jsonl", None, sys.stdout)
        return
    table = Table("date", "source", "code", "target", "factuality", "sentence", show_lines=False)
    for r in rows:
        table.add_row(str(r["event_date"] or ""), r["source"], r["code"], r["target"] or "—", r["factuality"],
                      r["sentence"][:90])
    console.print(table)
    more = f" (the first {limit:,}; --limit for more, --json for all)" if capped and len(rows) == limit else ""
    console.print(counted(len(rows), "event") + more, highlight=False)


@app.command("export")
def export_cmd(fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "csv",
               output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
               db: DbOpt = None, actor: Actor = None, dyad: Dyad = None, code: Code = None,
               date_from: From = None, date_to: To = None, all_facts: All = False) -> None:
    """Export events as csv, jsonl, parquet or the GDELT 2.0 event layout."""
    settings = _settings(db)
    flt = _filter(actor, None, None, dyad, code, None, date_from, date_to, all_facts, None)
    n = _run(lambda: write_events(_query(settings.database_url, lambda s: s.events(flt)), fmt, output, sys.stdout))
    err.print(f"exported {counted(n, 'event')}" + (f" to {output}" if output else ""), highlight=False)


@app.command("actors")
def actors_cmd(db: DbOpt = None,
               unresolved: Annotated[bool, typer.Option("--unresolved", help="Names that resolved to no actor.")]
               = False, limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Known actors with counts, or the unresolved names to add to a dictionary."""
    url = _settings(db).database_url
    rows = _run(lambda: _query(url, lambda s: s.unresolved_counts(limit) if unresolved else s.actor_counts()[:limit]))
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    table = Table(*(rows[0].keys() if rows else ["code"]))
    for r in rows:
        table.add_row(*(str(v) for v in r.values()))
    console.print(table)


@app.command("code")
def code_cmd(records: Annotated[Path, typer.Option("--records", help="JSONL with id, text, date.")],
             output: Annotated[Path, typer.Option("--output", help="Where to write one event a line.")],
             model: ModelOpt = None, actors: ActorsOpt = None, verbs: VerbsOpt = None) -> None:
    """Code records without storing them (the contract of the evaluation scripts)."""
    if not records.exists():
        _fail(f"{records}: no such file")
    settings = _settings(None, model, actors, verbs=verbs)
    n_records, n_events, failures = _run(lambda: code_records(records, output, Pipeline(settings)))
    for f in failures:
        err.print(f"[red]✗[/] {f}", highlight=False)
    console.print(f"coded {counted(n_records, 'record')}: {counted(n_events, 'event')} written to {output}",
                  highlight=False)


@app.command("evaluate")
def evaluate_cmd(gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files.")],
                 model: ModelOpt = None, actors: ActorsOpt = None, verbs: VerbsOpt = None,
                 as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Precision, recall and F1 against gold sets, strict and at root level, with errors by root."""
    import tempfile

    settings = _settings(None, model, actors, verbs=verbs)
    pipeline = Pipeline(settings)
    results = {}
    for path in gold:
        if not path.exists():
            _fail(f"{path}: no such file")
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            _run(lambda path=path, pred=pred: code_records(path, pred, pipeline))
            with open(pred, encoding="utf-8") as fh:
                predictions = [json.loads(line) for line in fh]
        results[path.name] = evaluate_file(path, predictions)
    if as_json:
        console.print_json(json.dumps(results))
        return
    for name, res in results.items():
        table = Table(title=f"{name}: {res['records']} records, {res['gold_events']} gold events, "
                            f"{res['predicted_realised']} predicted")
        for col in ("level", "P", "R", "F1", "tp", "fp", "fn", "missed by root", "spurious by root"):
            table.add_column(col)
        for level in ("strict", "root"):
            r = res[level]
            table.add_row(level, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", str(r["tp"]),
                          str(r["fp"]), str(r["fn"]), _counts(r["missed_by_root"]), _counts(r["spurious_by_root"]))
        console.print(table)
        if res["not_events"]:
            console.print(f"not-events predicted as realised: {res['not_events_predicted_realised']} of "
                          f"{res['not_events']}", highlight=False)


def _add_subcommands() -> None:
    from .commitments import app as commitments_app
    from .db import app as db_app
    from .dictionary import app as dictionary_app
    from .quotes import quotes_cmd
    from .spark import app as spark_app

    app.add_typer(commitments_app, name="commitments")
    app.add_typer(db_app, name="db")
    app.add_typer(dictionary_app, name="dictionary")
    app.add_typer(spark_app)
    app.command("quotes")(quotes_cmd)


_add_subcommands()


def _counts(d: dict) -> str:
    return " ".join(f"{k}:{v}" for k, v in d.items())


def demo_db_url() -> str:
    return default_database_url().replace("accord.db", "accord-demo.db")


Port = Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port to listen on.")]


def _serve(settings: Settings, host: str, port: int, public_read: bool = False) -> None:
    """Run the API and dashboard until Ctrl+C, printing the URL first."""
    from ..api import ServeSettings, serve

    serve_settings = ServeSettings(**settings.model_dump())
    if public_read:
        serve_settings.public_read = True
    if host not in ("127.0.0.1", "localhost", "::1") and (serve_settings.api_token is None
                                                          or serve_settings.public_read):
        err.print(f"[yellow]warning:[/] every read endpoint is open to anyone who can reach {host}:{port}; "
                  "see 'Exposing the server' in the README", highlight=False)

    def announce(url: str) -> None:
        console.print(f"Dashboard and API at {url} (API reference: {url}docs); press Ctrl+C to stop.",
                      highlight=False, soft_wrap=True)

    _run(lambda: serve(serve_settings, host, port, announce))


@app.command("serve")
def serve_cmd(db: DbOpt = None,
              host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 exposes the server "
                                                "to the network.")] = "127.0.0.1",
              port: Port = 8000,
              public_read: Annotated[bool, typer.Option("--public-read", help="With ACCORD_API_TOKEN on a "
                                                        "non-loopback host, still serve reads without the token.")]
              = False) -> None:
    """Serve the JSON API (/api/) and the dashboard (/) over a database."""
    _serve(_settings(db), host, port, public_read)


@app.command("demo")
def demo_cmd(db: Annotated[str | None, typer.Option("--db", help="Where to build the demo database (default: the "
                                                    "default database when it is absent or a demo, else a "
                                                    "separate demo file).", show_default=False)] = None,
             serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the dashboard afterwards.")]
             = True, port: Port = 8000, verbs: VerbsOpt = None) -> None:
    """Code the bundled sample corpus into a database of its own, print a summary, then serve the dashboard.

    It replaces only a database that an earlier demo made; any other is refused."""
    from .. import demo

    default = _settings().database_url
    url = db
    if url is None:
        url = next((u for u in (default, demo_db_url()) if _run(lambda u=u: demo.status(u)) != "other"), None)
        if url is None:
            _fail(f"{demo_db_url()}: not a database made by 'accord demo'; give the demo a new file with --db")
    settings = _settings(url, verbs=verbs)
    summary = _run(lambda: _progress_ingest(lambda cb: demo.build(url, Pipeline(settings), cb), "demo"))
    _report(summary, "Stored")
    with _run(lambda: open_store(url, create=False)) as store:
        _print_demo_summary(store)
        console.print(f"database: {store.display}", highlight=False)
        if url != default:
            console.print(f"look at it with: accord events --db {store.display}  (or export "
                          f"ACCORD_DATABASE_URL={store.display})", highlight=False, soft_wrap=True)
    if serve:
        _serve(settings, "127.0.0.1", port)


def _print_demo_summary(store: Store) -> None:
    asserted = store.events(EventFilter(factuality="asserted"))
    dyads: dict[tuple[str, str], list[float]] = {}
    for e in asserted:
        if e["target"]:
            dyads.setdefault((e["source"][:3], e["target"][:3]), []).append(e["goldstein"] or 0.0)
    table = Table("dyad", "events", "Goldstein sum", "mean", title="Most active dyads (asserted events)")
    for (a, b), scores in sorted(dyads.items(), key=lambda kv: -len(kv[1]))[:10]:
        table.add_row(f"{a} → {b}", str(len(scores)), f"{sum(scores):+.1f}", f"{sum(scores) / len(scores):+.2f}")
    console.print(table)


