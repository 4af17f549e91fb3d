"""Code corpora beyond one machine with Spark: read JSONL, Parquet or text files, code each partition with the
same pipeline as `accord ingest` (the model loaded once per executor process), write Parquet tables by date.

Needs pyspark (pip install 'accord-events[spark]') and Java 17+. Paths are anything Spark reads: local, hdfs://,
s3a:// (with the hadoop-aws package on the classpath).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..config import Settings, get_settings
from ..errors import AccordError, InputError
from ..ingest import JSONL_SUFFIXES, TEXT_SUFFIXES, Defaults, Failure, _article, read_text
from ..pipeline import Pipeline
from . import tables

logger = logging.getLogger(__name__)

FORMATS = ("jsonl", "parquet", "text")
OUT_BATCH = 64  # coded documents per Arrow batch handed back to Spark


@dataclass
class SparkSummary:
    """What a Spark run wrote."""

    output: str
    documents: int = 0
    words: int = 0
    events: int = 0
    asserted: int = 0
    duplicates: int = 0
    commitments: int = 0
    model_loads: int = 0
    seconds: float = 0.0
    tables: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    failure_count: int = 0


def session(master: str | None = None, app_name: str = "accord"):
    """A SparkSession. With a `local[N]` master: Spark UI off, driver on 127.0.0.1, executors on this Python;
    with none, whatever spark-submit configured."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise AccordError("the Spark runner needs pyspark: pip install 'accord-events[spark]'") from exc
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # the workers' Python is read from PYSPARK_PYTHON when the context starts (the config below serves
        # spark-submit only); without it they run whatever `python3` is on the PATH, which need not have accord
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.pyspark.python", sys.executable)
                   .config("spark.pyspark.driver.python", sys.executable))
    try:
        return builder.getOrCreate()
    except Exception as exc:  # py4j and the JVM launcher raise several kinds
        raise AccordError(f"Spark could not start ({_first_line(exc)}); it needs Java 17+ on the PATH "
                          f"or JAVA_HOME") from exc


def guess_format(path: str) -> str:
    """jsonl, parquet or text from a path's suffix, or from the files of a local folder."""
    names = [path]
    local = Path(path.removeprefix("file://"))
    if "://" not in path.removeprefix("file://") and local.is_dir():
        names = [p.name for p in local.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))][:100]
    for name in names:
        suffixes = [s.lower() for s in Path(name).suffixes if s.lower() != ".gz"]
        last = suffixes[-1] if suffixes else ""
        if last in JSONL_SUFFIXES:
            return "jsonl"
        if last == ".parquet":
            return "parquet"
        if last in TEXT_SUFFIXES:
            return "text"
    raise InputError(f"{path}: cannot tell the input format from its name; give --format jsonl, parquet or text")


def spark_ingest(spark, source: str, output: str, settings: Settings | None = None, fmt: str | None = None,
                 defaults: Defaults | None = None, partitions: int | None = None,
                 overwrite: bool = False) -> SparkSummary:
    """Code every document of `source` and write the tables documents, failures, events, claims, quotes and
    commitments (the ledger built from every claim of the run) under `output`, partitioned by date.

    Inputs are parsed as `accord ingest` parses them, then spread over `partitions` (default: 4 per core of the
    cluster) by content, which also drops repeated documents; each partition is coded by one `Pipeline.process`
    stream. A table is written whole or not at all (Spark's commit protocol), so a failed run keeps the tables
    finished before it."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    settings = settings or get_settings()
    defaults = defaults or Defaults()
    fmt = fmt or guess_format(source)
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    start = time.perf_counter()
    summary = SparkSummary(output)
    out = output.rstrip("/")
    mode = "overwrite" if overwrite else "errorifexists"
    n_parts = partitions or 4 * spark.sparkContext.defaultParallelism
    loads = spark.sparkContext.accumulator(0)
    failed = F.col("failure").isNotNull()
    with _spark_errors(source, output, summary):
        parsed = _read(spark, source, fmt).mapInArrow(partial(_parse_batches, fmt, defaults),
                                                      from_arrow_schema(tables.PARSED))
        parsed.persist(StorageLevel.MEMORY_AND_DISK)
        articles = (parsed.where(~failed).drop("failure")
                    .repartition(n_parts, "content_hash").dropDuplicates(["content_hash"]))
        coded = articles.mapInArrow(partial(_code_batches, settings.model_dump_json(), loads),
                                    from_arrow_schema(tables.CODED))
        coded.persist(StorageLevel.MEMORY_AND_DISK)
        documents = coded.where(~failed).drop("failure")
        documents.repartition("date").write.mode(mode).partitionBy("date").parquet(f"{out}/documents")
        summary.tables.append("documents")
        (parsed.where(failed).select("source", F.col("failure").alias("message"))
         .unionByName(coded.where(failed).select("source", F.col("failure").alias("message")))
         .coalesce(1).write.mode(mode).parquet(f"{out}/failures"))
        summary.tables.append("failures")

        read, unread = parsed.agg(F.count(F.when(~failed, 1)), F.count("failure")).first()
        docs, words, events = documents.agg(F.count(F.lit(1)), F.sum("n_words"), F.sum(F.size("events"))).first()
        summary.documents, summary.words, summary.events = docs, words or 0, events or 0
        summary.asserted = (documents.select(F.explode("events").alias("e"))
                            .where(F.col("e.factuality") == "asserted").count())
        fails = spark.read.parquet(f"{out}/failures")
        summary.failure_count = fails.count()
        summary.failures = [Failure(r["source"], r["message"]) for r in fails.limit(50).collect()]
        summary.duplicates = read - summary.documents - (summary.failure_count - unread)
        parsed.unpersist()

        flat = {}
        for table in tables.FLAT_TABLES:  # from the coded documents kept in memory, not read back file by file
            if table in tables.RECORD_LISTS and summary.documents:
                fields = [F.col(f"r.{name}").alias(column) for name, column in tables.flat_columns(table).items()]
                flat[table] = (documents.select("content_hash", "date", F.explode(table).alias("r"))
                               .select("content_hash", "date", *fields))
                flat[table].repartition("date").write.mode(mode).partitionBy("date").parquet(f"{out}/{table}")
                summary.tables.append(table)
        if "claims" in flat:
            summary.commitments = _write_ledger(spark, flat["claims"], f"{out}/commitments", mode)
            summary.tables.append("commitments")
        coded.unpersist()
    summary.model_loads = loads.value
    summary.seconds = time.perf_counter() - start
    return summary


def _write_ledger(spark, claims, path: str, mode: str) -> int:
    """The commitments ledger of every claim of the run (rows of the `claims` table), built on the driver as the
    SQL store builds it, written to `path` by the publication date of the document each promise was made in;
    how many commitments."""
    from ..coding.dictionary import load_codebook
    from ..commitments import build_ledger

    rows = [r.asDict(recursive=True) for r in claims.collect()]
    claims, documents = tables.claims_from_rows(rows)
    ledger = build_ledger(claims)
    plover = {code: row.plover for code, row in load_codebook().codes.items()}
    table = tables.commitments_table(ledger, documents, plover)
    spark.createDataFrame(table).repartition("date").write.mode(mode).partitionBy("date").parquet(path)
    return len(ledger)


def _read(spark, source: str, fmt: str):
    """The input as a DataFrame with the path of each row's file in `_file`."""
    from pyspark.sql import functions as F

    if fmt == "parquet":
        df = spark.read.parquet(source)
    else:
        df = spark.read.text(source, wholetext=fmt == "text")
    return df.select("*", F.col("_metadata.file_path").alias("_file"))


def _parse_batches(fmt: str, defaults: Defaults, batches) -> Iterator:
    """Executor side: input rows to article rows, or rows with `failure` set, as `accord ingest` reads them."""
    import pyarrow as pa

    for batch in batches:
        rows = []
        for row in batch.to_pylist():
            item = _parse_row(fmt, row, defaults)
            if isinstance(item, Failure):
                rows.append({"source": item.source, "failure": item.message})
            elif item is not None:
                rows.append(tables.article_row(item))
        yield pa.RecordBatch.from_pylist(rows, schema=tables.PARSED)


def _parse_row(fmt: str, row: dict, defaults: Defaults):
    name = row.pop("_file")
    try:
        if fmt == "text":
            return read_text(row["value"], name, defaults)
        if fmt == "parquet":
            return _article(row, name, defaults)
        line = row["value"]
        if not line.strip():
            return None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            return Failure(name, f"malformed JSON ({exc.msg} at column {exc.colno}) in the line {line[:60]!r}")
        if not isinstance(record, dict):
            return Failure(name, f"expected a JSON object with a 'text' field, not the line {line[:60]!r}")
        where = f"{name}#{record['id']}" if record.get("id") not in (None, "") else name
        return _article(record, where, defaults)
    except InputError as exc:
        return Failure(name, str(exc).split(": ", 1)[-1])


_PIPELINES: dict[str, Pipeline] = {}


def _executor_pipeline(settings_json: str) -> tuple[Pipeline, bool]:
    """The pipeline of this executor process, loaded on its first task; and whether it was loaded now."""
    if settings_json in _PIPELINES:
        return _PIPELINES[settings_json], False
    settings = Settings.model_validate_json(settings_json)
    settings.workers = 1  # Spark runs one task per core
    pipeline = Pipeline(settings)
    pipeline.coder  # noqa: B018 - load the model and dictionaries now
    _PIPELINES[settings_json] = pipeline
    return pipeline, True


def _code_batches(settings_json: str, loads, batches) -> Iterator:
    """Executor side: one partition's articles through Pipeline.process, as `documents` rows (or failures)."""
    import pyarrow as pa

    pipeline, loaded = _executor_pipeline(settings_json)
    if loaded:
        loads.add(1)

    def articles():
        for batch in batches:
            for row in batch.to_pylist():
                yield tables.article_from_row(row)

    rows = []
    for result in pipeline.process(articles()):
        if isinstance(result, Failure):
            rows.append({"source": result.source, "failure": result.message})
        else:
            rows.append(tables.document_row(result, pipeline.version))
        if len(rows) >= OUT_BATCH:
            yield pa.RecordBatch.from_pylist(rows, schema=tables.CODED)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=tables.CODED)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return type(exc).__name__


@contextmanager
def _spark_errors(source: str, output: str, summary: SparkSummary):
    """Spark's and py4j's errors as AccordErrors of one line, naming the input or output and what was kept."""
    try:
        yield
    except AccordError:
        raise
    except Exception as exc:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if not isinstance(exc, (PySparkException, Py4JError)):
            raise
        text = str(exc)
        kept = (f"; the tables finished before are complete and kept: {', '.join(summary.tables)}"
                if summary.tables else "")
        if "PATH_NOT_FOUND" in text or "Path does not exist" in text:
            raise InputError(f"{source}: no such file or folder") from exc
        if "PATH_ALREADY_EXISTS" in text or "already exists" in text:
            raise AccordError(f"{output}: already exists; choose another OUTPUT or pass --overwrite") from exc
        if "No space left on device" in text:
            raise AccordError(f"{output}: no space left on device (in OUTPUT or in Spark's scratch folder, "
                              f"spark.local.dir){kept}") from exc
        raise AccordError(f"the Spark job failed: {_first_line(exc)}{kept}") from exc
