"""Precision, recall and F1 of coded events against gold records, strict and at root level."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

LEVELS = ("strict", "root")


def _load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def same(gold: dict, pred: dict, level: str) -> bool:
    """Strict: actors and code equal. Root: first three letters of actors (empty gold target matches any)
    and first two digits of the code."""
    g = (gold.get("source") or "", gold.get("target") or "", str(gold.get("code") or ""))
    p = (pred.get("source") or "", pred.get("target") or "", str(pred.get("code") or ""))
    if level == "strict":
        return g == p
    return g[0][:3] == p[0][:3] and (not g[1] or g[1][:3] == p[1][:3]) and g[2][:2] == p[2][:2]


def _match(golds: list[dict], preds: list[dict], level: str) -> tuple[list[int], list[int]]:
    """Indices of gold and predicted events left unmatched by a greedy one-to-one match."""
    used: set[int] = set()
    missed = []
    for gi, g in enumerate(golds):
        hit = next((i for i, p in enumerate(preds) if i not in used and same(g, p, level)), None)
        if hit is None:
            missed.append(gi)
        else:
            used.add(hit)
    return missed, [i for i in range(len(preds)) if i not in used]


def realised(event: dict) -> bool:
    return (event.get("factuality") or "asserted") == "asserted"


def score(gold: list[dict], predictions: list[dict]) -> dict:
    """Scores of realised predictions against the gold's events, plus not_events predicted as realised."""
    by_record: dict[str, list[dict]] = {}
    for p in predictions:
        if realised(p):
            by_record.setdefault(str(p.get("record_id")), []).append(p)
    out: dict = {"records": len(gold), "gold_events": sum(len(r.get("events") or []) for r in gold),
                 "predicted_realised": sum(len(by_record.get(str(r["id"]), [])) for r in gold)}
    for level in LEVELS:
        tp = fp = fn = 0
        missed_roots: Counter = Counter()
        spurious_roots: Counter = Counter()
        for r in gold:
            golds, preds = r.get("events") or [], by_record.get(str(r["id"]), [])
            missed, spurious = _match(golds, preds, level)
            tp += len(golds) - len(missed)
            fn += len(missed)
            fp += len(spurious)
            missed_roots.update(str(golds[i].get("code"))[:2] for i in missed)
            spurious_roots.update(str(preds[i].get("code"))[:2] for i in spurious)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[level] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3), "recall": round(recall, 3),
                      "f1": round(f1, 3), "missed_by_root": dict(sorted(missed_roots.items())),
                      "spurious_by_root": dict(sorted(spurious_roots.items()))}
    nots = [(r, n) for r in gold for n in r.get("not_events") or []]
    wrong = sum(1 for r, n in nots if any(same(n, p, "root") for p in by_record.get(str(r["id"]), [])))
    out["not_events"] = len(nots)
    out["not_events_predicted_realised"] = wrong
    return out


def evaluate_file(gold_path: Path, predictions: list[dict]) -> dict:
    return score(_load(gold_path), predictions)
