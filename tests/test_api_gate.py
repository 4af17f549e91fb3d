"""The gate in front of the API, on real servers: the token and the size are checked before a body is read,
ids are ASCII digits, reads need the token on a non-loopback host, an ingest that stores nothing is a 4xx."""

from __future__ import annotations

import base64
import gzip
import socket
import time

import httpx
import pytest

from accord.api import ServeSettings, create_app
from accord.api.app import serve_settings_for

pytestmark = pytest.mark.slow  # real servers

TOKEN = "gate-token-5678"
AUTH = {"authorization": f"Bearer {TOKEN}"}
ERROR_KEYS = {"status", "type", "message", "details"}


def assert_error(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS and body["error"]["status"] == status
    return body["error"]


@pytest.fixture(scope="module")
def writable(pipeline, serve_app, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('gate') / 'gate.db'}"
    settings = ServeSettings(database_url=url, api_token=TOKEN, max_upload_mb=1, max_request_mb=2,
                             allowed_hosts=["127.0.0.1"])
    with httpx.Client(base_url=serve_app(create_app(url, settings, pipeline)), timeout=60) as client:
        yield client


def raw_post(base: str, path: str, headers: dict[str, str], body_mb: int) -> tuple[str, int]:
    """POST with the given headers, then send up to `body_mb` MB of body until the server answers or closes;
    the status line and how many body bytes went out."""
    host, port = base.removeprefix("http://").split(":")
    sent = 0
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        sock.sendall((head + "\r\n").encode())
        chunk = b"x" * (1 << 20)
        sock.setblocking(False)
        answer = b""
        for _ in range(body_mb):
            try:
                answer += sock.recv(65536)
            except BlockingIOError:
                pass
            if answer:
                break
            try:
                sent += sock.send(chunk)
            except BlockingIOError:
                time.sleep(0.01)
            except (BrokenPipeError, ConnectionResetError):
                break
        sock.setblocking(True)
        sock.settimeout(20)
        while b"\r\n" not in answer:
            more = sock.recv(65536)
            if not more:
                break
            answer += more
    return answer.split(b"\r\n", 1)[0].decode(), sent


def test_gate_wrong_token_is_refused_before_the_body_is_read(writable):
    status, sent = raw_post(str(writable.base_url).rstrip("/"), "/api/documents",
                            {"Authorization": "Bearer wrong", "Content-Type": "application/json",
                             "Content-Length": str(300 << 20)}, body_mb=300)
    assert status.startswith("HTTP/1.1 401 ")
    assert sent < 100 << 20  # answered while most of the 300 MB were still to come


def test_gate_declared_size_over_the_limit_is_refused_before_the_body_is_read(writable):
    status, sent = raw_post(str(writable.base_url).rstrip("/"), "/api/documents/upload",
                            {**AUTH, "Content-Type": "multipart/form-data; boundary=b",
                             "Content-Length": str(300 << 20)}, body_mb=300)
    assert status.startswith("HTTP/1.1 413 ")
    assert sent < 100 << 20


def test_gate_streamed_body_is_cut_off_at_the_limit(writable):
    def chunks():
        for _ in range(40):
            yield b" " * (1 << 20)

    r = writable.post("/api/documents", content=chunks(), headers={**AUTH, "content-type": "application/json"})
    assert "larger than 2 MB" in assert_error(r, 413)["message"]


def test_gate_gzip_upload_is_limited_by_its_expanded_size(writable):
    bomb = gzip.compress(b"Peace talks resumed. " * 200_000)  # 4 MB of text in a few kB
    assert len(bomb) < 100_000
    r = writable.post("/api/documents/upload", files={"file": ("wire.txt.gz", bomb, "application/gzip")},
                      headers=AUTH)
    assert assert_error(r, 413)["message"] == ("wire.txt.gz: expands to more than 1 MB; split it or raise "
                                               "ACCORD_MAX_UPLOAD_MB")


def test_gate_small_gzip_upload_goes_in_with_the_date_given(writable):
    text = gzip.compress(b"Norway hosted talks between Colombia and the rebels on Tuesday.")
    r = writable.post("/api/documents/upload", files={"file": ("talks.txt.gz", text, "application/gzip")},
                      data={"date": "2016-08-30"}, headers=AUTH)
    assert r.status_code == 201, r.text
    [doc_id] = r.json()["document_ids"]
    assert writable.get(f"/api/documents/{doc_id}").json()["date"] == "2016-08-30"


@pytest.mark.parametrize(("name", "content", "line"), [
    ("empty.txt", b"", "empty.txt: the file is empty"),
    ("bad.jsonl", b'{"text": ""}\n', "bad.jsonl:1: no 'text' field with content"),
])
def test_gate_upload_that_stores_nothing_is_a_422_with_the_failure_line(writable, name, content, line):
    r = writable.post("/api/documents/upload", files={"file": (name, content, "text/plain")}, headers=AUTH)
    err = assert_error(r, 422)
    assert err["type"] == "nothing_stored" and err["message"] == line
    assert [d["message"] for d in err["details"]] == [line]


def test_gate_upload_stored_before_is_a_200_not_a_201(writable):
    files = {"file": ("once.txt", b"Chile recalled its ambassador from Peru.", "text/plain")}
    first = writable.post("/api/documents/upload", files=files, data={"date": "2020-01-02"}, headers=AUTH)
    again = writable.post("/api/documents/upload", files=files, data={"date": "2020-01-02"}, headers=AUTH)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["document_ids"] == first.json()["document_ids"] and again.json()["duplicates"] == 1


@pytest.mark.parametrize("path", ["/api/documents/²", "/api/documents/٣", "/api/documents/+1", "/api/documents/1_0",
                                  "/api/documents/%201", "/api/commitments/٣", "/api/commitments/²"])
def test_gate_ids_are_ascii_digits_only(writable, path):
    assert writable.get("/api/documents/1").status_code == 200
    err = assert_error(writable.get(path), 422)
    assert "ASCII digits only" in err["message"]


@pytest.mark.parametrize("path", ["/documents/٣", "/documents/²", "/commitments/٣"])
def test_gate_page_ids_are_ascii_digits_only(writable, path):
    r = writable.get(path, headers={"accept": "text/html"})
    assert r.status_code == 422 and "Traceback" not in r.text


# -- reads on a non-loopback host ---------------------------------------------------------------------


@pytest.mark.parametrize(("host", "token", "public", "needed"), [
    ("0.0.0.0", TOKEN, False, True),
    ("0.0.0.0", TOKEN, True, False),
    ("0.0.0.0", None, False, False),
    ("127.0.0.1", TOKEN, False, False),
    ("192.0.2.7", TOKEN, False, True),
])
def test_gate_reads_need_the_token_off_loopback_unless_public_read(host, token, public, needed):
    settings = ServeSettings(database_url="sqlite://", api_token=token, public_read=public)
    assert serve_settings_for(settings, host).reads_need_token is needed


@pytest.fixture(scope="module")
def guarded(sample_db, serve_app):
    settings = ServeSettings(database_url=sample_db, api_token=TOKEN, reads_need_token=True)
    with httpx.Client(base_url=serve_app(create_app(sample_db, settings)), timeout=30) as client:
        yield client


@pytest.mark.parametrize("path", ["/api/stats", "/api/documents/1", "/openapi.json", "/", "/documents/1",
                                  "/static/accord.css"])
def test_gate_guarded_server_answers_reads_only_with_the_token(guarded, path):
    bare = guarded.get(path)
    assert bare.status_code == 401 and bare.json()["error"]["type"] == "unauthorized"
    assert bare.headers["www-authenticate"] == ("Bearer" if path.startswith(("/api/", "/openapi")) else
                                                'Basic realm="Accord", charset="UTF-8"')
    assert guarded.get(path, headers={"authorization": "Bearer nope"}).status_code == 401
    assert guarded.get(path, headers=AUTH).status_code == 200
    browser = base64.b64encode(f"anyone:{TOKEN}".encode()).decode()
    assert guarded.get(path, headers={"authorization": f"Basic {browser}"}).status_code == 200


def serve_through_cli(monkeypatch, *args) -> tuple[object, dict]:
    """`accord serve ...` through CliRunner with nothing bound: the port check and uvicorn's run are replaced,
    and the run records the host, port and app uvicorn was given. The CLI result and what was recorded."""
    import uvicorn
    from typer.testing import CliRunner

    from accord.api import app as api_app
    from accord.cli import app

    given: dict = {}

    def run(server):
        given.update(host=server.config.host, port=server.config.port, app=server.config.app)

    with monkeypatch.context() as patched:  # undone before the test serves the app itself
        patched.setattr(api_app, "check_port", lambda host, port: None)
        patched.setattr(uvicorn.Server, "run", run)
        result = CliRunner().invoke(app, ["serve", *args], env={"COLUMNS": "200"})
    return result, given


def test_gate_serve_command_on_all_interfaces_guards_reads(sample_db, serve_app, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", TOKEN)
    result, given = serve_through_cli(monkeypatch, "--db", sample_db, "--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert (given["host"], given["port"]) == ("0.0.0.0", 8123)
    assert "http://127.0.0.1:8123/" in result.stdout and "warning" not in result.stderr
    with httpx.Client(base_url=serve_app(given["app"]), timeout=60) as client:  # in-process, on 127.0.0.1
        assert_error(client.get("/api/stats", headers={"host": "accord.example.org"}), 401)  # any name
        assert client.get("/api/stats", headers=AUTH).json()["documents"] == 34


def test_gate_serve_command_with_public_read_warns_and_serves_reads(sample_db, serve_app, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", TOKEN)
    result, given = serve_through_cli(monkeypatch, "--db", sample_db, "--host", "0.0.0.0", "--public-read")
    assert result.exit_code == 0, result.output
    warning = "warning: every read endpoint is open to anyone who can reach 0.0.0.0:8000"
    assert warning in " ".join(result.stderr.split())
    with httpx.Client(base_url=serve_app(given["app"]), timeout=60) as client:
        assert client.get("/api/stats").json()["documents"] == 34
        assert_error(client.post("/api/documents", json={"text": "x"}), 401)  # writes still need the token


def test_gate_serve_command_on_loopback_answers_only_loopback_names(sample_db, serve_app, monkeypatch):
    monkeypatch.delenv("ACCORD_API_TOKEN", raising=False)
    monkeypatch.delenv("ACCORD_ALLOWED_HOSTS", raising=False)
    result, given = serve_through_cli(monkeypatch, "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert given["host"] == "127.0.0.1"
    with httpx.Client(base_url=serve_app(given["app"]), timeout=60) as client:
        assert client.get("/api/stats").json()["documents"] == 34
        assert_error(client.get("/api/stats", headers={"host": "attacker.example"}), 400)
