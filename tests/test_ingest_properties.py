"""Property tests: arbitrary bytes through every reader and arbitrary text through the coder; only Accord's own
errors may come out, and every reader answers with articles or one-line failures."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import AccordError
from accord.ingest import Defaults, Failure, Limits, read_inputs, read_stdin
from accord.records import Article

LIMITS = Limits(file_bytes=64 * 1024, decompressed_bytes=256 * 1024, document_chars=20_000, line_bytes=16 * 1024,
                json_depth=16)
SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".txt.gz", ".jsonl.gz", ".csv.gz", ""]
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4),
                           max_leaves=20)
records = st.dictionaries(st.sampled_from(["id", "title", "text", "date", "url", "outlet", "author", "x"]),
                          json_values, max_size=6)
jsonl = st.lists(records, max_size=5).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode())
csv_text = st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), max_size=6).map(
    lambda rows: "id,text,date\n" + "\n".join(",".join(f'"{c}"' if i % 2 else c for i, c in enumerate(r))
                                              for r in rows))
inputs = (st.binary(max_size=3000) | jsonl | csv_text.map(str.encode)
          | st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass"))
          | st.text(max_size=300).map(lambda t: t.encode("utf-16-le", "replace")))


def _check(items) -> int:
    n = 0
    for item in items:
        assert isinstance(item, Article | Failure), item
        if isinstance(item, Failure):
            assert "\n" not in str(item)
        n += 1
    return n


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        try:
            assert _check(read_inputs([path], Defaults(), limits=LIMITS)) >= 1
        except AccordError:
            pass


@pytest.mark.parametrize("suffix", SUFFIXES)
@FEW
@given(data=inputs)
def test_ingest_properties_any_bytes_give_articles_or_failures(suffix, data):
    _read(data, suffix)


@FEW
@given(data=inputs, gz=st.booleans())
def test_ingest_properties_any_bytes_on_stdin(data, gz):
    try:
        _check(read_stdin(Defaults(), io.BytesIO(gzip.compress(data) if gz else data), LIMITS))
    except AccordError:
        pass


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400) | st.text(alphabet="Ukraine Russia said talks on Monday.,\n\"'-—()", max_size=400))
def test_ingest_properties_any_text_through_the_coder(pipeline, text):
    try:
        events = pipeline.code_text(text)
    except AccordError:
        return
    assert all(0 <= e.sentence_index for e in events)
