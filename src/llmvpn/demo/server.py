"""Run the demo upstream on uvicorn: in a background thread for tests, or in the foreground."""

from __future__ import annotations

import socket
import threading
from collections.abc import Mapping
from typing import Any

import uvicorn

from llmvpn.demo.config import UpstreamConfig
from llmvpn.demo.record import ReceivedRequest
from llmvpn.demo.script import Fault
from llmvpn.demo.upstream import UpstreamApp, create_upstream_app
from llmvpn.keys import fingerprint


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind and listen before uvicorn starts, so port 0 yields a known free port with no race."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def uvicorn_config(app: UpstreamApp, log_level: str = "warning", *,
                   own_logging: bool = True) -> uvicorn.Config:
    # httptools + uvloop and no access log: the cheapest request path uvicorn has. Inside a test
    # process (own_logging=False) uvicorn must not re-configure the host's logging.
    return uvicorn.Config(app, http="httptools", loop="uvloop", lifespan="on", log_level=log_level,
                          access_log=False, timeout_graceful_shutdown=2, server_header=False,
                          **({} if own_logging else {"log_config": None}))


def socket_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class UpstreamServer:
    """The demo upstream on a free port in a daemon thread, scriptable without HTTP.

        with UpstreamServer() as upstream:
            upstream.script(Fault(key="sk-a", status=429, retry_after=30, times=None))
            httpx.post(upstream.url + "/chat/completions", ...)
    """

    def __init__(self, config: UpstreamConfig | None = None, *,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = create_upstream_app(config)
        self._host, self._port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.root_url = ""

    @property
    def url(self) -> str:
        """Base URL for clients, ending in /v1 as OpenAI's does."""
        return self.root_url + "/v1"

    def start(self, timeout: float = 10.0) -> UpstreamServer:
        sock = bind_socket(self._host, self._port)
        self.root_url = socket_url(sock)
        server = uvicorn.Server(uvicorn_config(self.app, own_logging=False))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"demo-upstream{self.root_url[6:]}", daemon=True)
        thread.start()
        self._server, self._thread = server, thread
        # uvicorn sets `started` once it serves; polling a thread-safe flag avoids a readiness RPC.
        waited = 0.0
        while not server.started:
            if not thread.is_alive() or waited > timeout:
                self.stop()
                raise RuntimeError(f"demo upstream did not start on {self.root_url}")
            thread.join(0.01)
            waited += 0.01
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self.app.release()  # stalled answers would otherwise hold the shutdown for its grace period
        self._server.should_exit = True
        self._thread.join(10)
        self._server = self._thread = None

    def __enter__(self) -> UpstreamServer:
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the control API, without HTTP --

    def script(self, *faults: Fault | Mapping[str, Any]) -> None:
        """Append faults (or their JSON dicts); the first matching one with uses left applies."""
        self.app.script.add(faults)

    def reset(self) -> None:
        """Forget the script and the records; release stalled answers."""
        self.app.reset()

    def release(self) -> None:
        """Let stalled answers continue (a stall with no `stall_ms` waits for this or a disconnect)."""
        self.app.release()

    def received(self, *, path: str | None = None, key: str | None = None) -> list[ReceivedRequest]:
        """Requests received so far, oldest first; `key` (raw) filters by its fingerprint."""
        key_fp = fingerprint(key) if key is not None else None
        return [
            r for r in self.app.recorder.snapshot()
            if (path is None or r.path == path) and (key_fp is None or r.key_fingerprint == key_fp)
        ]
