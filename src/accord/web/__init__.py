"""The dashboard: server-rendered pages (Jinja2) with Plotly charts, every file served by the app itself."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..api.app import plotly_js_path
from ..api.errors import ApiError
from ..api.labels import FACTUALITY_NOTES, QUADS, STATUS_NOTES, actor_label, code_label

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(actor_label=actor_label, code_label=code_label, QUADS=QUADS,
                             FACTUALITY_NOTES=FACTUALITY_NOTES, STATUS_NOTES=STATUS_NOTES)
templates.env.filters["signed"] = lambda v, digits=1: "—" if v is None else f"{v:+.{digits}f}".replace("-", "−")
templates.env.filters["thousands"] = lambda v: f"{v:,}"


def render_error(request: Request, err: ApiError):
    return templates.TemplateResponse(request, "error.html", {"err": err}, status_code=err.status,
                                      headers=err.headers)


def install(app: FastAPI) -> None:
    """Add the pages, /static (our CSS and JS) and /vendor/plotly.min.js (from the installed plotly)."""
    from .pages import router

    app.state.render_error = render_error

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        path = plotly_js_path()
        if not path.exists():
            raise ApiError(404, "plotly.min.js is missing from the installed plotly package; reinstall plotly")
        return FileResponse(path, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
