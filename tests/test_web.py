"""The dashboard in a real browser (Debian's chromium driven by Playwright) over the sample corpus."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = ["/", "/events", "/events?dyad=USA,PRK&factuality=all&order=oldest", "/dyads/USA/PRK", "/dyads/PRK/KOR",
         "/network", "/network?level=actor&factuality=all", "/documents", "/documents/1", "/docs"]
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


@pytest.mark.parametrize(("path", "status", "text"), [
    ("/events?date_from=not-a-date", 422, "date_from"),
    ("/events?actor=ZZZ", 422, "unknown actor"),
    ("/dyads/USA/ZZZ", 404, "unknown actor"),
    ("/documents/424242", 404, "no document"),
    ("/nowhere", 404, "nothing at"),
])
def test_web_bad_input_shows_a_page_not_a_traceback(tab, path, status, text):
    response = tab.page.goto(path)
    assert response.status == status
    body = tab.page.locator("main").inner_text()
    assert text in body and "Traceback" not in tab.page.content()
