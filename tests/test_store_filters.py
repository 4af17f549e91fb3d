"""One meaning for every event filter, whoever asks: `accord events`, `accord export`, the API and the library
select the same events, and those are the events a plain reading of the README's words selects (computed here in
Python from every stored event): actor and code filters are code prefixes, dates an inclusive range."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from accord.cli import app
from accord.store import EventFilter, Store

runner = CliRunner()


@pytest.fixture(scope="module")
def stored(sample_db) -> list[dict]:
    """Every stored event of the sample corpus, any factuality, read with plain SQL."""
    engine = sa.create_engine(sample_db)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text(
            "SELECT id, source, target, code, event_date, factuality FROM events"))]
    engine.dispose()
    for r in rows:
        if isinstance(r["event_date"], str):
            r["event_date"] = date.fromisoformat(r["event_date"])
    assert len(rows) > 100
    return rows


def _busiest_date(stored) -> date:
    days = [r["event_date"] for r in stored if r["event_date"]]
    return max(set(days), key=days.count)


# (CLI flags, API parameters, the events they mean)
CASES = {
    "code root prefix": (["--code", "04"], {"code": "04"}, lambda r, d: r["code"].startswith("04")),
    "full code": (["--code", "042"], {"code": "042"}, lambda r, d: r["code"] == "042"),
    "actor prefix either side": (["--actor", "PRK"], {"actor": "PRK"},
                                 lambda r, d: r["source"].startswith("PRK") or r["target"].startswith("PRK")),
    "actor in lower case": (["--actor", "prk"], {"actor": "prk"},
                            lambda r, d: r["source"].startswith("PRK") or r["target"].startswith("PRK")),
    "sub-actor prefix": (["--actor", "USAGOV"], {"actor": "USAGOV"},
                         lambda r, d: r["source"].startswith("USAGOV") or r["target"].startswith("USAGOV")),
    "source and target": (["--source", "USA", "--target", "PRK"], {"source": "USA", "target": "PRK"},
                          lambda r, d: r["source"].startswith("USA") and r["target"].startswith("PRK")),
    "dyad either way": (["--dyad", "USA,PRK"], {"dyad": "USA,PRK"},
                        lambda r, d: (r["source"][:3], r["target"][:3]) in (("USA", "PRK"), ("PRK", "USA"))),
    "one day, both ends included": (["--from", "{d}", "--to", "{d}"], {"date_from": "{d}", "date_to": "{d}"},
                                    lambda r, d: r["event_date"] == d),
    "from a day on": (["--from", "{d}"], {"date_from": "{d}"},
                      lambda r, d: r["event_date"] is not None and r["event_date"] >= d),
    "up to a day": (["--to", "{d}"], {"date_to": "{d}"},
                    lambda r, d: r["event_date"] is not None and r["event_date"] <= d),
    "code and actor": (["--code", "1", "--actor", "PRK"], {"code": "1", "actor": "PRK"},
                       lambda r, d: r["code"].startswith("1") and "PRK" in (r["source"][:3], r["target"][:3])),
}


def _cli_ids(sample_db: str, flags: list[str]) -> list[int]:
    result = runner.invoke(app, ["events", "--db", sample_db, "--all", "--json", "--limit", "100000", *flags])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.output.splitlines()]


def _api_ids(base: str, params: dict) -> list[int]:
    ids, cursor = [], None
    while True:
        query = {**params, "factuality": "all", "limit": 7, "order": "oldest"}
        page = httpx.get(f"{base}/api/events", params={**query, **({"cursor": cursor} if cursor else {})},
                         timeout=30)
        assert page.status_code == 200, page.text
        body = page.json()
        ids += [e["id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


def _case(case: str, stored: list[dict]) -> tuple[list[str], dict, list[int]]:
    """The CLI flags and API parameters of a case, and the ids of the events they mean."""
    flags, params, means = CASES[case]
    day = _busiest_date(stored)
    expected = sorted(r["id"] for r in stored if means(r, day))
    assert expected, case  # every case selects some events of the sample, and not all of them
    assert len(expected) < len(stored)
    return [f.format(d=day) for f in flags], {k: v.format(d=day) for k, v in params.items()}, expected


@pytest.mark.parametrize("case", sorted(CASES))
def test_filters_mean_in_the_cli_what_the_readme_says(case, sample_db, stored):
    flags, _, expected = _case(case, stored)
    cli = _cli_ids(sample_db, flags)
    assert sorted(cli) == expected
    day_of = {r["id"]: r["event_date"] for r in stored}
    dated = [day_of[i] for i in cli if day_of[i]]
    assert dated == sorted(dated)  # oldest first, undated events last
    assert all(day_of[i] is None for i in cli[len(dated):])


@pytest.mark.slow  # starts a server
@pytest.mark.parametrize("case", sorted(CASES))
def test_filters_mean_in_the_api_what_they_mean_in_the_cli(case, sample_db, stored, live_url):
    flags, params, expected = _case(case, stored)
    api = _api_ids(live_url, params)
    assert sorted(api) == expected
    assert len(set(api)) == len(api)  # the pages neither repeat nor skip
    assert api == _cli_ids(sample_db, flags)  # both oldest first, in the same order


def test_filters_export_selects_what_events_lists(sample_db, tmp_path):
    out = tmp_path / "prk.jsonl"
    result = runner.invoke(app, ["export", "--db", sample_db, "--format", "jsonl", "-o", str(out), "--all",
                                 "--actor", "PRK", "--code", "1"])
    assert result.exit_code == 0, result.output
    exported = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert exported and exported == _cli_ids(sample_db, ["--actor", "PRK", "--code", "1"])


def test_filters_take_codes_literally_not_as_patterns(sample_db, stored):
    """`_` and `%` are characters of a prefix, not SQL wildcards (U_A is no prefix of USA)."""
    assert any(r["source"].startswith("USA") for r in stored)
    assert _cli_ids(sample_db, ["--actor", "U_A"]) == []
    assert _cli_ids(sample_db, ["--code", "0%"]) == []


def test_filters_library_limit_and_order(sample_db, stored):
    with Store(sample_db, create=False) as store:
        every = store.events(EventFilter(factuality=None))
        first = store.events(EventFilter(factuality=None, limit=5))
    assert sorted(e["id"] for e in every) == sorted(r["id"] for r in stored)
    assert first == every[:5]
    dated = [e["event_date"] for e in every if e["event_date"]]
    assert dated == sorted(dated)
    assert all(e["event_date"] is None for e in every[len(dated):])
