"""The Python API: accord.code for one text, accord.open for a store and its pandas frame."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import accord

TEXT = ("Iran threatened the United States with retaliation on Monday.\n\n"
        "The United States accused Iran of attacking tankers. Iran did not attack the United States.")


@pytest.fixture(scope="module")
def events(pipeline) -> list[accord.Event]:
    return accord.code(TEXT, date="2019-05-10")


def test_api_code_returns_events_with_coding_fields(events):
    assert events and all(isinstance(e, accord.Event) for e in events)
    assert {(e.source, e.target, e.code, e.factuality) for e in events} >= {("IRN", "USA", "130", "asserted"),
                                                                           ("USA", "IRN", "1123", "asserted")}
    for e in events:
        assert isinstance(e.goldstein, float) and -10 <= e.goldstein <= 10
        assert e.quad_class in (1, 2, 3, 4)


def test_api_code_marks_negated_event_not_realised(events):
    [negated] = [e for e in events if e.factuality == "negated"]
    assert (negated.source, negated.target, negated.code[:2]) == ("IRN", "USA", "19")
    assert not negated.realised


@pytest.mark.parametrize("part", ["source", "target", "verb"])
def test_api_code_offsets_point_into_the_text(events, part):
    for e in events:
        start, end = getattr(e, f"{part}_start"), getattr(e, f"{part}_end")
        assert TEXT[start:end] == getattr(e, f"{part}_text"), e
        assert e.sentence in TEXT


def test_api_code_relative_date_uses_publication_date(events):
    [threat] = [e for e in events if e.code == "130"]
    assert threat.event_date == date(2019, 5, 6)  # "on Monday" before Friday 10 May 2019


@pytest.mark.parametrize("day", ["2019-05-10", date(2019, 5, 10)])
def test_api_code_accepts_date_text_or_date(pipeline, events, day):
    assert accord.code(TEXT, date=day) == events


@pytest.fixture
def opened(tmp_path, pipeline):
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    store = accord.open(f"sqlite:///{tmp_path / 'api.db'}")
    summary = accord.ingest([src], store, pipeline, accord.Defaults(date(2019, 5, 10), "Gulf Desk"))
    assert summary.stored == 1
    yield store
    store.close()


def test_api_open_returns_store(opened):
    assert isinstance(opened, accord.Store)
    assert opened.stats()["documents"] == 1


def test_api_events_frame_is_a_dataframe_of_asserted_events(opened):
    frame = opened.events_frame()
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(opened.events()) > 0
    assert set(frame["factuality"]) == {"asserted"}
    assert {"source", "target", "code", "goldstein", "quad_class", "sentence", "outlet"} <= set(frame.columns)
    assert set(frame["outlet"]) == {"Gulf Desk"}


def test_api_events_frame_takes_a_filter(opened):
    everything = opened.events_frame(accord.EventFilter(factuality=None))
    assert len(everything) == len(opened.events(accord.EventFilter(factuality=None)))
    assert len(everything) > len(opened.events_frame())


def test_api_open_missing_database_without_create_raises(tmp_path):
    with pytest.raises(accord.StoreError, match="no database here"):
        accord.open(f"sqlite:///{tmp_path / 'none.db'}", create=False)
    assert not (tmp_path / "none.db").exists()
