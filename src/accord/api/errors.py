"""One JSON error shape for every error of the API: {"error": {"status", "type", "message", "details"}}."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from ..errors import StoreError
from ..store.queries import CursorError, QueryCostError

logger = logging.getLogger(__name__)

TYPES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
         422: "invalid_request", 500: "internal_error", 503: "store_unavailable"}


class ApiError(Exception):
    """An error to send as the JSON error shape."""

    def __init__(self, status: int, message: str, type: str | None = None,
                 details: Sequence[tuple[str, str]] = (), headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or TYPES.get(status, "error")
        self.details = list(details)
        self.headers = headers


def error_body(status: int, message: str, type: str | None = None,
               details: Sequence[tuple[str, str]] = ()) -> dict:
    return {"error": {"status": status, "type": type or TYPES.get(status, "error"), "message": message,
                      "details": [{"location": loc, "message": msg} for loc, msg in details]}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def respond(request: Request, err: ApiError) -> Response:
    """The error as JSON, or as a page for a browser asking for a dashboard page."""
    render = getattr(request.app.state, "render_error", None)
    if render is not None and _wants_html(request):
        return render(request, err)
    return JSONResponse(error_body(err.status, err.message, err.type, err.details), status_code=err.status,
                        headers=err.headers)


def _location(loc: Sequence) -> str:
    return ".".join(str(p) for p in loc)


def validation_details(errors: Sequence[dict]) -> list[tuple[str, str]]:
    out = []
    for e in errors:
        msg = e.get("msg", "invalid value")
        kind = e.get("type", "")
        if kind == "extra_forbidden":
            msg = "unknown parameter"
        elif kind.startswith("date_") or kind.startswith("datetime_"):
            msg = f"{str(e.get('input'))[:40]!r} is not a date; use YYYY-MM-DD, e.g. 2018-06-12"
        out.append((_location(e.get("loc", ())), msg.removeprefix("Value error, ")))
    return out


def invalid(details: list[tuple[str, str]]) -> ApiError:
    first = f"{details[0][0]}: {details[0][1]}" if details else "invalid request"
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return ApiError(422, f"{first}{more}", "invalid_request", details)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one shape."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError):
        return respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return respond(request, invalid(validation_details(exc.errors())))

    @app.exception_handler(ValidationError)
    async def _model_validation(request: Request, exc: ValidationError):
        return respond(request, invalid(validation_details(exc.errors())))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        status = exc.status_code
        if status == 404:
            message = f"nothing at {request.url.path}; the API lives under /api/ (see /openapi.json)"
        elif status == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail) if exc.detail else HTTPStatus(status).phrase
        return respond(request, ApiError(status, message, headers=getattr(exc, "headers", None)))

    @app.exception_handler(CursorError)
    async def _cursor(request: Request, exc: CursorError):
        return respond(request, ApiError(422, str(exc), "invalid_request", [("query.cursor", str(exc))]))

    @app.exception_handler(QueryCostError)
    async def _cost(request: Request, exc: QueryCostError):
        return respond(request, ApiError(422, str(exc), "query_too_costly"))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError):
        logger.warning("store error on %s: %s", request.url.path, exc)
        return respond(request, ApiError(503, str(exc), "store_unavailable"))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return respond(request, ApiError(500, "unexpected server error; it has been logged", "internal_error"))


def responses(*statuses: int) -> dict:
    """OpenAPI entries for the error statuses of a route, all with the one error shape."""
    from .schemas import ErrorResponse

    text = {401: "Missing or wrong token", 403: "Ingest disabled (no ACCORD_API_TOKEN)", 404: "No such thing",
            413: "Upload too large", 422: "Invalid parameters, or a query too costly",
            503: "The database cannot be read"}
    out: dict = {s: {"model": ErrorResponse, "description": text[s]} for s in statuses}
    out["4XX"] = {"model": ErrorResponse, "description": "Any other client error, same shape"}
    return out
