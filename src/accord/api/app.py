"""The FastAPI app: JSON API under /api/, the dashboard pages at /, static files served by the app itself."""

from __future__ import annotations

import logging
import secrets
import socket
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import SecretStr

from ..config import Settings
from ..errors import AccordError
from ..pipeline import Pipeline
from ..store import Store, open_store
from . import errors
from .errors import ApiError, error_body
from .gate import READ_METHODS, Gate

logger = logging.getLogger(__name__)

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")

DESCRIPTION = """\
Coded political events (CAMEO) read from news text, with the sentence and character offsets each was read from.

**Reading** needs no credentials on 127.0.0.1 (the default of `accord serve`), nor without a token; a server
on another address that was started with `ACCORD_API_TOKEN` needs the token for reads too, unless it was started
with `--public-read`. **Ingest** (`POST /api/documents`, `POST /api/documents/upload`) works only when the server
was started with `ACCORD_API_TOKEN` set, and then needs the header `Authorization: Bearer <token>`; the token
and the request's size are checked before its body is read.

**Errors** all have one shape, `{"error": {"status", "type", "message", "details"}}`; invalid parameters
(unknown actor, malformed date, a page size over the limit, an unknown parameter) give **422**, unknown
paths and ids **404**. Pages are limited to 200 rows and every query to 10 s.

**Events** are `asserted` (the text says they happened) unless `factuality` says otherwise: `negated`,
`hypothetical`, `future`, `modal`, `called_off`, `disputed`, or `all`.

**Quotes** (`/api/quotes`) carry their speaker and whether the source is anonymous; `/api/sourcing` gives the
share of anonymous sources per outlet or document. **Commitments** (`/api/commitments`) are promises read from
the text; each has a status (`pending`, `fulfilled`, `unfulfilled`, `disputed`, `withdrawn`) decided by its
evidence chain (`/api/commitments/{id}`), every item of which names its document and sentence.
"""


class ServeSettings(Settings):
    """Settings of the server, on top of Accord's: ACCORD_API_TOKEN, ACCORD_MAX_UPLOAD_MB, ACCORD_MAX_REQUEST_MB,
    ACCORD_ALLOWED_HOSTS, ACCORD_PUBLIC_READ."""

    api_token: SecretStr | None = None
    max_upload_mb: int = 20  # an uploaded file, after decompression
    max_request_mb: float | None = None  # a request body as sent; default: max_upload_mb + 1
    allowed_hosts: list[str] = []
    public_read: bool = False  # reads stay open without the token on a non-loopback host
    reads_need_token: bool = False  # set by serve(): a token, a non-loopback host and not public_read

    @property
    def request_limit_mb(self) -> float:
        return self.max_request_mb if self.max_request_mb is not None else self.max_upload_mb + 1


class _Guard:
    """ASGI middleware: refuse requests for other host names (DNS rebinding) and add security headers."""

    def __init__(self, app, allowed: list[str]):
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.allowed:
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.allowed:
                from fastapi.responses import JSONResponse

                body = error_body(400, f"host {host!r} is not served here; use http://127.0.0.1", "invalid_host")
                return await JSONResponse(body, status_code=400)(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for k, v in ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                             (b"x-frame-options", b"DENY"), (b"content-security-policy", CSP.encode())):
                    if k not in names:
                        headers.append((k, v))
                message = {**message, "headers": headers}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def create_app(store: str | Store, settings: Settings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The API and dashboard over `store` (a Store, or a database URL opened here and closed on shutdown).

    `pipeline` codes ingested documents; by default one is loaded on the first ingest."""
    if settings is None:
        settings = ServeSettings()
    elif not isinstance(settings, ServeSettings):
        settings = ServeSettings(**settings.model_dump())
    owned = isinstance(store, str)
    opened = open_store(store, create=settings.api_token is not None) if owned else store
    opened.query_seconds = settings.query_seconds

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=_warm, args=(opened,), name="accord-warm", daemon=True).start()
        yield
        if owned:
            opened.close()

    from .. import __version__

    app = FastAPI(title="Accord", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.store = opened
    app.state.settings = settings
    app.state.pipeline = pipeline
    app.state.ingest_lock = threading.Lock()
    errors.install(app)

    from . import actors, commitments, documents, events, quotes

    for router in (events.router, actors.router, documents.router, quotes.router, commitments.router):
        app.include_router(router)

    from ..web import install as install_web

    install_web(app)
    body_paths = {path for path, operations in app.openapi()["paths"].items()  # the routes that read a body
                  if {m.upper() for m in operations} - READ_METHODS}
    token = settings.api_token.get_secret_value() if settings.api_token else None
    app.add_middleware(Gate, token=token, body_paths=body_paths, max_request_mb=settings.request_limit_mb,
                       reads_need_token=settings.reads_need_token)
    app.add_middleware(_Guard, allowed=settings.allowed_hosts)
    return app


def _warm(store: Store) -> None:
    """Read the network's pre-aggregation in the background; a failure here shows again on a request."""
    from ..store.queries import warm

    try:
        warm(store)
    except AccordError as exc:
        logger.warning("could not prepare the actor network: %s", exc)


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


_bearer = HTTPBearer(auto_error=False, description="The value of ACCORD_API_TOKEN the server was started with.")


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Ingest needs the server's token: 403 when the server has none, 401 when it is missing or wrong."""
    token: SecretStr | None = request.app.state.settings.api_token
    if token is None or not token.get_secret_value():
        raise ApiError(403, "ingest is disabled: start the server with ACCORD_API_TOKEN set to allow it",
                       "ingest_disabled")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), token.get_secret_value().encode()):
        raise ApiError(401, "missing or wrong token: send the header 'Authorization: Bearer <ACCORD_API_TOKEN>'",
                       "unauthorized", headers={"WWW-Authenticate": "Bearer"})


def get_pipeline(request: Request) -> Pipeline:
    state = request.app.state
    if state.pipeline is None:
        state.pipeline = Pipeline(state.settings)
    return state.pipeline


def plotly_js_path() -> Path:
    """plotly.min.js of the installed plotly package (served as it is, never copied into the repository)."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def url_for(host: str, port: int) -> str:
    """The address to open in a browser for a server bound to host:port."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else "[::1]" if host == "::" else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def check_port(host: str, port: int) -> None:
    """Fail early, with the fix, when host:port cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise AccordError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another with --port "
                              f"or --host") from exc


def serve_settings_for(settings: ServeSettings, host: str) -> ServeSettings:
    """The settings for serving on `host`: on a loopback address only the loopback host names are answered
    (unless ACCORD_ALLOWED_HOSTS says otherwise); on any other, with a token, reads need it too (unless
    public_read)."""
    loopback = host in ("127.0.0.1", "localhost", "::1")
    if not settings.allowed_hosts and loopback:
        settings = settings.model_copy(update={"allowed_hosts": LOOPBACK_HOSTS})
    if not loopback and settings.api_token is not None and not settings.public_read:
        settings = settings.model_copy(update={"reads_need_token": True})
    return settings


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000,
          announce: Callable[[str], None] | None = None) -> None:
    """Run the app with uvicorn until interrupted, with the settings of `serve_settings_for`."""
    import uvicorn

    settings = serve_settings_for(settings, host)
    check_port(host, port)
    app = create_app(settings.database_url, settings)
    if announce:
        announce(url_for(host, port))
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", ws="none")).run()
