"""Scale: parallel ingest stores what one process stores, memory stays bounded, runs resume, and bad input at
scale (a corrupt file among thousands, a killed worker, a full disk) is reported without losing anything."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import logging
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from accord.records import Article
from accord.service import ingest
from accord.store import Store

pytestmark = pytest.mark.slow  # real processes, servers, browsers or Spark

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def _load_corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus_module()


def store_contents(url: str, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of the documents and of each table belonging to a document, with the document's content hash
    in place of ids, sorted: two stores holding the same codings compare equal whatever their ids."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    meta.reflect(engine)
    docs = meta.tables["documents"]
    ignored = {"id", "document_id", "run_id", *skip}
    out = {}
    with engine.connect() as conn:
        out["documents"] = sorted(tuple(map(repr, r)) for r in conn.execute(
            sa.select(*[c for c in docs.c if c.name not in ignored])))
        for name, table in meta.tables.items():
            if "document_id" in table.c and name not in ("commitments", "evidence"):
                cols = [c for c in table.c if c.name not in ignored]
                rows = conn.execute(sa.select(docs.c.content_hash, *cols)
                                    .join(docs, docs.c.id == table.c.document_id))
                out[name] = sorted(tuple(map(repr, r)) for r in rows)
    engine.dispose()
    return out


def _write_jsonl(path, records) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return str(path)


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> str:
    """200 generated news articles (bench/corpus.py, seed 7) as JSONL."""
    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    return _write_jsonl(path, corpus.generate(docs=200, seed=7))


@pytest.fixture(scope="module")
def one_worker(pipeline, news, tmp_path_factory) -> str:
    """The generated articles ingested by one process; the database URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('one') / 'one.db'}"
    with Store(url) as store:
        summary = ingest([news], store, pipeline)
    assert summary.stored == 200 and not summary.failures
    return url


@pytest.fixture
def two_workers(pipeline, monkeypatch):
    """The session pipeline set to two worker processes for one test."""
    monkeypatch.setattr(pipeline.settings, "workers", 2)
    return pipeline


def test_scale_two_workers_store_what_one_worker_stores(two_workers, news, one_worker, tmp_path):
    url = f"sqlite:///{tmp_path / 'two.db'}"
    seen = []
    with Store(url) as store:
        summary = ingest([news], store, two_workers, on_progress=lambda s: seen.append(
            len(multiprocessing.active_children())))
    assert summary.stored == 200 and not summary.failures
    assert max(seen) == 2  # spaCy's two worker processes did the parsing
    assert multiprocessing.active_children() == []
    two, one = store_contents(url), store_contents(one_worker)
    assert two["events"] and two["sentences"] and two["mentions"]
    assert two == one


def test_scale_killed_worker_is_replaced_and_no_document_is_lost(two_workers, news, one_worker, tmp_path,
                                                                   monkeypatch, caplog):
    monkeypatch.setattr(two_workers.settings, "batch_size", 8)
    killed = []

    def kill_one_worker(summary):
        if not killed:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    url = f"sqlite:///{tmp_path / 'killed.db'}"
    with caplog.at_level(logging.WARNING, logger="accord.pipeline"), Store(url) as store:
        summary = ingest([news], store, two_workers, on_progress=kill_one_worker)
    assert killed
    assert "a worker process died" in caplog.text
    assert summary.stored == 200 and not summary.failures
    assert multiprocessing.active_children() == []
    assert store_contents(url) == store_contents(one_worker)


def test_scale_pipeline_reads_a_bounded_number_of_articles_ahead(two_workers):
    pulled = itertools.count()

    def endless():
        for n in itertools.count():
            next(pulled)
            yield Article(text=f"Japan imposed sanctions on Russia on Monday, the {n}th time.", title=str(n))

    results = two_workers.process(endless())
    first = list(itertools.islice(results, 300))
    results.close()
    assert [r.article.title for r in first] == [str(n) for n in range(300)]
    assert next(pulled) < 300 + 8 * 32  # spaCy's read-ahead: a few batches per worker, not the input
    assert multiprocessing.active_children() == []


@pytest.fixture(scope="module")
def reuters_slice(tmp_path_factory) -> tuple[str, int]:
    """300 consecutive Reuters-21578 stories (from the 2,001st), as JSONL; and how many distinct ones."""
    if not REUTERS.exists():
        pytest.skip("../shared/corpora/reuters21578.jsonl.gz is not beside the checkout")
    with gzip.open(REUTERS, "rt", encoding="utf-8") as fh:
        stories = [json.loads(line) for line in itertools.islice(fh, 2000, 2300)]
    distinct = len({Article(text=s["text"], title=s["title"]).content_hash for s in stories})
    return _write_jsonl(tmp_path_factory.mktemp("reuters") / "slice.jsonl", stories), distinct


def test_scale_reuters_slice_interrupted_then_resumed_stores_every_story(two_workers, reuters_slice, tmp_path):
    path, distinct = reuters_slice

    def interrupt(summary):
        if summary.stored >= 100:
            raise KeyboardInterrupt

    url = f"sqlite:///{tmp_path / 'reuters.db'}"
    with Store(url) as store:
        stopped = ingest([path], store, two_workers, on_progress=interrupt)
        assert stopped.interrupted  # a Ctrl+C ends the run with what was stored, not with an exception
        kept = store.stats()["documents"]
        assert kept >= 100 and multiprocessing.active_children() == []
        summary = ingest([path], store, two_workers)
        stats = store.stats()
    assert not summary.failures
    assert summary.duplicates == 300 - summary.stored >= kept
    assert stats["documents"] == distinct == kept + summary.stored
    assert summary.words > 20_000 and summary.events > 0
    assert set(summary.factuality) <= {"asserted", "negated", "hypothetical", "future", "modal", "called_off",
                                       "disputed"}
    assert "events per 1,000 words" in summary.details()


def test_scale_corrupt_files_among_thousands_are_reported_and_the_rest_stored(two_workers, tmp_path):
    gen = corpus.Generator(seed=11)
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(2000):
        article = gen.article(n)
        lead = article["text"].split("\n\n")[0]
        (folder / f"{n:05d}.txt").write_text(f"{article['title']}\n\n{lead}\n", encoding="utf-8")
    (folder / "00500-corrupt.txt").write_bytes(b"\x00\x01\x02 not text " * 50)
    (folder / "01000-truncated.txt.gz").write_bytes(gzip.compress(b"Iran protested." * 40)[:30])
    (folder / "01500-empty.txt").write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'wire.db'}"
    with Store(url) as store:
        summary = ingest([folder], store, two_workers)
        stored = store.stats()["documents"]
    assert sorted(os.path.basename(f.source) for f in summary.failures) == [
        "00500-corrupt.txt", "01000-truncated.txt.gz", "01500-empty.txt"]
    assert summary.stored == stored == 2000


FULL_DISK = textwrap.dedent("""
    import json, subprocess, sys
    from accord.config import Settings
    from accord.pipeline import Pipeline
    from accord.service import ingest
    from accord.store import Store

    mount, news = sys.argv[1], sys.argv[2]
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mount], check=True)
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=1, batch_size=8))
    url = f"sqlite:///{mount}/accord.db"
    with Store(url) as store:
        first = ingest([news], store, pipeline)
        kept = store.stats()["documents"]
        integrity = store.engine.connect().exec_driver_sql("PRAGMA integrity_check").scalar()
    subprocess.run(["mount", "-o", "remount,size=16m", mount], check=True)
    with Store(url) as store:
        second = ingest([news], store, pipeline)
        total = store.stats()["documents"]
    print(json.dumps({"first": first.stored, "failures": [str(f) for f in first.failures], "kept": kept,
                      "integrity": integrity, "second": second.stored, "total": total}))
""")


def test_scale_full_disk_stops_the_run_keeps_what_was_stored_and_resumes(news, tmp_path):
    """A real full disk: a 400 KB tmpfs in a private mount namespace (unshare), grown after the first run."""
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "true"], capture_output=True) \
        if unshare else None
    if probe is None or probe.returncode != 0:
        pytest.skip("unshare --user --mount is not permitted here, so no small filesystem can be mounted")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run([unshare, "--user", "--map-root-user", "--mount", sys.executable, "-c", FULL_DISK,
                           str(mount), news], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < result["first"] < 200
    [failure] = result["failures"]
    assert "database or disk is full" in failure and f"stopped with {result['first']} documents stored" in failure
    assert result["kept"] == result["first"] and result["integrity"] == "ok"
    assert result["total"] == 200 == result["first"] + result["second"]


def test_scale_generated_corpus_is_seeded_and_never_repeats_a_text():
    a, b = corpus.Generator(seed=5), corpus.Generator(seed=6)
    texts = [a.article(n)["text"] for n in range(3000)]
    assert len(set(texts)) == 3000
    assert a.article(42) == corpus.Generator(seed=5).article(42)
    assert b.article(42)["text"] != texts[42]
    assert 50 < sum(len(t.split()) for t in texts) / 3000 < 600


def test_scale_document_a_worker_dies_on_is_reported_and_the_rest_stored(two_workers, monkeypatch, tmp_path):
    """A document that kills the process coding it (as a crash or the out-of-memory killer would), every time: it alone
    is reported, after the tasks around it are narrowed down; every other document is stored."""
    from accord.pipeline import Pipeline

    if threading.active_count() > 1:
        pytest.skip("workers are spawned, not forked, when other threads run: the fault cannot be planted")
    code = Pipeline._code

    def crash_on_marker(self, article, docs):
        if "zqx-crash-marker" in article.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return code(self, article, docs)

    monkeypatch.setattr(Pipeline, "_code", crash_on_marker)
    gen = corpus.Generator(seed=3)
    records = [gen.article(n) for n in range(120)]
    records[70]["text"] += "\n\nzqx-crash-marker"
    path = _write_jsonl(tmp_path / "crash.jsonl", records)
    with Store(f"sqlite:///{tmp_path / 'crash.db'}") as store:
        summary = ingest([path], store, two_workers)
        stored = store.stats()["documents"]
    [failure] = summary.failures
    assert failure.source.endswith("crash.jsonl:71") and "died twice while coding it" in failure.message
    assert summary.stored == stored == 119
    assert multiprocessing.active_children() == []
