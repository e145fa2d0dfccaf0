"""Where a provider's base URL may point: only http(s), and never at link-local or metadata addresses.

A provider URL is admin input that the gateway later calls with a pooled key, so it must not become
a way to reach the cloud host's metadata service (169.254.169.254 and friends) or to hand a key to
an address the operator did not mean. Rules, each named in the UnsafeUrl message that refuses it:

    scheme ········· only http and https                                    always
    not-unicast ···· multicast, broadcast, reserved (240.0.0.0/4, ...)      always refused
    link-local ····· 169.254.0.0/16, fe80::/10                              refused unless allowed
    metadata ······· fd00:ec2::254, 100.100.100.200, metadata.google.internal, ...
                                                                            refused unless allowed
    loopback ······· 127.0.0.0/8, ::1, 0.0.0.0, localhost                   allowed unless denied
    private ········ 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, ...  allowed unless denied

An address is judged with every IPv4 address it embeds (IPv4-mapped and -compatible, 6to4, Teredo,
NAT64), a host in the legacy numeric forms (`2130706433`, `0x7f.1`, `0177.0.0.1`) as the address it
means, and a name by every address `getaddrinfo` gives for it.

`check_url()` runs when a URL is stored and before a test; `guarded_transport()` checks again at
connect time and connects to exactly the address it checked, so a name that resolves elsewhere by
then (DNS rebinding) is still refused before a byte, or a key, is sent.
"""

from __future__ import annotations

import asyncio
import enum
import ipaddress
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass

import httpcore
import httpx

from llmvpn.errors import InvalidRequest, UnsafeUrl
from llmvpn.providers.http1 import Connect, Http1Transport, connect_tcp
from llmvpn.providers.netstream import AsyncioBackend

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

DEFAULT_RESOLVE_TIMEOUT = 5.0


class Rule(enum.StrEnum):
    SCHEME = "scheme"
    NOT_UNICAST = "not-unicast"
    LINK_LOCAL = "link-local"
    METADATA = "metadata"
    LOOPBACK = "loopback"
    PRIVATE = "private"


_WHY = {
    Rule.NOT_UNICAST: "not a unicast address",
    Rule.LINK_LOCAL: "a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services live",
    Rule.METADATA: "a cloud metadata endpoint",
    Rule.LOOPBACK: "a loopback address",
    Rule.PRIVATE: "a private-network address",
}
_SETTING = {
    Rule.LINK_LOCAL: "LLMVPN_ALLOW_LINK_LOCAL_UPSTREAMS=true",
    Rule.METADATA: "LLMVPN_ALLOW_LINK_LOCAL_UPSTREAMS=true",
    Rule.LOOPBACK: "LLMVPN_ALLOW_PRIVATE_UPSTREAMS=true",
    Rule.PRIVATE: "LLMVPN_ALLOW_PRIVATE_UPSTREAMS=true",
}

# Metadata services outside 169.254.0.0/16: AWS's IPv6 endpoint, Alibaba Cloud's.
_METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in ("fd00:ec2::254", "100.100.100.200"))
# Names that mean a metadata service wherever they resolve (or before they do).
_METADATA_NAMES = frozenset({
    "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal",
})
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # Linux connects 0.x.x.x to the local host


@dataclass(frozen=True, slots=True)
class UrlPolicy:
    """Which of the optional rules apply; built from WebSettings (LLMVPN_ALLOW_*_UPSTREAMS)."""

    allow_private: bool = True     # loopback and private networks: local model servers
    allow_link_local: bool = False  # link-local and metadata: almost never a model server

    def refuses(self, rule: Rule) -> bool:
        if rule in (Rule.LINK_LOCAL, Rule.METADATA):
            return not self.allow_link_local
        if rule in (Rule.LOOPBACK, Rule.PRIVATE):
            return not self.allow_private
        return True  # scheme, not-unicast: no setting widens these


# --- judging one address or host --------------------------------------------------------------


def _embedded(ip: IPAddress) -> list[IPAddress]:
    """The address and every IPv4 address it carries; a mapped/compatible one stands for its IPv4."""
    if isinstance(ip, ipaddress.IPv4Address):
        return [ip]
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    value = int(ip)
    # IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks) and NAT64 stand for their
    # IPv4 alone; judged as IPv6 they would fall in ::/8, which Python calls reserved.
    if 1 < value < 2**32 or any(ip in net for net in _NAT64):
        return [ipaddress.IPv4Address(value & 0xFFFFFFFF)]
    found: list[IPAddress] = [ip]
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def _rule_of(ip: IPAddress) -> Rule | None:
    if ip in _METADATA_ADDRESSES:
        return Rule.METADATA
    if ip.is_link_local:
        return Rule.LINK_LOCAL
    # Before "reserved": Python counts ::1 and :: as reserved (::/8), but they mean this host.
    if ip.is_loopback or ip.is_unspecified or ip in _THIS_NETWORK:
        return Rule.LOOPBACK
    if ip.is_multicast or ip.is_reserved:
        return Rule.NOT_UNICAST
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return Rule.PRIVATE
    if not ip.is_global:  # RFC 1918, CGNAT, ULA, documentation and benchmark ranges
        return Rule.PRIVATE
    return None


def address_rules(ip: IPAddress) -> list[Rule]:
    """Every rule `ip` falls under (empty for a public address), embedded IPv4 included."""
    rules = [_rule_of(candidate) for candidate in _embedded(ip)]
    return list(dict.fromkeys(rule for rule in rules if rule is not None))


def literal_address(host: str) -> IPAddress | None:
    """The address a host names without DNS: an IP literal, or IPv4 in a legacy numeric form."""
    host = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.replace("%25", "%"))
    except ValueError:
        pass
    # inet_aton takes what C resolvers take: 2130706433, 0x7f.1, 0177.0.0.1, 127.1.
    if host and all(ch in "0123456789abcdefxABCDEFX." for ch in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def host_rules(host: str) -> list[Rule]:
    """The rules a host falls under before any DNS: for a literal, its address; for a name, its kind."""
    address = literal_address(host)
    if address is not None:
        return address_rules(address)
    name = host.rstrip(".").lower()
    if name in _METADATA_NAMES:
        return [Rule.METADATA]
    if name == "localhost" or name.endswith(".localhost"):  # RFC 6761: always this host
        return [Rule.LOOPBACK]
    return []


def _refusal(policy: UrlPolicy, host: str, rules: Iterable[Rule], param: str,
             resolved: str | None = None) -> UnsafeUrl | None:
    refused = next((rule for rule in rules if policy.refuses(rule)), None)
    if refused is None:
        return None
    where = f"{host} resolves to {resolved}, " if resolved else f"{host} is "
    hint = f"; an operator can allow it with {_SETTING[refused]}" if refused in _SETTING else ""
    return UnsafeUrl(f"{param}: {where}{_WHY[refused]}, refused for upstreams (rule: {refused}){hint}",
                     param=param)


# --- URLs ---------------------------------------------------------------------------------------


def parse_url(url: str, param: str = "base_url") -> httpx.URL:
    """`url` parsed as httpx will send it; UnsafeUrl for a scheme other than http(s).

    Forms httpx itself refuses (e.g. octal IPv4 like `0177.0.0.1`) are invalid here too: the gateway
    could never call them.
    """
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InvalidRequest(f"{param} is not a valid URL (spaces or control characters)", param=param)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise InvalidRequest(f"{param} is not a valid URL", param=param) from None
    if parsed.scheme not in ("http", "https"):
        shown = parsed.scheme or "none"
        raise UnsafeUrl(f"{param}: scheme {shown!r} is refused, only http:// and https:// URLs are allowed "
                        f"(rule: {Rule.SCHEME})", param=param)
    if not parsed.raw_host:
        raise InvalidRequest(f"{param} must name a host", param=param)
    if parsed.userinfo:
        raise InvalidRequest(f"{param} must not carry credentials; add keys to the provider instead",
                             param=param)
    return parsed


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address getaddrinfo gives for `host` (TCP), in its order."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def resolve_checked(host: str, port: int, policy: UrlPolicy, *, param: str = "base_url",
                          resolver: Resolver = system_resolve,
                          timeout: float = DEFAULT_RESOLVE_TIMEOUT) -> list[str]:
    """The addresses to connect to for `host`, every one of them allowed by `policy`.

    UnsafeUrl if the host or any address it resolves to is refused (one bad address among several
    is enough: the resolver's order is not ours to rely on); OSError/TimeoutError if it does not
    resolve.
    """
    problem = _refusal(policy, host, host_rules(host), param)
    if problem is not None:
        raise problem
    address = literal_address(host)
    if address is not None:
        return [str(address)]
    async with asyncio.timeout(timeout):
        found = await resolver(host, port)
    if not found:
        raise OSError(f"{host} resolves to no address")
    for text in found:
        problem = _refusal(policy, host, address_rules(ipaddress.ip_address(text.split("%")[0])), param,
                           resolved=text)
        if problem is not None:
            raise problem
    return list(found)


async def check_url(url: str, policy: UrlPolicy, *, param: str = "base_url",
                    resolver: Resolver = system_resolve, timeout: float = DEFAULT_RESOLVE_TIMEOUT) -> None:
    """Refuse a URL the gateway must not call (UnsafeUrl / InvalidRequest naming `param` and the rule).

    A name that does not resolve now passes: it may be a provider this host can't see yet, and
    `guarded_transport` checks it again when it is actually called.
    """
    parsed = parse_url(url, param)
    host = parsed.raw_host.decode("ascii")
    try:
        await resolve_checked(host, parsed.port or (443 if parsed.scheme == "https" else 80), policy,
                              param=param, resolver=resolver, timeout=timeout)
    except (OSError, TimeoutError):
        return


# --- connect time -------------------------------------------------------------------------------


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves and checks a host, then connects to the checked address.

    TLS still verifies the certificate against the URL's host name (httpcore passes it as SNI).
    """

    def __init__(self, policy: UrlPolicy, *, resolver: Resolver = system_resolve,
                 inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.policy = policy
        self._resolver = resolver
        self._inner = inner or AsyncioBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await resolve_checked(host, port, self.policy, resolver=self._resolver,
                                              timeout=timeout or DEFAULT_RESOLVE_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"{host} does not resolve: {type(exc).__name__}") from None
        failure: Exception | None = None
        options = {"timeout": timeout, "local_address": local_address, "socket_options": socket_options}
        for address in addresses:  # only the checked addresses, so a second lookup can't swap one in
            try:
                return await self._inner.connect_tcp(address, port, **options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise UnsafeUrl("unix sockets are not allowed as upstreams", param="base_url")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_connect(policy: UrlPolicy, *, resolver: Resolver = system_resolve) -> Connect:
    """A `connect` for Http1Transport that resolves and checks a host, then connects to a checked address.

    TLS still verifies the certificate against the URL's host name (Http1Transport passes it as SNI).
    """

    async def connect(host: str, port: int, timeout: float | None) -> socket.socket:
        try:
            addresses = await resolve_checked(host, port, policy, resolver=resolver,
                                              timeout=timeout or DEFAULT_RESOLVE_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise httpx.ConnectError(f"{host} does not resolve: {type(exc).__name__}") from None
        failure: Exception | None = None
        for address in addresses:  # only the checked addresses, so a second lookup can't swap one in
            try:
                return await connect_tcp(address, port, timeout)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    return connect


def guarded_transport(policy: UrlPolicy, *, resolver: Resolver = system_resolve,
                      limits: httpx.Limits = httpx.Limits(max_connections=100, max_keepalive_connections=20),
                      http2: bool = False, ssl_context: Callable[[], ssl.SSLContext] | None = None,
                      shards: int = 1) -> httpx.AsyncBaseTransport:
    """An httpx transport whose every connection is checked against `policy` where it connects.

    A refused address surfaces as UnsafeUrl from `client.send()`, before anything is sent. Use it
    with `trust_env=False` and no proxy: a proxy would resolve the host itself, past this check.

    HTTP/1.1 goes through Http1Transport (http1.py), with `limits` per origin. With `http2`, an
    https origin is first called through httpcore's pool offering h2 (ALPN), and one that answers in
    HTTP/1.1 is sent to Http1Transport from then on (see Http2WhereOffered).

    `ssl_context` makes a context for each of the two (httpcore sets its ALPN protocols on the context
    it is given, each time it connects: a shared one would offer h2 to Http1Transport's connections).

    `shards` > 1 spreads HTTP/2 requests over that many httpcore pools, each with its share of
    `limits`: httpcore's pool looks at every request and connection it holds on every request and
    every response end (encode/httpcore#1035), so at 50 requests in flight one big pool spends more
    CPU choosing a connection than sending on it.
    """
    make_context = ssl_context or (lambda: httpx.create_ssl_context(trust_env=False))
    http1 = Http1Transport(connect=guarded_connect(policy, resolver=resolver), ssl_context=make_context(),
                           limits=limits)
    if not http2:
        return http1
    backend = GuardedBackend(policy, resolver=resolver)
    h2_context = make_context()
    shards = max(1, shards)

    def share(limit: int | None) -> int | None:
        return max(1, limit // shards) if limit else limit

    pools = []
    for _ in range(shards):
        transport = httpx.AsyncHTTPTransport(trust_env=False, limits=limits)
        # httpx has no network-backend option; its pool is rebuilt as httpx builds it, plus our backend.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=h2_context,
            http1=True, http2=True,  # HTTP/2 only where TLS negotiates it (ALPN)
            max_connections=share(limits.max_connections),
            max_keepalive_connections=share(limits.max_keepalive_connections),
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
        pools.append(transport)
    return Http2WhereOffered(pools[0] if len(pools) == 1 else ShardedTransport(pools), http1)


class ShardedTransport(httpx.AsyncBaseTransport):
    """Round-robin over several transports (see guarded_transport's `shards`)."""

    def __init__(self, transports: list[httpx.AsyncHTTPTransport]) -> None:
        self._transports = transports
        self._next = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transports[self._next]
        self._next = (self._next + 1) % len(self._transports)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports:
            await transport.aclose()


# How long an https origin that answered in HTTP/1.1 is called as HTTP/1.1-only before h2 is offered
# again (it may turn HTTP/2 on, or sit behind a load balancer that changed).
HTTP1_ONLY_FOR = 600.0


class Http2WhereOffered(httpx.AsyncBaseTransport):
    """http:// origins, and https:// ones known to answer in HTTP/1.1, through `http1`; other
    https:// origins through `http2` (httpcore, ALPN offering h2), learning which answer HTTP/2."""

    def __init__(self, http2: httpx.AsyncBaseTransport, http1: httpx.AsyncBaseTransport) -> None:
        self._http2 = http2
        self._http1 = http1
        self._http1_until: dict[tuple[bytes, int | None], float] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.raw_scheme != b"https":
            return await self._http1.handle_async_request(request)
        origin = (url.raw_host, url.port)
        until = self._http1_until.get(origin)
        if until is not None:
            if time.monotonic() < until:
                return await self._http1.handle_async_request(request)
            del self._http1_until[origin]
        response = await self._http2.handle_async_request(request)
        if response.extensions.get("http_version") != b"HTTP/2":
            self._http1_until[origin] = time.monotonic() + HTTP1_ONLY_FOR
        return response

    async def aclose(self) -> None:
        await self._http2.aclose()
        await self._http1.aclose()
