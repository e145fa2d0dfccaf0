"""A real key server and web server for the data-plane tests, shared by a module, and pools on them.

Starting both processes costs about a second, so a test module shares one pair (`gateway`), and each
test gets its own pool (`make_pool`): a provider with fresh keys and a model name of its own, so no
cooldown, disabled key or owner history leaks from one test into the next.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from llmvpn.demo import UpstreamServer
from llmvpn.keyserver.client import KeyServerClient, NewKey
from llmvpn.keys import ProviderKey
from llmvpn.web.auth import issue_token
from tests.fixtures.processes import JWT_SECRET, Proc, short_socket_dir, start_keyserver, start_web

READ_TIMEOUT = 1.0      # the longest upstream silence tolerated (also ends stalled streams)
REQUEST_TIMEOUT = 3.0   # the whole request, failovers included, up to its answer or first event
MAX_RESPONSE = 1024 * 1024
WEB_ENV = {
    "WEB_SERVER_UPSTREAM_READ_TIMEOUT_SECONDS": str(READ_TIMEOUT),
    "BACKEND_REQUEST_TIMEOUT_SECONDS": str(REQUEST_TIMEOUT),
    "WEB_SERVER_UPSTREAM_MAX_RESPONSE_BYTES": str(MAX_RESPONSE),
    "WEB_SERVER_MAX_MESSAGES": "50",
    "WEB_SERVER_MAX_MESSAGE_CHARS": "10000",
}


@dataclass
class Gateway:
    keyserver: Proc
    web: Proc
    http: httpx.Client  # one pooled client: building one costs ~0.1 s (its SSL context)

    @property
    def base_url(self) -> str:
        return f"{self.web.url}/v1"

    def token(self, sub: str = "alice") -> str:
        return issue_token(JWT_SECRET, sub, ttl_seconds=3600, issuer="llmvpn", audience="llmvpn")

    def run(self, work: Callable[[KeyServerClient], object]) -> object:
        """Run `work(client)` to completion, from sync or async tests alike (in a thread of its own)."""
        async def call() -> object:
            async with KeyServerClient(self.keyserver.socket_path, 5) as client:
                return await work(client)  # type: ignore[misc]
        with concurrent.futures.ThreadPoolExecutor(1) as executor:
            return executor.submit(asyncio.run, call()).result()

    def leases_in_flight(self) -> int:
        return self.run(lambda c: _in_flight(c))  # type: ignore[return-value]

    def wait_for_no_leases(self, timeout: float = 3.0) -> float:
        """Seconds until the key server holds no lease; fails the test past `timeout`."""
        start = time.monotonic()
        while (count := self.leases_in_flight()) != 0:
            assert time.monotonic() - start < timeout, f"{count} lease(s) still in flight after {timeout} s"
            time.sleep(0.02)
        return time.monotonic() - start

    def provider(self, name: str):  # noqa: ANN201 - a ProviderInfo
        return self.run(lambda c: _provider_named(c, name))


async def _in_flight(client: KeyServerClient) -> int:
    return (await client.health()).leases_in_flight


async def _provider_named(client: KeyServerClient, name: str):  # noqa: ANN202
    return next(p for p in await client.list_providers() if p.name == name)


@dataclass
class Pool:
    """One provider on the test upstream: its name, its model, and its raw keys (in creation order)."""

    name: str
    model: str
    keys: list[str]
    kind: str

    @property
    def qualified(self) -> str:
        return f"{self.name}/{self.model}"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("gateway")
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(home, sock_dir / "ks.sock") as keyserver, \
                start_web(home, keyserver.socket_path, **WEB_ENV) as web, httpx.Client(timeout=10) as http:
            yield Gateway(keyserver, web, http)
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


@pytest.fixture
def make_pool(gateway: Gateway, upstream: UpstreamServer) -> Callable[..., Pool]:
    """make_pool(keys=4, kind="openai", base_url=None): a new provider with fresh keys on `upstream`."""

    def make(keys: int = 4, kind: str = "openai", base_url: str | None = None, model: str | None = None) -> Pool:
        tag = uuid.uuid4().hex[:10]
        pool = Pool(name=f"p-{tag}", model=model or f"model-{tag}", kind=kind,
                    keys=[f"sk-test-{tag}-{i}-{uuid.uuid4().hex}" for i in range(keys)])
        gateway.run(lambda c: c.create_provider(
            name=pool.name, kind=kind, base_url=base_url or upstream.url, models=[pool.model],
            keys=[NewKey(ProviderKey(k), label=f"k{i}") for i, k in enumerate(pool.keys)]))
        return pool

    return make


def chat_body(model: str, text: str = "Hello there, gateway.", **extra: object) -> dict:
    return {"model": model, "messages": [{"role": "system", "content": "Be brief."},
                                         {"role": "user", "content": text}], **extra}


def post_chat(gateway: Gateway, body: object, *, token: str | None = None, timeout: float = 10.0,
              **kwargs: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token or gateway.token()}"}
    headers.update(kwargs.pop("headers", {}))  # type: ignore[arg-type]
    url = f"{gateway.base_url}/chat/completions"
    if isinstance(body, bytes | str):
        return gateway.http.post(url, content=body, headers=headers, timeout=timeout, **kwargs)
    return gateway.http.post(url, json=body, headers=headers, timeout=timeout, **kwargs)
