"""What `accord dictionary check` reports: where the dictionary layers disagree, and lines read but not used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cameo import load_codebook


@dataclass(frozen=True)
class Finding:
    """One line of the report: kind is "conflict" (ours win) or "problem" (a line left out); layer the kind
    of dictionary ("verbs", "actors")."""

    kind: str
    layer: str
    message: str


def check_verbs(verbs: Path | None = None) -> list[Finding]:
    """Patterns of the PETRARCH layer that verbs.yaml codes otherwise (same head and words), then the lines of
    the PETRARCH file that were read but not used."""
    book = load_codebook(verbs)
    return [*(Finding("conflict", "verbs", c) for c in book.conflicts),
            *(Finding("problem", "verbs", p) for p in book.problems)]

