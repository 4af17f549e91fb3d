"""Failures and warnings of a run, shown one line each as they happen and kept in a JSONL file if asked."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

from ..ingest import Failure

WARNINGS_SHOWN = 20  # warning lines printed; the summary counts the rest


class FailureLog:
    """Prints each failure and the first warnings to the console, and writes each failure to `path` as a JSON
    line {"input", "line", "reason"}, flushed line by line: nothing is held in memory."""

    def __init__(self, console: Console, path: Path | None = None):
        self.console, self.warnings = console, 0
        self.file = open(path, "w", encoding="utf-8", buffering=1) if path else None  # noqa: SIM115

    def _line(self, mark: str, style: str, item: Failure) -> None:
        if self.console.is_terminal:
            self.console.print(f"[{style}]{mark}[/] {item}", highlight=False, soft_wrap=True, markup=True)
        else:  # a pipe or file gets plain lines, quickly, however many there are
            self.console.file.write(f"{mark} {item}\n")

    def failure(self, failure: Failure) -> None:
        self._line("✗", "red", failure)
        if self.file:
            self.file.write(json.dumps(failure.as_record(), ensure_ascii=False) + "\n")

    def warning(self, warning: Failure) -> None:
        self.warnings += 1
        if self.warnings <= WARNINGS_SHOWN:
            self._line("!", "yellow", warning)
        elif self.warnings == WARNINGS_SHOWN + 1:
            self._line("!", "yellow", Failure("...", "more warnings of this kind are counted in the summary"))

    def close(self) -> None:
        if self.file:
            self.file.close()
        sys.stderr.flush()
