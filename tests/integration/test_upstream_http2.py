"""HTTP/2 to upstreams that offer it: the test upstream served by hypercorn over TLS (ALPN h2), a CA
of the test's own trusted through WEB_SERVER_UPSTREAM_CA_BUNDLE."""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypercorn.asyncio import serve
from hypercorn.config import Config

from llmvpn.demo import UpstreamConfig
from llmvpn.demo.upstream import UpstreamApp, create_upstream_app
from llmvpn.keys import ProviderKey
from llmvpn.keyserver.client import NewKey
from tests.fixtures.processes import free_port, short_socket_dir, start_keyserver, start_web
from tests.fixtures.tls import TlsFiles, make_tls_files
from tests.integration.gateway import WEB_ENV, Gateway, chat_body, post_chat


class TlsUpstream:
    """The demo upstream on hypercorn (HTTP/2 and HTTP/1.1 over TLS) in a thread of this process."""

    def __init__(self, tls: TlsFiles) -> None:
        self.app: UpstreamApp = create_upstream_app(UpstreamConfig())
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}/v1"
        config = Config()
        config.bind = [f"127.0.0.1:{self.port}"]
        config.certfile, config.keyfile = str(tls.cert), str(tls.key)
        config.loglevel = "WARNING"
        self._config = config
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self._loop.run_until_complete(serve(self.app, self._config, shutdown_trigger=self._stop.wait))

    def __enter__(self) -> TlsUpstream:
        self._thread.start()
        for _ in range(200):
            try:
                httpx.get(f"{self.url}/models", verify=False, timeout=0.5)
                return self
            except httpx.HTTPError:
                threading.Event().wait(0.05)
        raise RuntimeError("hypercorn did not start")

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def tls_upstream(tls: TlsFiles) -> Iterator[TlsUpstream]:
    with TlsUpstream(tls) as upstream:
        yield upstream


def _gateway(home: Path, **env: str) -> Iterator[Gateway]:
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(home, sock_dir / "ks.sock") as keyserver, \
                start_web(home, keyserver.socket_path, LLMVPN_PRIVACY_NER="false", **WEB_ENV, **env) as web, \
                httpx.Client(timeout=15) as http:
            yield Gateway(keyserver, web, http)
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


def _provider(gateway: Gateway, upstream: TlsUpstream, name: str) -> str:
    gateway.run(lambda c: c.create_provider(name=name, kind="openai", base_url=upstream.url, models=[f"{name}-m"],
                                            keys=[NewKey(ProviderKey(f"sk-{name}-0123456789"))]))
    return f"{name}-m"


@pytest.mark.parametrize(("http2", "version"), [("true", "2"), ("false", "1.1")])
def test_upstream_calls_use_http2_where_offered(http2: str, version: str, tls: TlsFiles,
                                                 tls_upstream: TlsUpstream, tmp_path: Path) -> None:
    for gateway in _gateway(tmp_path, WEB_SERVER_UPSTREAM_CA_BUNDLE=str(tls.ca), WEB_SERVER_UPSTREAM_HTTP2=http2):
        model = _provider(gateway, tls_upstream, f"h{version.replace('.', '')}")
        tls_upstream.app.recorder.clear()
        whole = post_chat(gateway, chat_body(model))
        assert whole.status_code == 200, whole.text
        assert whole.json()["choices"][0]["message"]["content"].startswith("You said:")
        streamed = post_chat(gateway, chat_body(model, stream=True))
        assert streamed.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n")
        assert [r.http_version for r in tls_upstream.app.recorder.snapshot()] == [version, version]
        gateway.wait_for_no_leases()


def test_an_untrusted_certificate_is_a_clean_502(tls_upstream: TlsUpstream, tmp_path: Path) -> None:
    for gateway in _gateway(tmp_path):
        model = _provider(gateway, tls_upstream, "untrusted")
        tls_upstream.app.recorder.clear()
        response = post_chat(gateway, chat_body(model))
        assert response.status_code == 502, response.text
        assert response.json()["error"]["code"] == "upstream_connection_error"
        assert tls_upstream.app.recorder.snapshot() == []  # nothing was sent to an unverified host
        gateway.wait_for_no_leases()
