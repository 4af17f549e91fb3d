"""Accord: coded, traceable political events from news text.

    >>> import accord
    >>> events = accord.code("Iran expelled two French diplomats on Monday.", date="2019-03-05")
    >>> store = accord.open("sqlite:///accord.db")
"""

from __future__ import annotations

from datetime import date as _date
from functools import lru_cache

from .config import Settings, get_settings
from .errors import AccordError, DictionaryError, InputError, LanguageError, ModelError, StoreError
from .ingest import Defaults, Failure, read_inputs
from .pipeline import Pipeline
from .records import Article, CodedArticle, Event, Mention, Sentence
from .service import IngestSummary, code_records, ingest, recode
from .store import EventFilter, Store, open_store

__all__ = [
    "AccordError", "Article", "CodedArticle", "Defaults", "DictionaryError", "Event", "EventFilter", "Failure",
    "IngestSummary", "InputError", "LanguageError", "Mention", "ModelError", "Pipeline", "Sentence", "Settings",
    "Store", "StoreError", "code", "code_records", "get_settings", "ingest", "open", "read_inputs", "recode",
]
__version__ = "0.1.0"


@lru_cache(maxsize=2)
def _pipeline(settings: Settings | None) -> Pipeline:
    return Pipeline(settings)


def code(text: str, date: str | _date | None = None, settings: Settings | None = None) -> list[Event]:
    """Code one text without storing it; `date` (publication date) anchors relative time expressions."""
    day = _date.fromisoformat(date) if isinstance(date, str) else date
    return _pipeline(settings).code_text(text, day)


def open(url: str | None = None, create: bool = True) -> Store:  # noqa: A001 - mirrors sqlite_utils.Database
    """The store at `url` (default: ACCORD_DATABASE_URL or the per-user SQLite file)."""
    return open_store(url or get_settings().database_url, create)
