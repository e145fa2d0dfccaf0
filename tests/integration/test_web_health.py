"""The web server as a real process (`python -m llmvpn.web`), with the key server missing or hung.

FAULTS #1, #3, #11: health says "down" within the deadline, bodies over the limit get 413 whether
they declare their length or stream it, and SIGTERM stops the server cleanly.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import APIRouter, Request

from llmvpn.config import WebSettings
from llmvpn.web.app import create_app

JWT_SECRET = "canary-jwt-secret-0123456789abcdefghijklmnop"
DEADLINE = 1.0
MB = 1024 * 1024


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class WebServer:
    """`python -m llmvpn.web` in a child process, its environment given explicitly."""

    def __init__(self, tmp_path: Path, socket_path: Path, workers: int = 1) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"web-{self.port}.log"
        env = {
            "PATH": os.environ.get("PATH", ""),
            "LLMVPN_HOME": str(tmp_path / "home"),
            "KEY_SERVER_SOCKET": str(socket_path),
            "KEY_SERVER_DEADLINE_SECONDS": str(DEADLINE),
            "WEB_SERVER_PORT": str(self.port),
            "WEB_SERVER_WORKERS": str(workers),
            "WEB_SERVER_JWT_SECRET": JWT_SECRET,
            "LLMVPN_LOG_LEVEL": "DEBUG",
        }
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen([sys.executable, "-m", "llmvpn.web"], env=env, cwd=tmp_path,
                                        stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"web server exited at start:\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/ping", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"web server did not start:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        return self.process.returncode


@pytest.fixture
def web(tmp_path: Path) -> Iterator[WebServer]:
    server = WebServer(tmp_path, tmp_path / "no-keyserver.sock")
    yield server
    server.stop()


def _error(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


def test_ping_does_not_need_the_key_server(web: WebServer) -> None:
    response = httpx.get(f"{web.url}/ping")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_health_with_key_server_missing_is_503_at_once(web: WebServer) -> None:
    started = time.monotonic()
    response = httpx.get(f"{web.url}/api/health")
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded" and body["key_server"] == "down"
    assert body["version"] and body["uptime_seconds"] >= 0
    assert elapsed < DEADLINE + 0.5


def test_health_with_key_server_hung_answers_at_the_deadline(tmp_path: Path) -> None:
    # A socket that accepts connections into its backlog and never speaks: a SIGSTOPped key server.
    hung = socket.socket(socket.AF_UNIX)
    hung.bind(str(tmp_path / "hung.sock"))
    hung.listen(16)
    server = WebServer(tmp_path, tmp_path / "hung.sock")
    try:
        for _ in range(2):  # the second call meets a channel that is already stuck
            started = time.monotonic()
            response = httpx.get(f"{server.url}/api/health", timeout=10)
            elapsed = time.monotonic() - started
            assert response.status_code == 503 and response.json()["key_server"] == "down"
            assert elapsed < DEADLINE + 0.5
    finally:
        server.stop()
        hung.close()


def test_unknown_route_is_json_404(web: WebServer) -> None:
    response = httpx.post(f"{web.url}/v1/unknown", json={})
    assert response.status_code == 404 and _error(response)["type"] == "not_found_error"
    assert response.headers["x-request-id"]


def test_413_for_declared_length_over_the_limit(web: WebServer) -> None:
    response = httpx.post(f"{web.url}/api/health", content=b"x" * (3 * MB),
                          headers={"content-type": "application/json"}, timeout=10)
    assert response.status_code == 413 and _error(response)["code"] == "payload_too_large"


# A route that reads its body, so that a streamed upload is counted as it arrives (the app has none
# yet; the chat routes will be the real ones).
probe = APIRouter()


@probe.post("/test/upload")
async def upload(request: Request) -> dict:
    return {"bytes": len(await request.body())}


@pytest.fixture
def threaded(tmp_path: Path) -> Iterator[str]:
    """The app with the probe route under a real uvicorn in a thread (httpx's serve_in_thread idea)."""
    app = create_app(WebSettings(jwt_secret=JWT_SECRET, socket_path=tmp_path / "none.sock", home=tmp_path))
    app.include_router(probe)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, loop="uvloop", http="httptools",
                                           log_config=None, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    for _ in range(total // size):
        yield b"x" * size


def test_413_for_chunked_body_over_the_limit(threaded: str) -> None:
    response = httpx.post(f"{threaded}/test/upload", content=_chunks(3 * MB), timeout=10)
    assert "content-length" not in response.request.headers
    assert response.status_code == 413 and _error(response)["code"] == "payload_too_large"
    assert response.headers["x-request-id"]
    # The same connection pool and server go on working afterwards.
    assert httpx.post(f"{threaded}/test/upload", content=_chunks(MB)).json() == {"bytes": MB}


def test_413_for_declared_length_to_a_reading_route(threaded: str) -> None:
    response = httpx.post(f"{threaded}/test/upload", content=b"x" * (3 * MB), timeout=10)
    assert response.status_code == 413 and _error(response)["code"] == "payload_too_large"


def test_sigterm_stops_cleanly_and_logs_no_secret(web: WebServer) -> None:
    httpx.get(f"{web.url}/api/health")
    code = web.stop()
    assert code in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after a clean shutdown
    log = web.log()
    assert "Application shutdown complete" in log
    assert JWT_SECRET not in log and JWT_SECRET[-8:] not in log


def test_several_workers_run_under_gunicorn(tmp_path: Path) -> None:
    server = WebServer(tmp_path, tmp_path / "no-keyserver.sock", workers=2)
    try:
        for _ in range(20):
            response = httpx.get(f"{server.url}/api/health")
            assert response.status_code == 503 and response.json()["key_server"] == "down"
    finally:
        assert server.stop() == 0
    log = server.log()
    assert log.count("Booting worker") == 2 and "Shutting down: Master" in log
