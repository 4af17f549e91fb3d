from __future__ import annotations

import gzip
import io
import json
from datetime import date

import pytest

from accord.ingest import Defaults, Failure, read_inputs, read_stdin
from accord.records import Article


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], Defaults(**kw)))


def test_ingest_reads_text_with_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Talks Resume in Geneva\n\nIran and the United States resumed talks on Monday.\n", encoding="utf-8")
    [art] = _read(f, date=date(2019, 1, 2), outlet="Wire")
    assert art.title == "Talks Resume in Geneva"
    assert art.text.startswith("Iran and")
    assert (art.date, art.outlet) == (date(2019, 1, 2), "Wire")


def test_ingest_text_without_title_keeps_first_sentence(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Iran and the United States resumed talks on Monday.\n\nThey met again.", encoding="utf-8")
    [art] = _read(f)
    assert art.title == ""
    assert art.text.startswith("Iran and")


def test_ingest_jsonl_keeps_fields_and_metadata(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "title": "T", "text": "Russia expelled diplomats.", "date": "2018-03-29", "url": "u",
             "outlet": "O", "author": "A", "topic": "diplomacy"}]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    [art] = _read(f)
    assert (art.external_id, art.title, art.url, art.outlet, art.author) == ("x1", "T", "u", "O", "A")
    assert art.date == date(2018, 3, 29)
    assert art.metadata == {"topic": "diplomacy"}


def test_ingest_malformed_jsonl_line_reported_and_rest_kept(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "One."}\n{"text": broken\n{"text": "Three."}\n', encoding="utf-8")
    out = _read(f)
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert str(out[1]).startswith(f"{f}:2: malformed JSON")


def test_ingest_csv_requires_text_column(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text('id,text,date,lang\n1,"Japan protested, loudly.",2019-07-01,en\n', encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n", encoding="utf-8")
    first, second = _read(good, bad)
    assert isinstance(first, Article) and first.text == "Japan protested, loudly." and first.metadata == {"lang": "en"}
    assert isinstance(second, Failure) and "'text' column" in second.message


def test_ingest_csv_ragged_row_reported(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,text\n1,ok text\n2,too,many,fields\n", encoding="utf-8")
    ok, bad = _read(f)
    assert isinstance(ok, Article)
    assert isinstance(bad, Failure) and bad.line == 3 and str(bad).startswith(f"{f}:3: ")


def test_ingest_html_extracts_main_text_and_metadata(tmp_path):
    body = " ".join(["The foreign ministers of Japan and South Korea met in Bangkok on Thursday."] * 6)
    html = (f"<html><head><title>Ministers meet</title><meta property='og:site_name' content='Gazette'>"
            f"<meta name='date' content='2019-08-01'></head><body><nav>Home | World</nav>"
            f"<article><h1>Ministers meet</h1><p>{body}</p></article></body></html>")
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    [art] = _read(f)
    assert isinstance(art, Article), art
    assert "Bangkok" in art.text and "Home | World" not in art.text
    assert art.title == "Ministers meet"
    assert art.date == date(2019, 8, 1)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"  \n\n ", "the file is empty"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 100, "binary file"),
    ("nothing.html", b"<html><body><script>var x=1;</script></body></html>", "no article text"),
    ("menu.html", b"<html><head><title>World | Daily Post</title></head><body><nav><ul><li><a href='/'>Home</a>"
     b"</li><li><a href='/w'>World</a></li><li><a href='/p'>Politics</a></li><li><a href='/s'>Sport</a></li></ul>"
     b"</nav><div><a href='/in'>Sign in</a> <a href='/sub'>Subscribe</a></div></body></html>", "only menus"),
    ("empty.jsonl", b"", "the file is empty"),
])
def test_ingest_bad_file_gives_one_line_naming_it(tmp_path, name, content, expected):
    f = tmp_path / name
    f.write_bytes(content)
    [out] = _read(f)
    assert isinstance(out, Failure)
    assert expected in out.message and str(f) in str(out)
    assert "\n" not in str(out)


def test_ingest_html_of_one_short_paragraph_is_an_article(tmp_path):
    f = tmp_path / "brief.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav><article><p>Chile recalled its ambassador to Peru on "
                 "Monday.</p></article></body></html>", encoding="utf-8")
    [art] = _read(f)
    assert isinstance(art, Article) and "Chile recalled its ambassador to Peru on Monday." in art.text


def test_ingest_missing_path_reported(tmp_path):
    [out] = _read(tmp_path / "nope.txt")
    assert isinstance(out, Failure) and "no such file" in out.message


def test_ingest_latin1_text_is_decoded(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Le ministre a dit que la réunion à Genève était très utile pour la coopération.".encode("latin-1"))
    [art] = _read(f)
    assert "Genève" in art.text


def test_ingest_folder_recursive_and_gzip_jsonl(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("China criticised Japan.", encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Iran warned Israel."}) + "\n")
    out = _read(tmp_path)
    assert sorted(a.text for a in out) == ["China criticised Japan.", "Iran warned Israel."]


def test_ingest_stdin_jsonl_and_text():
    arts = list(read_stdin(Defaults(), io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n')))
    assert [a.text for a in arts] == ["One.", "Two."]
    [art] = list(read_stdin(Defaults(), io.BytesIO(b"Plain words from a pipe.")))
    assert art.text == "Plain words from a pipe."


def test_ingest_huge_jsonl_is_streamed(tmp_path):
    f = tmp_path / "big.jsonl"
    line = json.dumps({"text": "x " * 5000}) + "\n"
    with open(f, "w", encoding="utf-8") as fh:
        for _ in range(5400):
            fh.write(line)
    assert f.stat().st_size > 50 * 1024 * 1024
    count = 0
    for art in read_inputs([str(f)]):
        assert isinstance(art, Article)
        count += 1
    assert count == 5400


def test_ingest_same_content_has_same_hash():
    a = Article(text="Iran  warned\nIsrael.", title="T")
    b = Article(text="Iran warned Israel.", title="T", outlet="other")
    assert a.content_hash == b.content_hash


def test_ingest_text_over_the_size_limit_is_refused_unread(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(250 * 1024 * 1024)  # sparse: nothing is written, nothing must be read
    [out] = _read(f)
    assert isinstance(out, Failure) and "over the 200 MB limit" in out.message


def test_ingest_50mb_jsonl_goes_into_the_store(tmp_path, pipeline, store):
    from accord.service import ingest

    f = tmp_path / "big.jsonl"
    padding = "x" * (1024 * 1024)
    with open(f, "w", encoding="utf-8") as fh:
        for n in range(52):
            fh.write(json.dumps({"id": n, "text": f"Chile expelled {n + 2} Bolivian diplomats.", "note": padding})
                     + "\n")
    assert f.stat().st_size > 50 * 1024 * 1024
    summary = ingest([f], store, pipeline)
    assert (summary.stored, summary.failures) == (52, [])
    assert store.stats()["documents"] == 52
