"""The gate in front of the app (pure ASGI): the token and the size of a request are checked from its headers,
before a byte of its body is read, and the body is counted as it streams in."""

from __future__ import annotations

import base64
import binascii
import secrets

from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from .errors import error_body

READ_METHODS = {"GET", "HEAD", "OPTIONS"}


class BodyTooLarge(HTTPException):
    """A request body went past the size limit while it was being read."""

    def __init__(self, limit_mb: float):
        super().__init__(413, f"the request body is larger than {limit_mb:g} MB; send less or raise "
                              "ACCORD_MAX_REQUEST_MB")


def given_token(headers: dict[bytes, bytes], basic: bool) -> str | None:
    """The token of an Authorization header: `Bearer TOKEN`, or (when `basic`) the password of HTTP Basic, which
    is what a browser sends after asking for it."""
    value = headers.get(b"authorization", b"").decode("latin-1").strip()
    scheme, _, rest = value.partition(" ")
    if scheme.lower() == "bearer":
        return rest.strip()
    if basic and scheme.lower() == "basic":
        try:
            return base64.b64decode(rest.strip(), validate=True).decode("utf-8").partition(":")[2]
        except (binascii.Error, UnicodeDecodeError):
            return None
    return None


def _same(given: str | None, token: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), token.encode())


class Gate:
    """ASGI middleware. For the paths that take a body (ingest): 403 when the server has no token, 401 when the
    request's is missing or wrong, 413 when its Content-Length is over the limit, all before the body is read;
    a body without a length is cut off at the limit. With `reads_need_token`, every request needs the token
    (as a bearer token, or as the password of HTTP Basic so that a browser can show the dashboard)."""

    def __init__(self, app, token: str | None, body_paths: set[str], max_request_mb: float,
                 reads_need_token: bool = False):
        self.app = app
        self.token = token or None
        self.body_paths = body_paths
        self.max_bytes = int(max_request_mb * 1024 * 1024)
        self.max_request_mb = max_request_mb
        self.reads_need_token = reads_need_token and self.token is not None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        path = scope["path"].rstrip("/") or "/"
        takes_body = path in self.body_paths and scope["method"] not in READ_METHODS
        refusal = self._refusal(headers, path, takes_body)
        if refusal is not None:
            status, message, kind, challenge = refusal
            response = JSONResponse(error_body(status, message, kind), status_code=status,
                                    headers={"WWW-Authenticate": challenge} if challenge else None)
            return await response(scope, receive, send)
        if not takes_body:
            return await self.app(scope, receive, send)
        return await self.app(scope, self._counted(receive), send)

    def _refusal(self, headers, path: str, takes_body: bool) -> tuple[int, str, str, str | None] | None:
        if takes_body:
            if self.token is None:
                return 403, "ingest is disabled: start the server with ACCORD_API_TOKEN set to allow it", \
                    "ingest_disabled", None
            if not _same(given_token(headers, basic=False), self.token):
                return 401, "missing or wrong token: send the header 'Authorization: Bearer <ACCORD_API_TOKEN>'", \
                    "unauthorized", "Bearer"
            length = headers.get(b"content-length", b"").decode("latin-1").strip()
            if length and (not length.isascii() or not length.isdigit()):
                return 400, f"Content-Length {length[:40]!r} is not a number", "invalid_request", None
            if length and int(length) > self.max_bytes:
                return 413, f"the request body is larger than {self.max_request_mb:g} MB; send less or raise " \
                    "ACCORD_MAX_REQUEST_MB", "payload_too_large", None
        elif self.reads_need_token and not _same(given_token(headers, basic=True), self.token):
            api = path.startswith("/api/") or path in ("/api", "/openapi.json")
            return 401, "this server needs its token to be read: send 'Authorization: Bearer <ACCORD_API_TOKEN>' " \
                "(a browser asks for it as the password)", "unauthorized", \
                "Bearer" if api else 'Basic realm="Accord", charset="UTF-8"'
        return None

    def _counted(self, receive):
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_request_mb)
            return message

        return counted
