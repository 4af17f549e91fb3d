"""The ledger of whole processes against their exhaustive gold: promises found, status right, precision.

    python bench/ledger_gold.py                       # every process under tests/data/ledger/ with a gold.json
    python bench/ledger_gold.py DIR [DIR ...]         # processes of other folders (each a folder of processes)
    python bench/ledger_gold.py --rows                # also print every ledger row and the gold it matched

Each process is a folder of YYYY-MM-DD-*.txt articles (the date is the publication date), ingested in date order
into a fresh database with one pipeline, and `gold.json`: {"commitments": [{"promisor": "IRN", "keys": [...],
"status": [...]}]} listing every promise of its articles. A ledger row matches a gold promise when the first three
letters of the promisors agree and every key word occurs in its action (lower case), one to one. Printed per
process and summed: found (gold promises matched), status (matched with a status the gold accepts), precision
(matched rows / all rows). The last line is `RATIO ledger_gold_status <status right / gold promises>`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from accord.config import Settings
from accord.ingest import Defaults
from accord.pipeline import Pipeline
from accord.service import ingest
from accord.store import Store
from accord.store.ledger import commitments

OWN = Path(__file__).resolve().parent.parent / "tests" / "data" / "ledger"


def score(gold: list[dict], rows: list[dict]) -> tuple[int, int, list[int | None]]:
    """Found, status right, and for each gold promise the index of the row it matched."""
    used: set[int] = set()
    found = right = 0
    picks: list[int | None] = []
    for g in gold:
        keys = [k.lower() for k in g["keys"]]
        cands = [i for i, r in enumerate(rows) if i not in used
                 and (r["promisor"] or "")[:3] == g["promisor"][:3]
                 and all(k in (r["action"] or "").lower() for k in keys)]
        good = [i for i in cands if rows[i]["status"] in g["status"]]
        pick = (good or cands or [None])[0]
        picks.append(pick)
        if pick is not None:
            used.add(pick)
            found += 1
            right += bool(good)
    return found, right, picks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", type=Path, default=[OWN])
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    processes = sorted(p for d in args.dirs for p in d.iterdir() if (p / "gold.json").is_file())
    if not processes:
        print(f"no process folder with a gold.json under {', '.join(map(str, args.dirs))}", file=sys.stderr)
        return 2
    pipeline = Pipeline(Settings(database_url="sqlite://", workers=1))
    total = [0, 0, 0, 0, 0]  # gold, found, status, matched rows, rows
    with tempfile.TemporaryDirectory() as tmp:
        for proc in processes:
            store = Store(f"sqlite:///{Path(tmp) / proc.name}.db")
            for path in sorted(proc.glob("*.txt")):
                ingest([path], store, pipeline, Defaults(date=date.fromisoformat(path.name[:10])))
            rows = commitments(store)
            store.close()
            gold = json.loads((proc / "gold.json").read_text(encoding="utf-8"))["commitments"]
            found, right, picks = score(gold, rows)
            matched = sum(p is not None for p in picks)
            for i, n in enumerate((len(gold), found, right, matched, len(rows))):
                total[i] += n
            print(f"{proc.name}: found {found}/{len(gold)}, status {right}/{len(gold)}, "
                  f"precision {matched / len(rows) if rows else 0:.2f} ({len(rows)} listed)")
            if args.rows:
                for g, p in zip(gold, picks, strict=True):
                    got = "MISSING" if p is None else f"{rows[p]['status']:<11} {rows[p]['action']}"
                    print(f"    gold {g['promisor']:<7} {'/'.join(g['keys']):<28} {'/'.join(g['status']):<22} {got}")
                for i, r in enumerate(rows):
                    if i not in picks:
                        print(f"    EXTRA {r['promisor']:<7} {r['status']:<11} {r['action']}")
    gold_n, found, right, matched, listed = total
    print(f"ALL: found {found}/{gold_n}, status {right}/{gold_n}, precision {matched / listed if listed else 0:.2f} "
          f"({listed} listed)")
    print(f"RATIO ledger_gold_status {right / gold_n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
