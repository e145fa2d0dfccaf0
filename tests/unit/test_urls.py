"""URL safety (providers/urls.py, FAULTS 15): which provider URLs are refused, under which rule.

Names are resolved with the real getaddrinfo where this host can answer (localhost). This sandbox has
no DNS, so "a public name that resolves to 169.254.169.254" is played by a resolver function given to
the checker, the same seam the transport uses; the connect-time tests then run real connections
against a real listener.
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest

from llmvpn.demo import UpstreamServer
from llmvpn.errors import InvalidRequest, UnsafeUrl
from llmvpn.providers.urls import Rule, UrlPolicy, check_url, guarded_transport, system_resolve
from tests.fixtures.tls import make_tls_files

DEFAULT = UrlPolicy()
NO_PRIVATE = UrlPolicy(allow_private=False)
ALLOW_ALL = UrlPolicy(allow_private=True, allow_link_local=True)


def _teredo(client: str) -> str:
    # Teredo hides the client's IPv4 inverted in the last 32 bits.
    inverted = int(ipaddress.IPv4Address(client)) ^ 0xFFFFFFFF
    return str(ipaddress.IPv6Address((0x20010000 << 96) | (0x4136E378 << 64) | (0x8000 << 48) | inverted))


LINK_LOCAL = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.0.1:8080/v1",
    "http://[fe80::1]/",
    "http://[fe80::1%25eth0]/",
    "http://2852039166/",                    # 169.254.169.254 as one decimal number
    "http://0xa9fea9fe/",                    # ... as hex
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://169.254.43518/",                 # ... in the three-part form
    "http://169.254.169.254./",              # trailing dot
    "http://[::ffff:169.254.169.254]/",      # IPv4-mapped
    "http://[::ffff:a9fe:a9fe]/",
    "http://[::169.254.169.254]/",           # IPv4-compatible
    "http://[64:ff9b::a9fe:a9fe]/",          # NAT64
    "http://[2002:a9fe:a9fe::1]/",           # 6to4
    f"http://[{_teredo('169.254.169.254')}]/",
]
METADATA = [
    "http://[fd00:ec2::254]/",
    "http://100.100.100.200/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://METADATA.google.internal./",
    "http://instance-data/",
]
LOOPBACK = [
    "http://127.0.0.1:11434/v1", "http://localhost:8000/v1", "http://LOCALHOST./", "http://api.localhost/",
    "http://[::1]/", "http://2130706433/", "http://0x7f.1/", "http://127.1/",
    "http://0.0.0.0/", "http://0/", "http://[::]/", "http://[::ffff:127.0.0.1]/",
]
PRIVATE = [
    "http://10.0.0.5/v1", "http://172.16.3.4/", "http://192.168.1.10:8000/v1", "http://100.64.0.1/",
    "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fec0::1]/",
]
NOT_UNICAST = ["http://224.0.0.1/", "http://255.255.255.255/", "http://240.0.0.1/", "http://[ff02::1]/"]
PUBLIC = ["https://api.openai.com/v1", "https://api.anthropic.com/v1", "http://8.8.8.8/v1",
          "https://[2001:4860:4860::8888]/v1", "HTTPS://api.example.com/v1"]


async def _refusal(url: str, policy: UrlPolicy, **kwargs: object) -> UnsafeUrl:
    with pytest.raises(UnsafeUrl) as caught:
        await check_url(url, policy, **kwargs)
    assert caught.value.param == "base_url"
    assert caught.value.status_code == 400 and caught.value.code == "unsafe_url"
    return caught.value


@pytest.mark.parametrize("url", LINK_LOCAL)
async def test_link_local_in_every_spelling_is_refused(url: str) -> None:
    error = await _refusal(url, DEFAULT)
    assert "(rule: link-local)" in error.message
    assert "LLMVPN_ALLOW_LINK_LOCAL_UPSTREAMS" in error.message


@pytest.mark.parametrize("url", METADATA)
async def test_metadata_endpoints_are_refused(url: str) -> None:
    assert "(rule: metadata)" in (await _refusal(url, DEFAULT)).message


@pytest.mark.parametrize("url", LINK_LOCAL + METADATA)
async def test_an_operator_can_allow_link_local(url: str) -> None:
    await check_url(url, ALLOW_ALL)


@pytest.mark.parametrize("url", LOOPBACK + PRIVATE + PUBLIC)
async def test_loopback_private_and_public_are_allowed_by_default(url: str) -> None:
    await check_url(url, DEFAULT)


@pytest.mark.parametrize("url", LOOPBACK)
async def test_denying_private_refuses_loopback(url: str) -> None:
    assert "(rule: loopback)" in (await _refusal(url, NO_PRIVATE)).message


@pytest.mark.parametrize("url", PRIVATE)
async def test_denying_private_refuses_private_networks(url: str) -> None:
    assert "(rule: private)" in (await _refusal(url, NO_PRIVATE)).message


@pytest.mark.parametrize("url", NOT_UNICAST)
async def test_multicast_broadcast_and_reserved_are_always_refused(url: str) -> None:
    assert "(rule: not-unicast)" in (await _refusal(url, ALLOW_ALL)).message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "gopher://127.0.0.1:70/",
                                 "javascript:alert(1)", "api.openai.com/v1", "ws://example.com/"])
async def test_only_http_and_https(url: str) -> None:
    assert "(rule: scheme)" in (await _refusal(url, ALLOW_ALL)).message


@pytest.mark.parametrize("url", [
    "http://user:secret@example.com/v1", "http://", "http://exa mple.com/", "http://example.com/\nHost: x",
    # Octal IPv4 with leading zeros: httpx refuses to parse it, so it can't be called; refused as invalid.
    "http://0251.0376.0251.0376/", "http://0177.0.0.1/",
])
async def test_malformed_urls_are_invalid(url: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        await check_url(url, ALLOW_ALL)
    assert caught.value.param == "base_url"
    assert "secret" not in caught.value.message


def _resolver(*answers: Sequence[str]):
    """A resolver answering each call with the next list (the last one repeats): DNS rebinding."""
    calls: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return list(answers[min(len(calls), len(answers)) - 1])

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


async def test_a_name_is_judged_by_what_it_resolves_to() -> None:
    error = await _refusal("http://169.254.169.254.nip.io/", DEFAULT, resolver=_resolver(["169.254.169.254"]))
    assert "resolves to 169.254.169.254" in error.message and "(rule: link-local)" in error.message


async def test_every_address_of_a_name_is_checked() -> None:
    # One refused address among public ones is enough: which one a client picks is not ours to know.
    await _refusal("http://mixed.example/", DEFAULT, resolver=_resolver(["8.8.8.8", "fe80::1", "1.1.1.1"]))
    await _refusal("http://mapped.example/", DEFAULT, resolver=_resolver(["::ffff:169.254.169.254"]))


async def test_a_name_that_does_not_resolve_passes_the_store_time_check() -> None:
    async def nowhere(host: str, port: int) -> list[str]:
        raise OSError("no such name")

    await check_url("https://models.internal.example/v1", DEFAULT, resolver=nowhere)


async def test_the_system_resolver_is_really_asked() -> None:
    assert "127.0.0.1" in await system_resolve("localhost", 80)
    error = await _refusal("http://localhost:9/", NO_PRIVATE)
    assert Rule.LOOPBACK in error.message


# --- connect time -------------------------------------------------------------------------------


@pytest.fixture
async def listener() -> AsyncIterator[tuple[int, list[str]]]:
    """A real TCP listener on 127.0.0.1 that counts connections (and answers nothing useful)."""
    seen: list[str] = []

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append((await reader.read(65536)).decode("latin-1"))
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[1], seen


async def test_rebinding_after_the_check_is_refused_at_connect_time(listener: tuple[int, list[str]]) -> None:
    port, seen = listener
    # Public when the URL is stored, then the refused listener's address when the request goes out.
    resolve = _resolver(["8.8.8.8"], ["127.0.0.1"])
    url = f"http://rebind.example:{port}/v1"
    await check_url(url, NO_PRIVATE, resolver=resolve)
    async with httpx.AsyncClient(transport=guarded_transport(NO_PRIVATE, resolver=resolve)) as client:
        with pytest.raises(UnsafeUrl, match=r"resolves to 127\.0\.0\.1.*rule: loopback"):
            await client.get(f"{url}/models", headers={"authorization": "Bearer sk-canary-rebind-0123456789"})
    assert resolve.calls == ["rebind.example", "rebind.example"]  # type: ignore[attr-defined]
    assert seen == []  # no connection, so no key, reached the refused address


async def test_the_transport_connects_to_the_address_it_checked(upstream: UpstreamServer) -> None:
    # The name exists only in our resolver: a connection can only have used the address it returned.
    port = httpx.URL(upstream.url).port
    resolve = _resolver(["127.0.0.1"])
    async with httpx.AsyncClient(transport=guarded_transport(DEFAULT, resolver=resolve)) as client:
        response = await client.get(f"http://models.test:{port}/v1/models",
                                    headers={"authorization": "Bearer sk-demo-key"})
    assert response.status_code == 200
    assert upstream.received(path="/v1/models")[0].headers["host"] == f"models.test:{port}"


async def test_literal_refused_addresses_never_connect(listener: tuple[int, list[str]]) -> None:
    port, seen = listener
    async with httpx.AsyncClient(transport=guarded_transport(NO_PRIVATE)) as client:
        for host in ("127.0.0.1", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "localhost"):
            with pytest.raises(UnsafeUrl):
                await client.get(f"http://{host}:{port}/v1/models")
    assert seen == []


async def test_an_unresolvable_name_is_a_connect_error() -> None:
    async def nowhere(host: str, port: int) -> list[str]:
        raise OSError("no such name")

    async with httpx.AsyncClient(transport=guarded_transport(DEFAULT, resolver=nowhere)) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("http://nowhere.example/v1/models")


@pytest.mark.parametrize("http2", [False, True], ids=["http1", "http2"])
async def test_both_connection_paths_are_guarded(listener: tuple[int, list[str]], http2: bool) -> None:
    # HTTP/1.1 connects through guarded_connect, HTTP/2 attempts through GuardedBackend: both check.
    port, seen = listener
    async with httpx.AsyncClient(transport=guarded_transport(NO_PRIVATE, http2=http2)) as client:
        for scheme in ("http", "https"):
            with pytest.raises(UnsafeUrl):
                await client.get(f"{scheme}://127.0.0.1:{port}/v1/models")
    assert seen == []


# --- which transport: HTTP/1.1 or HTTP/2 ---------------------------------------------------------


@pytest.fixture
async def http1_tls_server(tmp_path: Path) -> AsyncIterator[tuple[int, list[int], ssl.SSLContext]]:
    """An HTTPS server that speaks HTTP/1.1 only (ALPN), keeps connections alive, and counts them;
    with a client context that trusts its CA."""
    tls = make_tls_files(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tls.cert, tls.key)
    context.set_alpn_protocols(["http/1.1"])
    connections: list[int] = []

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0, ssl=context)
    async with server:
        yield server.sockets[0].getsockname()[1], connections, ssl.create_default_context(cafile=tls.ca)


async def test_an_https_origin_that_answers_http1_is_called_as_http1_after(
        http1_tls_server: tuple[int, list[int], ssl.SSLContext]) -> None:
    port, connections, client_context = http1_tls_server
    transport = guarded_transport(DEFAULT, http2=True, ssl_context=lambda: client_context)
    async with httpx.AsyncClient(transport=transport) as client:
        versions = [(await client.get(f"https://127.0.0.1:{port}/v1/models")).http_version for _ in range(4)]
    assert versions == ["HTTP/1.1"] * 4
    # The first call went through the HTTP/2-capable pool; the next three on one Http1Transport connection.
    assert len(connections) == 2

