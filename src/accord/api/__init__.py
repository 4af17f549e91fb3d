"""The HTTP API and dashboard of Accord: `create_app` builds the FastAPI app, `serve` runs it with uvicorn."""

from __future__ import annotations

from .app import ServeSettings, create_app, serve

__all__ = ["ServeSettings", "create_app", "serve"]
