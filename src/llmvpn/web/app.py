"""`create_app(settings)`: the web server's FastAPI app, with everything it holds in `app.state`.

    app.state.settings     the WebSettings passed in
    app.state.keyserver    one KeyServerClient for this process (opened by the lifespan)
    app.state.upstream     one pooled UpstreamClient (httpx, no cookies) for upstream calls (opened and closed
                           by the lifespan)
    app.state.started_at   time.monotonic() when the lifespan started, for uptime
    app.state.metrics      this app's Prometheus metrics (web/metrics.py)
    app.state.privacy      the worker's privacy pipeline (web/privacy.py; loads the NER model at start-up)
    app.state.tokens       the worker's tiktoken counter, for answers an upstream sent without usage
    app.state.verifier     the worker's JWT verifier (remembers valid tokens until they expire)

Routers are only included here; each resource keeps its routes in web/routes/. The app is a `Gateway`
(web/edge.py), which answers chat completions before Starlette's stack.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import Depends, FastAPI

from llmvpn import heap
from llmvpn.config import WebSettings
from llmvpn.errors import ConfigError
from llmvpn.keyserver.client import KeyServerClient
from llmvpn.providers.tokens import TokenCounter
from llmvpn.providers.upstream import open_client
from llmvpn.web.auth import TokenVerifier
from llmvpn.web.deps import get_admin
from llmvpn.web.edge import Gateway
from llmvpn.web.errors import install_error_handlers
from llmvpn.web.metrics import Metrics, MetricsMiddleware
from llmvpn.web.middleware import BodyLimitMiddleware, RequestIdMiddleware
from llmvpn.web.privacy import PrivacyService
from llmvpn.web.routes import admin, direct, health, metrics, openai, privacy, providers, usage, webui
from llmvpn.web.routes.health import VERSION


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: WebSettings = app.state.settings
    # The NER model loads before the first request is accepted: a request is never scanned by less than
    # the configured detector.
    app.state.privacy = await anyio.to_thread.run_sync(PrivacyService.from_settings, settings)
    app.state.started_at = time.monotonic()
    # The client opens its channel on first use, inside this loop: nothing connects here, so the web
    # server starts (and /api/health says "down") while the key server is not running.
    keyserver = KeyServerClient(settings.socket_path, settings.keyserver_deadline_seconds)
    app.state.keyserver = keyserver
    # One pooled client per worker: a client per request would pay a TCP (and TLS) handshake each time.
    upstream = open_client(settings)
    app.state.upstream = upstream
    if app.state.settle_heap:
        heap.settle()
    try:
        yield
    finally:
        await upstream.aclose()
        await keyserver.aclose()
        app.state.privacy.close()


def create_app(settings: WebSettings, *, settle_heap: bool = False) -> FastAPI:
    """The app for `settings`, which must carry a JWT secret (see config.ensure_web_secrets).

    `settle_heap`: freeze what start-up loaded out of the garbage collector's scans (llmvpn.heap) once
    the app is ready; for the process that serves it (the runner), not for apps built inside tests.
    """
    if settings.jwt_secret is None:
        raise ConfigError("the web server needs WEB_SERVER_JWT_SECRET; build its settings with "
                          "ensure_web_secrets() first")
    app = Gateway(title="llmvpn", version=VERSION, lifespan=_lifespan,
                  summary="A privacy gateway for large language models")
    app.state.settings = settings
    app.state.settle_heap = settle_heap
    app.state.tokens = TokenCounter()
    app.state.verifier = TokenVerifier(settings.jwt_secret, issuer=settings.jwt_issuer, audience=settings.jwt_audience)
    app.state.metrics = Metrics(settings.prometheus_multiproc_dir)
    install_error_handlers(app)
    # Added last = outermost: the request id is set before the body limit can answer, so a 413
    # carries it too; the metrics see every answer, 413s included.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.include_router(health.router)
    app.include_router(openai.router)
    app.include_router(direct.router)
    app.include_router(webui.router)
    app.include_router(privacy.router)
    app.include_router(usage.router)
    app.include_router(providers.router)
    app.include_router(admin.router)
    app.include_router(metrics.router,
                       dependencies=[Depends(get_admin)] if settings.metrics_require_admin else [])
    return app
