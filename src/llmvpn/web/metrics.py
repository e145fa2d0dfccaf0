"""Prometheus metrics of one web server: what was asked of it, and what it asked of the upstreams.

    llmvpn_http_requests_total{route,method,status}        every HTTP request, by route template
    llmvpn_http_request_duration_seconds{route}            until the response's last byte (streams too)
    llmvpn_upstream_attempts_total{provider,outcome}       every upstream call, by how it ended
    llmvpn_upstream_failovers_total{provider}              a failed attempt retried on another key
    llmvpn_upstream_latency_seconds{provider}              until the answer (or a stream's first event)
    llmvpn_tokens_total{provider,type}                     prompt and completion tokens

Labels are route templates, provider names and outcomes, nothing a client chose freely: no user, no
raw path, no key (not even a fingerprint), so the page holds no secret and its size stays bounded.

Workers: each process counts on its own. With several workers (gunicorn), set PROMETHEUS_MULTIPROC_DIR
to an empty directory before the server starts; prometheus-client then keeps the counters in files
there and /metrics adds up every worker's (counters and histograms only, so nothing needs cleaning
when a worker exits; empty the directory between runs).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, values
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from llmvpn.errors import ConfigError

_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Label children kept for reuse; labels are templates, providers and outcomes, so a few dozen in practice.
_MAX_CHILDREN = 4096
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    """The app's metrics in a registry of its own (two apps in one process never collide)."""

    def __init__(self, multiprocess_dir: Path | None = None) -> None:
        if multiprocess_dir is not None and not getattr(values.ValueClass, "_multiprocess", False):
            # prometheus-client reads the variable once, when first imported: set after that, the
            # counters would stay in memory and /metrics would show none of them.
            raise ConfigError("PROMETHEUS_MULTIPROC_DIR must be set in the environment before the web "
                              "server starts")
        self.multiprocess_dir = multiprocess_dir
        self.registry = CollectorRegistry(auto_describe=True)
        self.http_requests = Counter("llmvpn_http_requests", "HTTP requests answered",
                                     ["route", "method", "status"], registry=self.registry)
        self.http_duration = Histogram("llmvpn_http_request_duration_seconds",
                                       "Time from request to the response's last byte", ["route"],
                                       buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.attempts = Counter("llmvpn_upstream_attempts", "Upstream calls, by how they ended",
                                ["provider", "outcome"], registry=self.registry)
        self.failovers = Counter("llmvpn_upstream_failovers", "Failed upstream attempts retried on another key",
                                 ["provider"], registry=self.registry)
        self.upstream_latency = Histogram("llmvpn_upstream_latency_seconds",
                                          "Time to the upstream's answer or first streamed event",
                                          ["provider"], buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.tokens = Counter("llmvpn_tokens", "Tokens used upstream", ["provider", "type"],
                              registry=self.registry)
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}

    def child(self, metric: Counter | Histogram, *labels: str) -> Any:
        """`metric.labels(*labels)`, looked up in a dict: prometheus-client's own lookup checks the
        values and takes a lock on every call, several times per chat request."""
        key = (id(metric), labels)
        found = self._children.get(key)
        if found is None:
            if len(self._children) >= _MAX_CHILDREN:
                self._children.clear()
            found = self._children[key] = metric.labels(*labels)
        return found

    def count_request(self, template: str, method: str, status: int, seconds: float) -> None:
        """One HTTP request answered (its last byte sent), by route template."""
        self.child(self.http_requests, template, method if method in _METHODS else "other", str(status)).inc()
        self.child(self.http_duration, template).observe(seconds)

    def count_tokens(self, provider: str, prompt: int, completion: int) -> None:
        if prompt:
            self.child(self.tokens, provider, "prompt").inc(prompt)
        if completion:
            self.child(self.tokens, provider, "completion").inc(completion)

    def exposition(self, accept: str = "") -> tuple[bytes, str]:
        """The page and its content type: OpenMetrics when `accept` asks for it, else Prometheus' text
        format (0.0.4, which every Prometheus reads, unless a newer version is asked for)."""
        encode, content_type = choose_encoder(accept)
        if self.multiprocess_dir is None:
            return encode(self.registry), content_type
        merged = CollectorRegistry()
        MultiProcessCollector(merged, path=str(self.multiprocess_dir))
        return encode(merged), content_type


class MetricsMiddleware:
    """Count every HTTP request by its route template and status, and time it to its last byte.

    Pure ASGI: it must not buffer streamed answers. An exception that escapes the app is counted as
    the 500 the server's last-resort handler turns it into.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        counted = False

        def count() -> None:
            nonlocal counted
            counted = True
            # An unmatched path is one label, not one per path a scanner tries.
            template = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.count_request(template, scope.get("method", ""), status, time.perf_counter() - started)

        async def counting_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body") and not counted:
                # Counted as the last byte goes, not when the app returns: background work after the
                # answer (releasing the lease) is not the client's wait, and a scrape right after an
                # answer must see it.
                count()
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            if not counted:
                count()
