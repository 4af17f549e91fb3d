"""`accord spark-ingest` and `accord load-parquet`: code corpora with Spark, bring the tables into the store."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ..ingest import Defaults
from ..service import load_parquet
from ..store import open_store

app = typer.Typer()

FAILURE_LINES = 20  # failures printed; the rest are in OUTPUT/failures


@app.command("spark-ingest")
def spark_ingest_cmd(
    source: Annotated[str, typer.Argument(metavar="INPUT", help="JSONL, Parquet or text files: a file, folder "
                                          "or glob; local, hdfs:// or s3a://.")],
    output: Annotated[str, typer.Argument(metavar="OUTPUT", help="Folder for the Parquet tables.")],
    master: Annotated[str | None, typer.Option("--master", help="Spark master, e.g. local[4]; default: what "
                                               "spark-submit set, else local[*].")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="jsonl, parquet or text (one document per file); "
                                            "default: from the file names.")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Coding tasks (default: 4 per "
                                                   "core).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace tables already in OUTPUT.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package (ACCORD_MODEL).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML); "
                                                      "repeatable.")] = None,
    verbs: Annotated[Path | None, typer.Option("--verbs", help="Verb dictionary, Accord YAML or PETRARCH .txt.")]
    = None,
    on_date: Annotated[str | None, typer.Option("--date", help="Publication date for inputs without one "
                                                "(YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet for inputs without one.")] = None,
) -> None:
    """Code documents with Spark into Parquet tables (documents, events, claims, quotes, commitments) by date."""
    from . import _fail, _run, _settings, console, counted, err

    try:
        day = date.fromisoformat(on_date) if on_date else None
    except ValueError:
        _fail(f"--date {on_date!r} is not a date; use YYYY-MM-DD")
    settings = _settings(None, model, actors, verbs=verbs)

    def run():
        from ..spark import session, spark_ingest

        spark = session(master or _default_master())
        try:
            spark.sparkContext.setLogLevel("ERROR")
            return spark_ingest(spark, source, output, settings, fmt, Defaults(day, outlet or ""), partitions,
                                overwrite), spark.sparkContext.master
        finally:
            spark.stop()

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
        summary, used = _run(run)
    for f in summary.failures[:FAILURE_LINES]:
        err.print(f"[red]✗[/] {f}", highlight=False, soft_wrap=True)
    if summary.failure_count > FAILURE_LINES:
        err.print(f"... and {summary.failure_count - FAILURE_LINES} more in {output}/failures", highlight=False)
    console.print(f"Coded {counted(summary.documents, 'document')} ({summary.words:,} words) with Spark {used} in "
                  f"{summary.seconds:,.0f} s: {counted(summary.events, 'event')}, {summary.asserted:,} asserted; "
                  f"{counted(summary.commitments, 'commitment')}; {summary.duplicates:,} repeated; "
                  f"{summary.failure_count:,} failed; model loaded {summary.model_loads} times.", highlight=False,
                  soft_wrap=True)
    console.print(f"Tables in {output}: {', '.join(summary.tables)}", highlight=False, soft_wrap=True)
    if summary.failure_count:
        raise typer.Exit(1)


def _default_master() -> str | None:
    """None under spark-submit, which sets the master itself; else local[*]."""
    import os

    return None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[*]"


@app.command("load-parquet")
def load_parquet_cmd(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="OUTPUT folder of accord spark-ingest.")],
    db: Annotated[str | None, typer.Option("--db", help="Database URL (default: ACCORD_DATABASE_URL or a "
                                           "per-user SQLite file).", show_default=False)] = None,
) -> None:
    """Store the documents and events of accord spark-ingest output in the database."""
    from . import _progress_ingest, _report, _run, _settings

    settings = _settings(db)

    def run():
        with open_store(settings.database_url) as store:
            return _progress_ingest(lambda cb: load_parquet(directory, store, cb, settings.batch_size),
                                    "load-parquet")

    summary = _run(run)
    _report(summary, "Stored")
    if summary.failures:
        raise typer.Exit(1)
