"""Latency of the API on a large store: dyad series, an event filter and the actor network.

    python bench/api.py [--events 1000000] [--requests 60] [--db PATH]

Generates a seeded synthetic store (SQLite, in a temporary folder unless --db names a file, which is reused
when it already holds the events), serves the app with uvicorn on 127.0.0.1 and times requests with httpx.
The last line is `RATIO p95_ms_worst <the worst p95 of the three, in ms>`; the target is 100 or less.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import func, insert, select

from accord.api import ServeSettings, create_app
from accord.api.labels import cameo_table
from accord.store import Store
from accord.store.models import ActorRow, DocumentRow, EventRow, SentenceRow

FIRST_DAY = date(2010, 1, 1)
DAYS = 3650
EVENTS_PER_DOC = 20
AGENTS = ["", "GOV", "MIL", "BUS", "MED", "LEG"]
FACTUALITY = (["asserted"] * 15) + ["negated", "future", "hypothetical", "modal", "called_off"]
WORDS = ("talks sanctions summit missile troops border aid envoy treaty ceasefire protest minister accord "
         "visit strike embargo meeting delegation warned agreed").split()


def countries(n: int = 60) -> list[str]:
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.countries)[:n - 2] + ["USA", "PRK"]


def generate(store: Store, n_events: int, seed: int = 5) -> None:
    """n_events seeded events in documents of 20, with sentences and actors; actors follow a Zipf law."""
    rng = random.Random(seed)
    nations = countries()
    weights = [1 / (i + 1) for i in range(len(nations))]
    rng.shuffle(weights)
    weights[nations.index("USA")], weights[nations.index("PRK")] = 1.0, 0.6
    codes = [c for c in cameo_table().values() if len(c.code) == 3]
    actors = {n + a for n in nations for a in AGENTS}
    with store.engine.begin() as conn:
        conn.execute(insert(ActorRow.__table__), [{"code": c, "name": c} for c in sorted(actors)])
    n_docs = n_events // EVENTS_PER_DOC
    batch_docs = 2000
    event_id = 0
    for first in range(0, n_docs, batch_docs):
        docs, sentences, events = [], [], []
        for d in range(first + 1, min(first + batch_docs, n_docs) + 1):
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            text_parts, offset = [], 0
            for s in range(EVENTS_PER_DOC):
                src, tgt = rng.choices(nations, weights, k=2)
                src += rng.choice(AGENTS)
                tgt = tgt + rng.choice(AGENTS) if rng.random() > 0.1 else ""
                code = rng.choice(codes)
                verb = rng.choice(WORDS)
                sentence = f"{src} {verb} {' '.join(rng.choices(WORDS, k=12))} {tgt or 'nobody'}."
                sentences.append({"document_id": d, "index": s, "start": offset, "end": offset + len(sentence),
                                  "text": sentence})
                event_id += 1
                events.append({
                    "id": event_id, "document_id": d, "sentence_index": s, "sentence": sentence, "source": src,
                    "target": tgt, "code": code.code, "root": code.code[:2], "goldstein": code.goldstein,
                    "quad_class": code.quad_class, "plover": code.plover,
                    "event_date": day - timedelta(days=rng.choice([0, 0, 0, 1, 2, 7])),
                    "source_text": src, "source_start": offset, "source_end": offset + len(src),
                    "target_text": tgt, "target_start": None, "target_end": None, "verb_text": verb,
                    "verb_start": offset + len(src) + 1, "verb_end": offset + len(src) + 1 + len(verb),
                    "factuality": rng.choice(FACTUALITY), "factuality_cues": [], "confidence": 0.9,
                    "reported_by": "", "reported_by_text": "", "pattern": "", "coder_version": "bench"})
                text_parts.append(sentence)
                offset += len(sentence) + 1
            docs.append({"id": d, "content_hash": f"bench-{d}", "title": f"Synthetic document {d}",
                         "text": " ".join(text_parts), "date": day, "outlet": "Bench Wire", "n_words": offset // 6,
                         "meta": {}})
        with store.engine.begin() as conn:
            conn.execute(insert(DocumentRow.__table__), docs)
            conn.execute(insert(SentenceRow.__table__), sentences)
            conn.execute(insert(EventRow.__table__), events)
        print(f"  generated {event_id:,} events", end="\r", flush=True)
    print()


def serve(app) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", ws="none"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def window(rng: random.Random, days: int) -> dict:
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - days))
    return {"date_from": str(start), "date_to": str(start + timedelta(days=days))}


def workloads(rng: random.Random, nations: list[str], n: int) -> dict[str, list[tuple[str, dict]]]:
    """Requests of each kind: busy and quiet pairs, filters of various shapes, networks over various spans."""
    busy = ["USA", "PRK"]
    series, filters, networks = [], [], []
    for i in range(n):
        a, b = (busy if i % 3 == 0 else rng.sample(nations, 2))
        params = {"interval": rng.choice(["week", "month"])}
        if i % 2:
            params.update(window(rng, rng.choice([90, 365, 1095])))
        series.append((f"/api/dyads/{a}/{b}/series", params))
        shape = i % 4
        if shape == 0:
            p = {"actor": rng.choice(busy), **window(rng, 365)}
        elif shape == 1:
            p = {"dyad": f"{rng.choice(nations)},{rng.choice(nations)}", "factuality": "all"}
        elif shape == 2:
            p = {"code": rng.choice(["04", "19", "163", "03"]), "quad": rng.randint(1, 4), **window(rng, 30)}
        else:
            p = {"source": rng.choice(nations) + "GOV", "order": "oldest"}
        filters.append(("/api/events", {**p, "limit": 50}))
        networks.append(("/api/network", window(rng, rng.choice([30, 365, DAYS - 1])) if i % 4 else {}))
    return {"dyad series": series, "event filter": filters, "actor network": networks}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=60, help="timed requests of each kind")
    parser.add_argument("--db", type=Path, help="SQLite file to create or reuse (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        with Store(url) as store:
            with store.engine.connect() as conn:
                have = conn.scalar(select(func.count()).select_from(EventRow.__table__))
            if have != args.events:
                if have:
                    raise SystemExit(f"{path} holds {have:,} events, not {args.events:,}; remove it first")
                start = time.perf_counter()
                generate(store, args.events)
                print(f"store: {args.events:,} events generated in {time.perf_counter() - start:.0f} s ({path})")
        app = create_app(url, ServeSettings(database_url=url, api_token=None))
        server, base = serve(app)
        rng = random.Random(11)
        results = {}
        try:
            with httpx.Client(base_url=base, timeout=600) as client:
                start = time.perf_counter()
                client.get("/api/network").raise_for_status()  # waits for the network's pre-aggregation
                print(f"network pre-aggregation ready {time.perf_counter() - start:.1f} s after start")
                work = workloads(rng, countries(), args.requests)
                for requests in work.values():
                    for path_, params in requests[:3]:  # warm the caches of SQLite and the OS
                        client.get(path_, params=params).raise_for_status()
                for name, requests in work.items():
                    times = []
                    for path_, params in requests:
                        t0 = time.perf_counter()
                        r = client.get(path_, params=params)
                        times.append((time.perf_counter() - t0) * 1000)
                        if r.status_code != 200:
                            raise SystemExit(f"{path_} {params}: {r.status_code} {r.text[:300]}")
                    results[name] = times
        finally:
            server.should_exit = True
    print(f"{'query':<16}{'requests':>9}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
    for name, times in results.items():
        print(f"{name:<16}{len(times):>9}{statistics.median(times):>11.1f}{p95(times):>9.1f}{max(times):>9.1f}")
    print(f"RATIO p95_ms_worst {max(p95(t) for t in results.values()):.1f}")


if __name__ == "__main__":
    main()
