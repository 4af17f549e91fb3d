"""The bad-input corpus (tests/bad_inputs.py): each bad input gives one line naming it, the rest go in, and the
stored tables are those of a run over the same folder without the bad inputs."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from typer.testing import CliRunner

from accord.cli import app
from accord.ingest import Defaults, Failure, Limits, read_stdin
from accord.pipeline import Pipeline
from accord.records import Article
from accord.service import UNDATED, ingest
from accord.store import Store
from bad_inputs import PNG, SETTINGS, STORIES, write_corpus

ROOT = Path(__file__).resolve().parent.parent
RUN_TABLES = {"runs"}  # one row per run, with its time, settings and counts: differs between runs by design


@pytest.fixture(scope="module")
def limited(pipeline) -> Pipeline:
    """The shared pipeline (its models loaded once) with the corpus's scaled-down limits."""
    p = Pipeline(pipeline.settings.model_copy(update=SETTINGS))
    p.__dict__.update(nlp=pipeline.nlp, coder=pipeline.coder)
    return p


def _tables(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table but the runs, in a stable order."""
    out = {}
    with store.engine.connect() as conn:
        names = sorted(set(inspect(conn).get_table_names()) - RUN_TABLES)
        for name in names:
            rows = conn.execute(select(text("*")).select_from(text(f'"{name}"'))).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def _run(folder: Path, db: Path, pipeline: Pipeline, extra: list[str] = ()) -> tuple:
    failures, warnings = [], []
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with Store(f"sqlite:///{db}") as store:
            summary = ingest([".", *extra], store, pipeline, Defaults(), None, failures.append, warnings.append)
            tables = _tables(store)
    finally:
        os.chdir(cwd)
    return summary, [str(f) for f in failures], warnings, tables


def test_bad_inputs_each_give_one_line_and_the_tables_of_a_clean_run(tmp_path, limited):
    cases = write_corpus(tmp_path / "bad", tmp_path / "clean")
    bad_summary, lines, warnings, bad_tables = _run(tmp_path / "bad", tmp_path / "bad.db", limited, ["missing.txt"])
    clean_summary, clean_lines, _, clean_tables = _run(tmp_path / "clean", tmp_path / "clean.db", limited)

    assert clean_lines == [] and clean_summary.stored >= 15
    assert len(cases) >= 30
    for case in cases:
        mine = [line for line in lines if line.startswith(f"{case.name}: ")]
        assert len(mine) == 1, (case, mine)
        assert case.expect in mine[0] and "\n" not in mine[0], (case, mine)
    assert [line for line in lines if line.startswith("missing.txt: ")] == ["missing.txt: no such file or folder"]
    assert len(lines) == len(cases) + 1 == bad_summary.failed
    assert bad_summary.stored == clean_summary.stored
    assert set(bad_tables) >= {"documents", "events", "sentences", "mentions"}
    assert bad_tables["documents"] and bad_tables["events"]
    for name, rows in clean_tables.items():
        assert bad_tables[name] == rows, name
    assert {w.source for w in warnings} >= {"undated.txt", "encodings/latin1.txt"}
    assert all(w.message == UNDATED for w in warnings)


def test_bad_inputs_odd_encodings_store_the_text_of_their_utf8_twins(tmp_path, limited):
    write_corpus(tmp_path / "bad", tmp_path / "clean")
    *_, tables = _run(tmp_path / "bad", tmp_path / "bad.db", limited)
    texts = {row[-1] for row in tables["sentences"]}
    assert any("Évora" in t for t in texts)
    assert any("Japan pledged 40 million dollars" in t and "Friday" in t for t in texts)


def test_bad_inputs_csv_gz_is_read_as_csv(tmp_path):
    from accord.ingest import read_inputs

    rows = "id,text,date\n1,Chile thanked Peru.,2019-01-02\n2,Peru thanked Chile.,2019-01-03\n"
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(rows.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Chile thanked Peru."}\n'))
    out = list(read_inputs([tmp_path / "a.csv.gz", tmp_path / "b.jsonl.gz"]))
    assert [a.text for a in out] == ["Chile thanked Peru.", "Peru thanked Chile.", "Chile thanked Peru."]


@pytest.mark.parametrize(("data", "expected"), [
    (PNG, "<stdin>: looks like a binary file (a PNG image)"),
    (b"", "<stdin>: the file is empty"),
    (b'{"text": "Chile thanked Peru."}\n{"text": broken\n', "<stdin>:2: malformed JSON"),
    (gzip.compress(b'{"text": "Chile thanked Peru."}\n[1]\n'), "<stdin>:2: expected a JSON object"),
], ids=["png", "empty", "jsonl", "gzip-jsonl"])
def test_bad_inputs_stdin_gives_one_line(data, expected):
    out = list(read_stdin(Defaults(), io.BytesIO(data)))
    failures = [str(f) for f in out if isinstance(f, Failure)]
    assert len(failures) == 1 and failures[0].startswith(expected)
    assert all(a.text == "Chile thanked Peru." for a in out if isinstance(a, Article))


def test_bad_inputs_stdin_text_is_read_up_to_the_document_limit():
    limits = Limits(file_bytes=1024 * 1024)
    [article] = read_stdin(Defaults(), io.BytesIO(b"Plain words from a pipe."), limits)
    assert article.text == "Plain words from a pipe."
    [failure] = read_stdin(Defaults(), io.BytesIO(b"Peace talks. " * 100_000), limits)
    assert "over the 1 MB limit of one document" in failure.message


def test_bad_inputs_failures_stream_without_being_kept(tmp_path, limited):
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b"{broken\n" * 5000 + json.dumps({"text": STORIES[0][1], "date": "2019-01-01"}).encode())
    seen = []
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        summary = ingest([f], store, limited, on_failure=seen.append)
    assert summary.failed == len(seen) == 5000 and summary.stored == 1
    assert len(summary.failures) == 100 and seen[-1].line == 5000


def test_bad_inputs_cli_writes_failures_as_jsonl_and_warns_of_no_date(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"text": STORIES[1][1], "date": "2019-02-01"}) + "\n{oops\n",
                                    encoding="utf-8")
    (folder / "b.png").write_bytes(PNG)
    (folder / "c.txt").write_text(STORIES[2][1], encoding="utf-8")
    out = tmp_path / "failures.jsonl"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                                      "--workers", "1", "--failures", str(out)])
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {"input": str(folder / "a.jsonl"), "line": 2, "reason": "malformed JSON (Expecting property name "
                                                                  "enclosed in double quotes at column 2)"},
        {"input": str(folder / "b.png"), "line": None, "reason": "looks like a binary file (a PNG image), not "
                                                                  "text; give .txt, .html, .jsonl or .csv"}]
    lines = result.stderr.splitlines()
    assert f"✗ {folder / 'a.jsonl'}:2: malformed JSON (Expecting property name enclosed in double quotes at " \
           f"column 2)" in lines
    assert f"! {folder / 'c.txt'}: {UNDATED}" in lines
    assert "Stored 2 documents" in result.stdout and "2 failed; 1 document without a date." in result.stdout


def test_bad_inputs_long_document_reports_progress_by_piece(limited):
    seen = []
    limited.on_piece = lambda article, done, total: seen.append((article.source, done, total))
    text = " ".join(f"{STORIES[n % 6][1]}\n\n" for n in range(250))
    try:
        [coded] = list(limited.process([Article(text=text, source="long.txt")]))
    finally:
        limited.on_piece = None
    assert coded.article.source == "long.txt" and len(seen) >= 2
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    assert seen[-1][1] == seen[-1][2] and {s for s, _, _ in seen} == {"long.txt"}


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_bad_inputs_ctrl_c_keeps_what_was_stored(tmp_path, workers):
    """A real `accord ingest` process and a real SIGINT: the batches stored are kept, one line says so, the same
    command run again stores the rest."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_jsonl

    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, 600, seed=3)
    db = tmp_path / "c.db"
    accord = str(Path(sys.executable).parent / "accord")
    command = [accord, "ingest", str(corpus), "--db", f"sqlite:///{db}", "--workers", str(workers)]
    env = {**os.environ, "ACCORD_BATCH_SIZE": "16"}
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 240
    stored = 0
    while stored < 32 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        stored = _documents(db)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, (out, err)
    [line] = [ln for ln in err.splitlines() if "interrupted" in ln]
    kept = _documents(db)
    assert kept >= stored and f"with {kept:,} documents stored, which are kept" in line, (line, kept, stored)
    assert "Traceback" not in err
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert again.returncode == 0, again.stderr
    assert f"{kept:,} already stored" in again.stdout
    assert _documents(db) == 600


def _documents(db: Path) -> int:
    """Documents in a SQLite file another process writes, read without opening it as a Store (0 before the
    table is there)."""
    if not db.exists():
        return 0
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as conn:
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
