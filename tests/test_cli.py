"""The `accord` command through CliRunner on real SQLite files, and a few runs of the installed executable."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.export import GDELT_COLUMNS
from accord.service import PREDICTION_FIELDS
from accord.store import EventFilter, Store
from conftest import accord_exe

runner = CliRunner()

RUSSIA = ("Russia accused Ukraine of shelling a border village. The village lies near the border, said "
          "Olena Brovko of the Kharkiv Monitoring Group.")
IRAN = ("Iran threatened the United States with retaliation. Iran did not attack the United States.\n\n"
        "The United States accused Iran of attacking tankers.")
JAPAN = "Japan restricted exports to South Korea. South Korea protested to Japan."
INDIA = ("The foreign ministers of China and India met in Beijing on Thursday and agreed to cooperate on "
         "border security.")
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Außenminister "
          "sagte, man werde die Gespräche mit der Ukraine fortsetzen und die Zusammenarbeit mit den Partnern "
          "verstärken.")


def run(*args, input=None):
    """Invoke the app; an exception other than a deliberate exit fails the test with its own traceback."""
    result = runner.invoke(app, [str(a) for a in args], input=input, env={"COLUMNS": "200"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def stderr_lines(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def write_good(folder: Path) -> Path:
    """A txt (no date), a two-record jsonl (dated) and an html page (dated in its meta)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "japan.txt").write_text(f"Trade Dispute\n\n{JAPAN}\n", encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "r1", "text": RUSSIA, "date": "2019-03-02", "outlet": "Kyiv Wire"}) + "\n"
        + json.dumps({"id": "r2", "text": IRAN, "date": "2019-05-10"}) + "\n", encoding="utf-8")
    body = " ".join([INDIA] * 3)
    (folder / "page.html").write_text(
        "<html><head><title>Ministers meet</title><meta name='date' content='2019-08-01'></head><body>"
        f"<nav>Home | World</nav><article><h1>Ministers meet</h1><p>{body}</p></article></body></html>",
        encoding="utf-8")
    return folder


def write_bad(folder: Path) -> dict[str, str]:
    """Inputs ingest must refuse, each with the words its one-line report should hold."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    return {"empty.txt": "the file is empty", "blob.bin": "binary file",
            "german.txt": "language detected as 'de'"}


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def all_events(url: str, factuality: str | None = "asserted") -> list[dict]:
    store = Store(url, create=False)
    try:
        return store.events(EventFilter(factuality=factuality))
    finally:
        store.close()


def stats(url: str) -> dict:
    store = Store(url, create=False)
    try:
        return store.stats()
    finally:
        store.close()


@pytest.fixture(autouse=True)
def no_user_database(tmp_path, monkeypatch):
    """Keep the per-user default database inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ACCORD_DATABASE_URL", raising=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> str:
    """A database filled by `accord ingest` from the good inputs, shared read-only by the module."""
    folder = write_good(tmp_path_factory.mktemp("inputs"))
    url = url_of(tmp_path_factory.mktemp("db") / "accord.db")
    result = run("ingest", folder, "--db", url, "--date", "2019-07-01", "--outlet", "Seoul Daily")
    assert result.exit_code == 0, result.output
    return url


# -- ingest ---------------------------------------------------------------------------------------------


def test_cli_ingest_reports_each_bad_input_and_stores_the_good(tmp_path, pipeline):
    folder = write_good(tmp_path / "in")
    bad = write_bad(folder)
    url = url_of(tmp_path / "a.db")
    result = run("ingest", folder, "--db", url, "--date", "2019-07-01")
    assert result.exit_code == 1
    lines = [ln for ln in stderr_lines(result) if ln.startswith("✗")]
    assert len(lines) == len(bad), result.stderr
    for name, words in bad.items():
        [line] = [ln for ln in lines if str(folder / name) in ln]
        assert words in line
    assert re.search(r"Stored 4 documents .*; 3 failed\.", flat(result.stdout))
    assert re.search(r"[\d.]+ events per 1,000 words; factuality: asserted \d+.*; \d+ names? resolved to no actor",
                     flat(result.stdout))
    texts = {e["sentence"].split(".")[0] for e in all_events(url, None)}
    assert {"Russia accused Ukraine of shelling a border village", "Japan restricted exports to South Korea",
            "Iran threatened the United States with retaliation"} <= texts
    assert stats(url)["documents"] == 4


def test_cli_ingest_twice_stores_nothing_the_second_time(tmp_path, pipeline):
    folder = write_good(tmp_path / "in")
    url = url_of(tmp_path / "a.db")
    assert run("ingest", folder, "--db", url).exit_code == 0
    before = stats(url)
    second = run("ingest", folder, "--db", url)
    assert second.exit_code == 0, second.output
    assert re.search(r"Stored 0 documents .* 4 already stored; 0 failed\.", flat(second.stdout))
    assert stats(url) == before


@pytest.mark.parametrize(("sentence", "published", "outlet"), [
    ("Japan restricted exports to South Korea", "2019-07-01", "Seoul Daily"),  # txt: both from the options
    ("Russia accused Ukraine of shelling a border village", "2019-03-02", "Kyiv Wire"),  # jsonl: its own
    ("Iran threatened the United States with retaliation", "2019-05-10", "Seoul Daily"),  # own date only
    ("The foreign ministers of China and India met", "2019-08-01", "Seoul Daily"),  # html: its meta date
])
def test_cli_ingest_date_and_outlet_fill_only_missing_values(db, sentence, published, outlet):
    rows = [e for e in all_events(db, None) if sentence in e["sentence"]]
    assert rows
    assert {(str(e["published"]), e["outlet"]) for e in rows} == {(published, outlet)}


def test_cli_ingest_bad_date_option_fails_with_one_line(tmp_path):
    result = run("ingest", tmp_path, "--db", url_of(tmp_path / "a.db"), "--date", "01/07/2019")
    assert result.exit_code == 1
    assert stderr_lines(result) == ["error: --date '01/07/2019' is not a date; use YYYY-MM-DD"]


# -- events ---------------------------------------------------------------------------------------------


def events_json(*args) -> list[dict]:
    result = run("events", *args, "--json", "--limit", "1000")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_cli_events_json_lines_parse_with_sentence_and_offsets(db):
    rows = events_json("--db", db, "--all")
    assert len(rows) == len(all_events(db, None))
    for r in rows:
        assert {"title", "outlet", "published", "event_date", "source_start", "verb_end"} <= set(r)
        assert r["source_text"] in r["sentence"] and r["verb_text"] in r["sentence"]
        assert r["code"].isdigit() and r["source_start"] < r["source_end"]


@pytest.mark.parametrize(("args", "keep"), [
    (["--actor", "irn"], lambda e: "IRN" in (e["source"][:3], e["target"][:3])),
    (["--source", "JPN"], lambda e: e["source"].startswith("JPN")),
    (["--target", "UKR"], lambda e: e["target"].startswith("UKR")),
    (["--dyad", "USA,IRN"], lambda e: {e["source"][:3], e["target"][:3]} == {"USA", "IRN"}),
    (["--dyad", "irn-usa"], lambda e: {e["source"][:3], e["target"][:3]} == {"USA", "IRN"}),
    (["--code", "11"], lambda e: e["code"].startswith("11")),
    (["--quad", "4"], lambda e: e["quad_class"] == 4),
    (["--from", "2019-04-01", "--to", "2019-06-30"],
     lambda e: "2019-04-01" <= e["event_date"] <= "2019-06-30"),
], ids=["actor", "source", "target", "dyad", "dyad-reversed", "code", "quad", "dates"])
def test_cli_events_filters_asserted_events(db, args, keep):
    everything = events_json("--db", db, "--all")
    expected = sorted(e["id"] for e in everything if e["factuality"] == "asserted" and keep(e))
    assert expected, "the fixture inputs should give a matching event"
    got = events_json("--db", db, *args)
    assert sorted(e["id"] for e in got) == expected
    assert len(got) < len(everything)


def test_cli_events_dyad_lists_both_directions(db):
    pairs = {(e["source"], e["target"]) for e in events_json("--db", db, "--dyad", "USA,IRN")}
    assert pairs == {("IRN", "USA"), ("USA", "IRN")}


def test_cli_events_all_adds_events_not_asserted(db):
    default = events_json("--db", db)
    everything = events_json("--db", db, "--all")
    assert {e["factuality"] for e in default} == {"asserted"}
    assert {e["factuality"] for e in everything} > {"asserted"}


def test_cli_events_table_shows_count_and_rows(db):
    result = run("events", "--db", db, "--limit", "3")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == "3 events"
    assert "source" in lines[1] and "factuality" in lines[1]
    first = events_json("--db", db, "--limit", "3")[0]
    assert any(first["source"] in ln and first["code"] in ln for ln in lines[3:-2])


@pytest.mark.parametrize("args", [["--dyad", "USA"], ["--from", "July 2019"]])
def test_cli_events_bad_filter_fails_with_one_line(db, args):
    result = run("events", "--db", db, *args)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith("error: ")


# -- export ---------------------------------------------------------------------------------------------


def export(db: str, fmt: str, out: Path, *more) -> None:
    result = run("export", "--db", db, "--format", fmt, "-o", out, *more)
    assert result.exit_code == 0, result.output
    n = len(all_events(db, None if "--all" in more else "asserted"))
    assert f"exported {n} events to {out}" in result.stderr


def test_cli_export_csv_has_header_and_one_row_per_asserted_event(db, tmp_path):
    out = tmp_path / "events.csv"
    export(db, "csv", out)
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = all_events(db)
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [(e["source"], e["target"], e["code"])
                                                                    for e in expected]
    assert {r["factuality"] for r in rows} == {"asserted"}


def test_cli_export_csv_to_stdout(db):
    result = run("export", "--db", db, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(all_events(db)) > 0


def test_cli_export_jsonl_all_includes_every_event(db, tmp_path):
    out = tmp_path / "events.jsonl"
    export(db, "jsonl", out, "--all")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in all_events(db, None))
    assert all(isinstance(r["factuality_cues"], list) for r in rows)


def test_cli_export_parquet_is_readable_with_factuality(db, tmp_path):
    out = tmp_path / "events.parquet"
    export(db, "parquet", out, "--all")
    table = pq.read_table(out)
    assert table.num_rows == len(all_events(db, None))
    assert {"factuality", "source", "target", "code", "sentence"} <= set(table.column_names)
    assert set(table.column("factuality").to_pylist()) > {"asserted"}


def test_cli_export_gdelt_rows_have_61_columns(db, tmp_path):
    out = tmp_path / "events.tsv"
    export(db, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    events = all_events(db)
    assert len(lines) == len(events) > 0
    for line, e in zip(lines, events, strict=True):
        fields = line.split("\t")
        assert len(fields) == 61
        row = dict(zip(GDELT_COLUMNS, fields, strict=True))
        assert (row["Actor1Code"], row["Actor2Code"]) == (e["source"], e["target"])
        assert row["EventCode"] == e["code"]
        assert row["SQLDATE"] == e["event_date"].strftime("%Y%m%d")
        assert row["EventRootCode"] == e["code"][:2]


@pytest.mark.parametrize(("n", "text"), [(0, "0 events"), (1, "1 event"), (2, "2 events"), (1204, "1,204 events")])
def test_cli_counts_agree_with_their_noun(n, text):
    from accord.cli import counted

    assert counted(n, "event") == text


def test_cli_export_gdelt_keeps_one_line_per_event_when_a_name_holds_line_breaks(db, tmp_path):
    from accord.export import write_events

    events = all_events(db)[:2]
    events[0]["target_text"] = 'Kim Jong Un.\n\nChief "spokeswoman"\tDana White'
    out = tmp_path / "events.tsv"
    write_events(events, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == 61 for line in lines)
    assert 'Kim Jong Un. Chief "spokeswoman" Dana White' in lines[0].split("\t")


def test_cli_export_unknown_format_fails_with_one_line(db, tmp_path):
    result = run("export", "--db", db, "--format", "xlsx", "-o", tmp_path / "x")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "error: unknown export format 'xlsx'; choose one of csv, jsonl, parquet, gdelt"]


# -- actors ---------------------------------------------------------------------------------------------


def test_cli_actors_json_counts_match_events(db):
    result = run("actors", "--db", db, "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    events = all_events(db, None)
    assert {"IRN", "USA", "RUS", "UKR", "JPN", "KOR"} <= {r["code"] for r in rows}
    for r in rows:
        assert r["as_source"] == sum(e["source"] == r["code"] for e in events), r
        assert r["as_target"] == sum(e["target"] == r["code"] for e in events), r


def test_cli_actors_table_lists_codes(db):
    result = run("actors", "--db", db)
    assert result.exit_code == 0
    assert re.search(r"\bIRN\b.*\bIran\b", result.stdout)


def test_cli_actors_unresolved_json_lists_names_by_count(db):
    result = run("actors", "--db", db, "--unresolved", "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) == {"text", "label", "count"} for r in rows)
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    assert any("Kharkiv Monitoring Group" in r["text"] for r in rows)


# -- recode ---------------------------------------------------------------------------------------------


@pytest.fixture
def db_copy(db, tmp_path) -> str:
    path = tmp_path / "copy.db"
    shutil.copy(db[len("sqlite:///"):], path)
    return url_of(path)


def test_cli_recode_all_keeps_the_event_count(db_copy):
    before = stats(db_copy)
    result = run("recode", "--db", db_copy, "--all")
    assert result.exit_code == 0, result.output
    assert flat(result.stdout).startswith(f"Recoded {before['documents']} documents")
    assert stats(db_copy) == before


def test_cli_recode_without_all_skips_current_documents(db_copy):
    before = all_events(db_copy, None)
    result = run("recode", "--db", db_copy)
    assert result.exit_code == 0, result.output
    assert flat(result.stdout).startswith("Recoded 0 documents")
    assert all_events(db_copy, None) == before


# -- code and evaluate ----------------------------------------------------------------------------------


@pytest.mark.parametrize("records", [
    {"one": IRAN},
    {"ru": RUSSIA, "jp": JAPAN},
], ids=["single-record", "two-records"])
def test_cli_code_writes_events_with_offsets_into_the_text(tmp_path, pipeline, records):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": v, "date": "2019-05-10"}) + "\n"
                           for k, v in records.items()), encoding="utf-8")
    out = tmp_path / "out" / "pred.jsonl"
    result = run("code", "--records", src, "--output", out)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    noun = "record" if len(records) == 1 else "records"
    assert f"coded {len(records)} {noun}: {len(rows)} events" in flat(result.stdout)
    assert {r["record_id"] for r in rows} == set(records)
    for r in rows:
        assert set(r) == {"record_id", *PREDICTION_FIELDS}
        assert isinstance(r["goldstein"], float) and r["quad_class"] in (1, 2, 3, 4)
        text = records[r["record_id"]]
        assert r["sentence"] in text
        for part in ("source", "verb", "target"):
            if r[f"{part}_start"] is not None:
                assert text[r[f"{part}_start"]:r[f"{part}_end"]] == r[f"{part}_text"], (part, r)


def test_cli_code_missing_records_file_fails(tmp_path):
    result = run("code", "--records", tmp_path / "nope.jsonl", "--output", tmp_path / "p.jsonl")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"error: {tmp_path / 'nope.jsonl'}: no such file"]


@pytest.fixture
def gold(tmp_path) -> Path:
    """Two records whose events the coder finds, and a third gold event it cannot find."""
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "date": "2019-03-02", "text": "Russia accused Ukraine of shelling a border village.",
         "events": [{"source": "RUS", "target": "UKR", "code": "1123"}]},
        {"id": "g2", "date": "2019-05-10", "text": "Iran threatened the United States with retaliation.",
         "events": [{"source": "IRN", "target": "USA", "code": "130"},
                    {"source": "USA", "target": "IRN", "code": "057"}],
         "not_events": [{"source": "IRN", "target": "USA", "code": "190"}]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_evaluate_prints_precision_recall_f1(gold, pipeline):
    result = run("evaluate", gold)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "gold.jsonl: 2 records, 3 gold events, 2 predicted" in out
    header = next(ln for ln in out.splitlines() if "F1" in ln)
    assert re.search(r"\bP\b.*\bR\b.*\bF1\b", header)
    # level, P, R, F1, tp, fp, fn
    assert re.search(r"strict\s*│\s*1\.000\s*│\s*0\.667\s*│\s*0\.800\s*│\s*2\s*│\s*0\s*│\s*1\b",
                     out)
    assert re.search(r"root\s*│\s*1\.000\s*│\s*0\.667\s*│\s*0\.800", out)
    assert "not-events predicted as realised: 0 of 1" in out


def test_cli_evaluate_json_scores(gold, pipeline):
    result = run("evaluate", gold, "--json")
    assert result.exit_code == 0, result.output
    res = json.loads(result.stdout)["gold.jsonl"]
    assert (res["strict"]["tp"], res["strict"]["fp"], res["strict"]["fn"]) == (2, 0, 1)
    assert res["strict"]["missed_by_root"] == {"05": 1}


# -- demo -----------------------------------------------------------------------------------------------


def test_cli_demo_stores_the_sample_corpus(tmp_path, pipeline):
    url = url_of(tmp_path / "demo.db")
    result = run("demo", "--no-serve", "--db", url)
    assert result.exit_code == 0, result.output
    stored = int(re.search(r"Stored (\d+) documents", result.stdout).group(1))
    assert stored >= 30
    assert stats(url)["documents"] == stored
    assert "Most active dyads" in result.stdout and f"database: {url}" in result.stdout


# -- errors ---------------------------------------------------------------------------------------------


COMMANDS = [["events"], ["actors"], ["export", "--format", "csv"], ["recode"], ["ingest", "-"]]


@pytest.mark.parametrize("url", ["nosuch://x", "not a url"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_cli_bad_db_url_fails_with_one_error_line(command, url):
    result = run(*command, "--db", url, input="Iran warned Israel.")
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith(f"error: {url}: ")


@pytest.mark.parametrize("command", COMMANDS[:4], ids=lambda c: c[0])
def test_cli_missing_sqlite_file_fails_clearly(tmp_path, command):
    path = tmp_path / "missing.db"
    result = run(*command, "--db", url_of(path))
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line == f"error: {url_of(path)}: no database here; run 'accord ingest' or 'accord demo' first"
    assert not path.exists()


def test_cli_demo_given_a_path_not_a_url_fails_with_one_line(tmp_path):
    path = tmp_path / "here" / "demo.db"
    result = run("demo", "--no-serve", "--db", path)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"error: {path}: not a database URL (e.g. sqlite:///accord.db)"]
    assert not (tmp_path / "here").exists()


@pytest.mark.parametrize("command", ["current", "upgrade", "check"])
def test_cli_db_on_a_file_that_is_not_a_database_fails_with_one_line(tmp_path, command):
    path = tmp_path / "notes.db"
    path.write_bytes(b"shopping list: bread, milk\n" * 200)
    before = path.read_bytes()
    result = run("db", command, "--db", url_of(path))
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"error: {url_of(path)}: database error: file is not a database"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", ["current", "upgrade", "check"])
def test_cli_db_on_an_unreachable_postgresql_server_fails_with_one_line(command):
    pytest.importorskip("psycopg")
    with socket.socket() as s:  # a port nothing listens on once this socket is closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://accord:secret@127.0.0.1:{port}/accord"
    result = run("db", command, "--db", url)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith(f"error: postgresql+psycopg://accord:***@127.0.0.1:{port}/accord: database error: ")
    assert "secret" not in result.output

# -- the installed executable ---------------------------------------------------------------------------


def run_exe(tmp_path: Path, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCORD_DATABASE_URL": url_of(tmp_path / "env.db"), "XDG_DATA_HOME": str(tmp_path),
           "COLUMNS": "200"}
    return subprocess.run([accord_exe(), *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=180, check=False)


def test_cli_executable_help_lists_every_command(tmp_path):
    proc = run_exe(tmp_path, "--help")
    assert proc.returncode == 0, proc.stderr
    for name in ("ingest", "recode", "events", "export", "actors", "code", "evaluate", "demo"):
        assert re.search(rf"│ {name}\s", proc.stdout), name


def test_cli_executable_ingests_stdin_into_env_database(tmp_path):
    lines = json.dumps({"text": RUSSIA, "date": "2019-03-02"}) + "\n" + json.dumps({"text": JAPAN}) + "\n"
    proc = run_exe(tmp_path, "ingest", "-", "--date", "2019-07-01", stdin=lines)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"Stored 2 documents", proc.stdout)
    listed = run_exe(tmp_path, "events", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {(r["source"], r["target"], r["event_date"]) for r in rows} >= {("RUS", "UKR", "2019-03-02"),
                                                                          ("JPN", "KOR", "2019-07-01")}


def test_cli_executable_missing_env_database_fails_with_one_line(tmp_path):
    proc = run_exe(tmp_path, "events")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"error: {url_of(tmp_path / 'env.db')}: no database here; run 'accord ingest' or 'accord demo' first"]
    assert proc.stdout == ""
