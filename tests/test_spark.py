"""The Spark runner on local[2]: the same events as a local run, failures reported, tables by date, and
load-parquet storing what ingest stores."""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib import resources
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.ingest import Failure, read_inputs
from accord.records import Article
from accord.service import ingest, load_parquet
from accord.store import Store
from test_scale import store_contents

pytestmark = pytest.mark.slow  # real processes, servers, browsers or Spark

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17+ on the PATH", allow_module_level=True)

GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Außenminister "
          "sagte, man werde die Lage weiter genau beobachten und mit den Partnern in der Europäischen Union "
          "über weitere Schritte beraten.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled sample articles, one of them twice, a malformed line and a German article, as JSONL."""
    sample = resources.files("accord.data").joinpath("sample", "articles.jsonl").read_text(encoding="utf-8")
    lines = sample.strip().splitlines()
    extra = ['{"id": "broken", "text": ', json.dumps({"id": "de1", "text": GERMAN, "date": "2019-02-04"}),
             lines[3]]
    path = tmp_path_factory.mktemp("spark-in") / "news.jsonl"
    path.write_text("\n".join(lines + extra) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_run(corpus, tmp_path_factory):
    """`accord spark-ingest` of the corpus on local[2]; its output folder and what it printed."""
    out = tmp_path_factory.mktemp("spark-out") / "tables"
    result = CliRunner().invoke(app, ["spark-ingest", str(corpus), str(out), "--master", "local[2]"])
    return out, result


@pytest.fixture(scope="module")
def local_events(pipeline, corpus) -> dict[str, list]:
    """The events of a local run (Pipeline.process) on the same input, by document content hash."""
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    return {c.article.content_hash: c.events for c in pipeline.process(articles)
            if not isinstance(c, Failure)}


def _table(path, name) -> list[dict]:
    return ds.dataset(path / name, format="parquet", partitioning="hive").to_table().to_pylist()


def test_spark_ingest_reports_documents_failures_and_model_loads(spark_run):
    out, result = spark_run
    assert result.exit_code == 1, result.output  # two inputs failed
    assert "Coded 34 documents" in result.output and "with Spark local[2]" in result.output
    assert "1 repeated; 2 failed" in result.output
    assert "model loaded 2 times" in result.output  # once per executor process, not per partition (8)
    assert "malformed JSON" in result.output and "language detected as 'de'" in result.output


def test_spark_events_equal_the_local_run(spark_run, local_events):
    out, _ = spark_run
    spark_events: dict[str, list] = {}
    for row in _table(out, "events"):
        spark_events.setdefault(row.pop("content_hash"), []).append(row)
    local = {h: [e.to_dict() for e in events] for h, events in local_events.items() if events}
    assert sum(map(len, local.values())) > 150
    assert spark_events.keys() == local.keys()
    for content_hash, rows in spark_events.items():
        for row in rows:
            row.pop("date")
            row["event_date"] = row["event_date"].isoformat() if row["event_date"] else None
        key = lambda e: (e["sentence_index"], e["verb_start"] or 0, e["source"], e["target"], e["code"])  # noqa: E731
        assert sorted(rows, key=key) == sorted(local[content_hash], key=key)


def test_spark_tables_are_partitioned_by_publication_date(spark_run, corpus):
    out, _ = spark_run
    dates = {f"date={json.loads(line)['date']}" for line in corpus.read_text(encoding="utf-8").splitlines()[:34]}
    tables = ("documents", "events", "claims", "quotes", "commitments")
    folders = {t: {p.name for p in (out / t).iterdir() if p.is_dir()} for t in tables}
    assert folders["documents"] == dates
    for table in tables[1:]:
        assert folders[table] and folders[table] <= dates, table
    documents = _table(out, "documents")
    assert len(documents) == 34 and all(d["sentences"] for d in documents)


def test_spark_commitments_table_holds_the_ledger_the_store_builds(spark_run, sample_db):
    out, _ = spark_run
    from accord.store.ledger import commitments

    with Store(sample_db) as store:
        stored = commitments(store)
    written = _table(out, "commitments")
    key = lambda c: (c["promisor"], c["action"], c["sentence"])  # noqa: E731
    assert len(written) == len(stored) > 5
    assert sorted((key(c), c["status"], c["evidence_count"]) for c in written) == sorted(
        (key(c), c["status"], c["evidence_count"]) for c in stored)
    chained = [c for c in written if c["evidence"]]
    assert chained and all(e["content_hash"] and e["sentence"] for c in chained for e in c["evidence"])


def test_spark_load_parquet_stores_what_ingest_stores(spark_run, corpus, pipeline, tmp_path):
    out, _ = spark_run
    local_url, loaded_url = f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'loaded.db'}"
    with Store(local_url) as store:
        ingest([corpus], store, pipeline)
    result = CliRunner().invoke(app, ["load-parquet", str(out), "--db", loaded_url])
    assert result.exit_code == 0, result.output
    assert "Stored 34 documents" in result.output
    # source: file:line locally, the file and record id under Spark. coder_version is compared: an executor
    # that computed another digest would make `accord recode` re-code documents that did not change
    skip = ("source",)
    assert store_contents(loaded_url, skip) == store_contents(local_url, skip)


def test_spark_load_parquet_twice_stores_nothing_the_second_time(spark_run, tmp_path):
    out, _ = spark_run
    with Store(f"sqlite:///{tmp_path / 'twice.db'}") as store:
        first = load_parquet(out, store)
        second = load_parquet(out, store)
    assert (first.stored, second.stored, second.duplicates) == (34, 0, 34)


def test_spark_load_parquet_without_tables_fails_with_one_line(tmp_path):
    result = CliRunner().invoke(app, ["load-parquet", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 1
    assert "no documents table here" in result.output


def test_spark_submit_runs_the_entry_point_with_the_master_it_was_given(corpus, tmp_path):
    """As on a cluster: `spark-submit --master ... accord/spark/__main__.py INPUT OUTPUT`, the master from Spark."""
    import subprocess

    import accord.spark

    # pyspark installs spark-submit beside this Python, which a run of the venv's python without activating it
    # (make test, CI) does not put on the PATH: look there, and let the script find that Python the same way
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]),
           "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    submit = shutil.which("spark-submit", path=env["PATH"])
    if submit is None:
        pytest.skip("spark-submit (installed with pyspark) is neither beside this Python nor on the PATH")
    head = tmp_path / "head.jsonl"
    head.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    entry = Path(accord.spark.__file__).with_name("__main__.py")
    done = subprocess.run([submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                           "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.driver.host=127.0.0.1",
                           str(entry), str(head), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Coded 4 documents" in done.stdout and "with Spark local[2]" in done.stdout
    assert len(_table(tmp_path / "out", "documents")) == 4
