"""JSON logs, and a filter that masks secrets in every record before any handler sees it.

Two nets: the exact values this process knows are secret (registered with `register_secret`: the
master key secret, the JWT secret, the Vault token, each provider key when it is decrypted), and
patterns for secret-shaped strings (provider key prefixes, JWTs, bearer headers, URL credentials) so
that a value we never registered is still caught.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import sys
import threading
import time
import urllib.parse
from typing import Any

MASK = "[REDACTED]"

_PATTERNS = [
    # JWTs: three base64url segments, the first a JSON header.
    re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    # Provider keys by prefix: OpenAI/Anthropic/Groq/OpenRouter sk-/gsk_, GitHub, Slack, Stripe, AWS, Google.
    re.compile(r"\b(?:sk|gsk|rk|pk)[-_](?:[A-Za-z0-9_-]*[-_])?[A-Za-z0-9]{16,}"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    re.compile(r"\b(?:hvs|s|b)\.[A-Za-z0-9]{20,}"),  # Vault/OpenBao tokens
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"(?i)(://[^/\s:@]*:)[^@\s/]+(@)"),  # credentials in URLs
]


class SecretRegistry:
    """The exact secret values this process must never log, in the forms a leak would take."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._regex: re.Pattern[str] | None = None

    def add(self, value: str | None) -> None:
        if not value or len(value) < 8:
            return
        forms = {value, urllib.parse.quote(value, safe=""), base64.b64encode(value.encode()).decode().rstrip("=")}
        with self._lock:
            if forms <= self._values:
                return
            self._values |= forms
            ordered = sorted(self._values, key=len, reverse=True)
            self._regex = re.compile("|".join(re.escape(v) for v in ordered))

    def mask(self, text: str) -> str:
        regex = self._regex
        if regex is not None:
            text = regex.sub(MASK, text)
        for pattern in _PATTERNS:
            if pattern.groups == 2:
                text = pattern.sub(lambda m: f"{m.group(1)}{MASK}{m.group(2)}", text)
            elif pattern.groups == 1:
                text = pattern.sub(lambda m: f"{m.group(1)}{MASK}", text)
            else:
                text = pattern.sub(MASK, text)
        return text


# One registry per process is right here: it is the process's memory of what it must not say,
# filled as secrets are loaded; it holds no settings and changes no behaviour but masking.
SECRETS = SecretRegistry()


def register_secret(value: str | None) -> None:
    SECRETS.add(value)


def mask_secrets(text: str) -> str:
    return SECRETS.mask(text)


class SecretMaskingFilter(logging.Filter):
    """Render the message (and any traceback) now, mask it, and freeze it into the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = mask_secrets(message)
        record.args = None
        if record.exc_info:
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = mask_secrets(record.stack_info)
        for key, value in list(record.__dict__.items()):
            if key.startswith("ctx_") and isinstance(value, str):
                record.__dict__[key] = mask_secrets(value)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key.startswith("ctx_"):
                entry[key[4:]] = value
        if record.exc_text:
            entry["exc"] = record.exc_text
        return mask_secrets(json.dumps(entry, default=str))


def configure_logging(level: str = "INFO", *, json_format: bool = True, stream: Any = None) -> None:
    """Send every logger through the masking filter to one handler (stderr by default)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(SecretMaskingFilter())
    handler.setFormatter(JsonFormatter() if json_format else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries that log request lines or headers at DEBUG must go through the same filter.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "gunicorn.error", "gunicorn.access", "httpx",
                 "httpcore", "hvac", "grpc", "sqlalchemy", "alembic"):
        lib = logging.getLogger(name)
        lib.handlers = []
        lib.propagate = True
