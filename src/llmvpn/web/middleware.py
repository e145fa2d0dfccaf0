"""Pure ASGI middleware: a request id on every response, and a cap on request bodies.

Pure ASGI rather than BaseHTTPMiddleware: neither needs the request parsed, both must see the body
as it streams, and neither may buffer it.
"""

from __future__ import annotations

import logging
import os
import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from llmvpn.errors import PayloadTooLarge
from llmvpn.web.errors import REQUEST_ID_HEADER, error_response

log = logging.getLogger(__name__)

# A caller's id is echoed (so it can follow a request through its own logs) only when it is short and
# plain; anything else could smuggle text into our logs, so it is replaced.
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def choose_request_id(given: str | None) -> str:
    """The caller's X-Request-ID when it is short and plain, else a new one: 128 random bits as 32 hex
    digits (as long as uuid4().hex, at a fifth of its cost)."""
    return given if given and _SAFE_REQUEST_ID.fullmatch(given) else os.urandom(16).hex()


def declares_more_than(content_length: str | bytes | None, max_bytes: int) -> bool:
    """Whether a Content-Length header's value declares a body over `max_bytes` (a malformed one does not:
    the body is counted as it arrives)."""
    return content_length is not None and content_length.isdigit() and int(content_length) > max_bytes


def body_too_large(max_bytes: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"request body exceeds the limit of {max_bytes} bytes")


class RequestIdMiddleware:
    """Echo a plain X-Request-ID or make one; keep it in `request.state.request_id`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = choose_request_id(Headers(scope=scope).get(REQUEST_ID_HEADER))
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)


class BodyLimitMiddleware:
    """Answer 413 once a request body passes `max_bytes`, declared or streamed, without buffering it.

    A Content-Length above the limit is refused before the app runs. A body without one (chunked) is
    counted as it arrives: the chunk that crosses the limit is answered with 413, the app is told the
    client went away, and whatever it tries to send afterwards is dropped.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> PayloadTooLarge:
        return body_too_large(self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declares_more_than(declared, self.max_bytes):
            await error_response(self._too_large())(scope, receive, send)
            return

        received = 0
        rejected = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, rejected
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    rejected = True
                    if not started:
                        await error_response(self._too_large())(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if rejected:
                return  # the 413 has gone out; the app's own answer to the cut-off body is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception as exc:
            if not rejected:
                raise
            # The app failed on a body we cut off ourselves; the client already has its 413.
            log.debug("request body over the limit; the app stopped with %s", type(exc).__name__)
