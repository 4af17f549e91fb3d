"""The dashboard in a real browser (Debian's chromium driven by Playwright) over the sample corpus."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow  # real processes, servers, browsers or Spark

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = ["/", "/events", "/events?dyad=USA,PRK&factuality=all&order=oldest", "/dyads/USA/PRK", "/dyads/PRK/KOR",
         "/network", "/network?level=actor&factuality=all", "/documents", "/documents/1", "/docs", "/commitments",
         "/commitments?status=disputed&order=oldest", "/commitments/1", "/quotes", "/quotes?anonymous=true",
         "/quotes?document_id=1"]
CHARTS = {"/": "chart-overview", "/events": "chart-timeline", "/dyads/USA/PRK": "chart-dyad",
          "/network": "chart-network"}


def install_chromium() -> str | None:
    """Debian's chromium, installed with apt-get when missing (CI machines start without it)."""
    if path := shutil.which("chromium"):
        return path
    if not shutil.which("apt-get"):
        return None
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        try:
            if subprocess.run(sudo + cmd, env=env, capture_output=True, timeout=1200, check=False).returncode:
                return None
        except (OSError, subprocess.TimeoutExpired):
            return None
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser():
    path = install_chromium()
    if path is None:
        pytest.skip("Debian's chromium is not installed and 'apt-get install -y chromium' failed (needs root "
                    "and the Debian archive)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]' for playwright")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Visit:
    """A browser tab that records every request it makes and every script error."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        return [u for u in self.requests
                if not u.startswith(("data:", "blob:", "about:")) and urlsplit(u).hostname != "127.0.0.1"]


@pytest.fixture
def tab(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    visit = Visit(page)
    page.on("request", lambda r: visit.requests.append(r.url))
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    yield visit
    context.close()


def traces(page, chart_id: str) -> list[dict]:
    """The traces Plotly drew in a chart, once it has drawn them."""
    page.wait_for_selector(f"#{chart_id}[data-ready='1']", timeout=20_000)
    return page.evaluate(f"""() => document.getElementById('{chart_id}').data.map(t => ({{
        type: t.type, n: (t.x || []).length,
        total: (t.y || []).reduce((a, b) => a + Math.abs(typeof b === 'number' ? b : 0), 0)}}))""")


@pytest.mark.parametrize("path", PAGES)
def test_web_page_loads_from_the_app_alone(tab, path):
    response = tab.page.goto(path, wait_until="networkidle")
    assert response.status == 200
    assert tab.page.locator("h1").first.is_visible()
    assert "Traceback" not in tab.page.content()
    assert tab.outside() == [], "requests left 127.0.0.1"
    assert tab.errors == []


@pytest.mark.parametrize(("path", "chart_id"), CHARTS.items())
def test_web_chart_has_data(tab, path, chart_id):
    tab.page.goto(path)
    drawn = traces(tab.page, chart_id)
    assert drawn and any(t["n"] > 0 for t in drawn)
    if chart_id != "chart-network":
        assert sum(t["total"] for t in drawn) > 0
    assert tab.outside() == []


def test_web_timeline_filter_narrows_the_events(tab):
    tab.page.goto("/events")
    tab.page.fill("input[name=actor]", "rus")
    tab.page.select_option("select[name=factuality]", "all")
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_url(re.compile(r"actor=rus"))
    rows = tab.page.locator("table.events tr.event td.who").all_inner_texts()
    assert rows and all("RUS" in r for r in rows)
    assert tab.page.locator("table.events .fact").count() == len(rows)
    assert tab.page.locator("select[name=factuality]").input_value() == "all"


def test_web_dyad_event_leads_to_its_sentence(tab):
    tab.page.goto("/dyads/USA/PRK")
    row = tab.page.locator("table.events tr.event").first
    sentence = row.locator(".sentence").inner_text()
    verb = row.locator("mark.verb").first.inner_text()
    row.locator("a.src").click()
    tab.page.wait_for_url(re.compile(r"/documents/\d+#s\d+$"))
    anchor = urlsplit(tab.page.url).fragment
    target = tab.page.locator(f"#{anchor}")
    assert target.evaluate("el => el.matches(':target')")
    assert " ".join(target.inner_text().split()).endswith(" ".join(sentence.split()))
    assert verb in target.locator("span.verb").all_inner_texts()
    assert target.is_visible()


def test_web_dyad_page_keeps_unasserted_events_apart(tab):
    tab.page.goto("/dyads/USA/PRK")
    counted = tab.page.locator("section:has(#chart-dyad) ~ section:not(.apart) tr.event mark.verb")
    assert counted.count() > 0 and all("f-asserted" in c for c in counted.evaluate_all(
        "els => els.map(e => e.className)"))
    apart = tab.page.locator("section.apart .fact").all_inner_texts()
    assert apart and "asserted" not in apart


def test_web_document_marks_stored_offsets(tab, live_url):
    import httpx

    doc = httpx.get(f"{live_url}/api/documents/1").json()
    tab.page.goto("/documents/1")
    marked = tab.page.locator("article span.verb").all_inner_texts()
    assert marked == [doc["text"][s:e] for s, e in sorted({(x["verb_start"], x["verb_end"]) for x in doc["events"]})]
    assert tab.page.locator("article span.actor").count() > 0


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _marked_text(page, selector: str) -> str:
    return page.evaluate(f"() => [...document.querySelectorAll('article.doctext {selector}')]"
                         ".map(e => e.textContent).join('')")


def test_web_document_marks_quotes_and_anonymous_speakers(tab, live_url):
    import httpx

    doc = httpx.get(f"{live_url}/api/documents/1").json()
    text, quotes = doc["text"], doc["quotes"]
    assert any(q["anonymous"] for q in quotes) and any(not q["anonymous"] for q in quotes)
    tab.page.goto("/documents/1")
    for selector, spans in [
        ("span.quote", [(q["start"], q["end"]) for q in quotes]),
        ("span.quote.q-anon", [(q["start"], q["end"]) for q in quotes if q["anonymous"]]),
        ("span.speaker.q-anon", [(q["speaker_start"], q["speaker_end"]) for q in quotes
                                 if q["anonymous"] and q["speaker_start"] is not None]),
        ("span.speaker.q-named", [(q["speaker_start"], q["speaker_end"]) for q in quotes
                                  if not q["anonymous"] and q["speaker_start"] is not None]),
    ]:
        expected = "".join(text[a:b] for a, b in _merged(spans))
        assert expected and _marked_text(tab.page, selector) == expected, selector
    legend = tab.page.locator(".doc-legend").inner_text()
    assert "anonymous source" in legend and "named speaker" in legend and "negated" in legend
    aside = tab.page.locator("ol.doc-quotes li")
    assert aside.count() == len(quotes)
    assert tab.page.locator("ol.doc-quotes .src-badge.anon").count() == sum(q["anonymous"] for q in quotes)


def _cards(page) -> list[str]:
    return page.locator("article.commitment header .status").all_inner_texts()


def test_web_commitments_status_filter_narrows_the_board(tab, live_url):
    import httpx

    counts = httpx.get(f"{live_url}/api/stats").json()["commitments"]
    status = next(k for k, v in sorted(counts.items(), key=lambda kv: kv[1]) if v)
    tab.page.goto("/commitments?limit=100")
    everything = _cards(tab.page)
    assert len(everything) == sum(counts.values()) > counts[status]
    tab.page.select_option("select[name=status]", status)
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_url(re.compile(f"status={status}"))
    shown = [s.lower() for s in _cards(tab.page)]
    assert shown == [status] * counts[status]
    assert tab.page.locator("select[name=status]").input_value() == status
    tab.page.click(f".status-chips a.chip.s-{status}")
    assert [s.lower() for s in _cards(tab.page)] == [status] * counts[status]
    assert tab.outside() == []


def test_web_commitment_evidence_leads_to_its_sentence(tab):
    tab.page.goto("/commitments?order=oldest")
    step = tab.page.locator("ol.chain li.step:not(.made):not(.none)").first
    sentence = " ".join(step.locator(".sentence").inner_text().split())
    act = step.locator("mark.act").first.inner_text()
    step.locator("a.src").click()
    tab.page.wait_for_url(re.compile(r"/documents/\d+#s\d+$"))
    target = tab.page.locator(f"#{urlsplit(tab.page.url).fragment}")
    assert target.evaluate("el => el.matches(':target')") and target.is_visible()
    assert sentence in " ".join(target.inner_text().split())
    assert act in target.locator("span.ledger").all_inner_texts()


def test_web_commitment_page_shows_its_chain_in_order(tab, live_url):
    import httpx

    listed = httpx.get(f"{live_url}/api/commitments", params={"limit": 200}).json()["commitments"]
    chained = next(c["id"] for c in listed if c["evidence_count"])  # a promise with evidence
    body = httpx.get(f"{live_url}/api/commitments/{chained}").json()
    tab.page.goto(f"/commitments/{chained}")
    kinds = tab.page.locator("ol.chain li.step .kind").all_inner_texts()
    assert kinds == ["promise", *[e["kind"] for e in body["evidence"]]]
    assert tab.page.locator("article.commitment header .status").inner_text().lower() == body["status"]
    hrefs = tab.page.locator("ol.chain a.src").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs == [body["links"]["sentence"], *[e["links"]["sentence"] for e in body["evidence"]]]


def test_web_commitment_page_lists_what_was_not_taken_as_the_api_does(tab, live_url):
    import httpx

    listed = httpx.get(f"{live_url}/api/commitments", params={"limit": 200}).json()["commitments"]
    bodies = [httpx.get(f"{live_url}/api/commitments/{c['id']}").json() for c in listed]
    body = next(b for b in bodies if b["rejected"])  # worked out when asked, from the stored claims
    tab.page.goto(f"/commitments/{body['id']}")
    n = len(body["rejected"])
    assert tab.page.locator("details.not-taken summary").inner_text() == (
        f"{n} {'sentence' if n == 1 else 'sentences'} about the same things not taken as evidence")
    tab.page.locator("details.not-taken summary").click()
    reasons = tab.page.locator("details.not-taken li .why").all_inner_texts()
    assert [r.removeprefix("— ").strip() for r in reasons] == [e["matched"] for e in body["rejected"]]
    hrefs = tab.page.locator("details.not-taken a.src").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs == [e["links"]["sentence"] for e in body["rejected"]]

def test_web_quotes_page_flags_anonymous_sources(tab, live_url):
    import httpx

    totals = httpx.get(f"{live_url}/api/stats").json()["quotes"]
    tab.page.goto("/quotes")
    assert f"{100 * totals['share_anonymous']:.0f}%" in tab.page.locator(".cards").inner_text()
    tab.page.select_option("select[name=anonymous]", "true")
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_url(re.compile("anonymous=true"))
    rows = tab.page.locator("table.quotes tr.quote-row")
    assert rows.count() == min(50, totals["anonymous"])
    assert tab.page.locator("table.quotes tr.quote-row .src-badge.anon").count() == rows.count()


def test_web_overview_sums_up_commitments_and_quotes(tab, live_url):
    import httpx

    stats = httpx.get(f"{live_url}/api/stats").json()
    tab.page.goto("/")
    chips = tab.page.locator("section:has(h2:text('Commitments')) a.chip").all_inner_texts()
    assert [" ".join(c.split()) for c in chips] == [f"{k} {v}" for k, v in stats["commitments"].items()]
    tab.page.click("section:has(h2:text('Commitments')) a.chip.s-disputed")
    tab.page.wait_for_url(re.compile(r"/commitments\?status=disputed"))
    assert len(_cards(tab.page)) == stats["commitments"]["disputed"]


def test_web_dyad_page_lists_promises_between_the_pair(tab):
    tab.page.goto("/dyads/USA/PRK")
    who = tab.page.locator("table.promises td:nth-child(3) .code").all_inner_texts()
    assert who and all(c.startswith(("USA", "PRK")) for c in who)
    link = tab.page.locator("table.promises td.num a").first
    link.click()
    tab.page.wait_for_url(re.compile(r"/commitments/\d+$"))
    assert tab.page.locator("ol.chain li.step.made").count() == 1


@pytest.mark.parametrize(("path", "status", "text"), [
    ("/events?date_from=not-a-date", 422, "date_from"),
    ("/events?actor=ZZZ", 422, "unknown actor"),
    ("/dyads/USA/ZZZ", 404, "unknown actor"),
    ("/documents/424242", 404, "no document"),
    ("/nowhere", 404, "nothing at"),
    ("/commitments/424242", 404, "no commitment"),
    ("/commitments?status=kept", 422, "status"),
    ("/commitments?actor=ZZZ", 422, "unknown actor"),
    ("/quotes?speaker=ZZZ", 422, "unknown speaker"),
])
def test_web_bad_input_shows_a_page_not_a_traceback(tab, path, status, text):
    response = tab.page.goto(path)
    assert response.status == status
    body = tab.page.locator("main").inner_text()
    assert text in body and "Traceback" not in tab.page.content()


# -- phone width ------------------------------------------------------------------------------------------

NAV = ["Overview", "Timeline", "Network", "Commitments", "Quotes", "Documents", "API"]


@pytest.fixture
def phone(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


@pytest.mark.parametrize("path", PAGES)
def test_web_phone_page_is_no_wider_than_the_screen_and_shows_every_nav_link(phone, path):
    assert phone.goto(path).status == 200
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    for name in NAV:
        box = phone.locator("header.top nav a", has_text=name).bounding_box()
        assert box and box["width"] > 0 and box["x"] >= 0 and box["x"] + box["width"] <= 390, name


def test_web_phone_nav_links_lead_to_their_pages(phone):
    phone.goto("/")
    for name, path in [("Documents", "/documents"), ("Commitments", "/commitments"), ("API", "/docs"),
                       ("Overview", "/")]:
        phone.locator("header.top nav a", has_text=name).click()
        phone.wait_for_url(re.compile(rf"{re.escape(path)}$"))
        assert phone.locator("header.top nav a[aria-current=page]").inner_text() == name


def test_web_phone_factuality_labels_are_whole(phone, sample_db):
    from accord.store import Store
    from accord.store.queries import totals

    with Store(sample_db, create=False) as store:
        stats = totals(store)["by_factuality"]
    phone.goto("/")
    items = phone.locator(".factkey li")
    assert items.count() == len(stats) >= 4
    for item in items.all():
        assert item.evaluate("el => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= 390")
    shown = {" ".join(t.split()[:-1]): int(t.split()[-1].replace(",", "")) for t in items.all_inner_texts()}
    assert shown == {k.replace("_", " "): v for k, v in stats.items()}
