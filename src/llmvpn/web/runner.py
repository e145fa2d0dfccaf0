"""Serving the app: uvicorn for one worker, gunicorn with uvicorn workers for more.

    python -m llmvpn.web                                   settings from the environment
    gunicorn 'llmvpn.web.runner:worker_app()' -k llmvpn.web.runner.UvicornWorker
                                                           the same app under an outside gunicorn

Both honour SIGTERM (finish in-flight requests within the grace period, then stop) and SIGINT.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import warnings
from typing import Any, ClassVar

import uvicorn
from fastapi import FastAPI
from gunicorn import glogging
from gunicorn.app.base import BaseApplication
from pydantic import ValidationError

from llmvpn.config import WebSettings, ensure_web_secrets
from llmvpn.errors import ConfigError
from llmvpn.logging import configure_logging, register_secret
from llmvpn.web.app import create_app
from llmvpn.web.http_protocol import HttpProtocol

with warnings.catch_warnings():
    # uvicorn.workers warns that it moved to the uvicorn-worker package; it still works as it is.
    warnings.simplefilter("ignore", DeprecationWarning)
    from uvicorn.workers import UvicornWorker as _UvicornWorker

log = logging.getLogger(__name__)

# Past the request timeout, an in-flight request has failed anyway; a little more lets it answer.
_GRACE_MARGIN_SECONDS = 5.0


def prepare(settings: WebSettings) -> WebSettings:
    """Fill in the JWT secret, send logs through the masking filter, and teach it the secret."""
    _one_blas_thread()
    settings = ensure_web_secrets(settings)
    configure_logging(settings.log_level)
    assert settings.jwt_secret is not None
    register_secret(settings.jwt_secret.get_secret_value())
    return settings


def _one_blas_thread() -> None:
    """Matrix products (the NER model, the token tagger) on the calling thread only, unless the operator
    chose otherwise. A worker serves many requests at once and there is a worker per core: BLAS threads
    would only fight them and the event loop for the cores (on 2 cores a 22x288 product took ~2x longer
    with OpenBLAS's default threads). Read when numpy loads, which is later: nothing before here imports it.
    """
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def _grace_seconds(settings: WebSettings) -> float:
    return settings.request_timeout_seconds + _GRACE_MARGIN_SECONDS


def serve(settings: WebSettings) -> int:
    """Serve until SIGTERM/SIGINT; the exit status (non-zero when the server could not start)."""
    if settings.workers > 1:
        _Gunicorn(settings).run()  # gunicorn exits the process itself on failure
        return 0
    config = uvicorn.Config(
        create_app(settings, settle_heap=True), host=settings.host, port=settings.port,
        loop="uvloop", http=HttpProtocol,
        proxy_headers=False,  # no trusted proxy in front by default: X-Forwarded-For is not believed
        server_header=False,
        log_config=None,  # keep our logging: uvicorn's records go to the root handler and its filter
        access_log=True,
        timeout_graceful_shutdown=_grace_seconds(settings),
    )
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 1


class UvicornWorker(_UvicornWorker):
    """A gunicorn worker with the same server settings as the single-process path."""

    CONFIG_KWARGS: ClassVar[dict[str, Any]] = {"loop": "uvloop", "http": HttpProtocol, "proxy_headers": False, "server_header": False}


class _GunicornLogger(glogging.Logger):
    """gunicorn's own loggers, handed to the root handler (JSON, secrets masked)."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for logger in (self.error_log, self.access_log):
            logger.handlers = []
            logger.propagate = True


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        host = f"[{self.settings.host}]" if ":" in self.settings.host else self.settings.host
        for name, value in {
            "bind": f"{host}:{self.settings.port}",
            "workers": self.settings.workers,
            "worker_class": f"{__name__}.UvicornWorker",
            "graceful_timeout": math.ceil(_grace_seconds(self.settings)),
            "logger_class": f"{__name__}._GunicornLogger",
            "loglevel": self.settings.log_level.lower(),
            "accesslog": None,  # uvicorn's access log already records each request
            "proc_name": "llmvpn-web",
            "control_socket_disable": True,  # no operator socket in $HOME beside the key server's
        }.items():
            self.cfg.set(name, value)

    def load(self) -> FastAPI:
        # Runs in each worker after the fork: the app, its gRPC channel and its loop are the worker's own.
        # The fork copied the root handler, but UvicornWorker took uvicorn's loggers away from it.
        configure_logging(self.settings.log_level)
        return create_app(self.settings, settle_heap=True)


def worker_app() -> FastAPI:
    """An app factory for an outside gunicorn: each worker reads the environment itself."""
    return create_app(prepare(WebSettings()), settle_heap=True)


def main() -> int:
    try:
        settings = prepare(WebSettings())
    except ConfigError as exc:
        print(f"llmvpn web: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"llmvpn web: invalid settings: {problems}", file=sys.stderr)
        return 2
    log.info("web server on %s:%s with %d worker(s)", settings.host, settings.port, settings.workers)
    return serve(settings)
