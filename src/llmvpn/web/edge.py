"""`Gateway`: the web server's FastAPI app, with chat completions answered ahead of Starlette's stack.

Chat completions are the gateway's hot path. On its way to a route, a request passes Starlette's error
middleware, FastAPI's telemetry and body-limit wrappers, this app's three middleware (metrics, request
id, body limit), the exception middleware and the router: about 20 µs of a worker's CPU, measured with
an empty endpoint, a fifteenth of all a privacy-off chat request costs (bench/README.md).
`Gateway.__call__` answers `POST /v1/chat/completions` itself, doing in one layer what those layers do
for it:

    request id    the caller's plain X-Request-ID or a new one, on every answer (middleware.py)
    body limit    413 for a declared or received body over max_body_bytes (middleware.py)
    metrics       counted under the route's template when the last byte goes (metrics.py)
    errors        an ApiError, or anything else, answered as the app's handlers answer it (errors.py)

Every other request, other methods on that path included (405), goes through the whole app. Tests and
clients see one app: a Gateway is a FastAPI app, with its routes, state and OpenAPI document, where the
route is documented (routes/openai.py).
"""

from __future__ import annotations

import time

from fastapi import FastAPI
from starlette.datastructures import State
from starlette.types import Message, Receive, Scope, Send

from llmvpn.web.chat import CLIENT_CLOSED
from llmvpn.web.errors import response_for
from llmvpn.web.middleware import body_too_large, choose_request_id, declares_more_than
from llmvpn.web.routes.openai import serve_chat

CHAT_PATH = "/v1/chat/completions"
_REQUEST_ID = b"x-request-id"


class Gateway(FastAPI):
    """The app; see the module's docstring for the one route it answers before its stack does."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and _route_path(scope) == CHAT_PATH:
            scope["app"] = self
            await _chat(self.state, scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _route_path(scope: Scope) -> str:
    # Behind a proxy's prefix (uvicorn --root-path), the path holds the prefix; routes don't.
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


async def _chat(state: State, scope: Scope, receive: Receive, send: Send) -> None:
    started = time.perf_counter()
    given: str | None = None
    content_type: str | None = None
    declared: bytes | None = None
    authorization = ""
    # One pass over the raw headers, the first of each name counting, as Starlette's Headers.get reads.
    for name, value in scope["headers"]:
        if name == _REQUEST_ID:
            given = value.decode("latin-1") if given is None else given
        elif name == b"content-type":
            content_type = value.decode("latin-1") if content_type is None else content_type
        elif name == b"content-length":
            declared = value if declared is None else declared
        elif name == b"authorization":
            authorization = authorization or value.decode("latin-1")
    request_id = choose_request_id(given)
    scope.setdefault("state", {})["request_id"] = request_id
    request_id_header = (_REQUEST_ID, request_id.encode("latin-1"))
    metrics = state.metrics
    status = 500
    counted = responded = False

    def count() -> None:
        nonlocal counted
        counted = True
        metrics.count_request(CHAT_PATH, "POST", status, time.perf_counter() - started)

    async def edge_send(message: Message) -> None:
        nonlocal status, responded
        if message["type"] == "http.response.start":
            responded = True
            status = message["status"]
            headers = [h for h in message.get("headers", ()) if h[0].lower() != _REQUEST_ID]
            headers.append(request_id_header)
            message["headers"] = headers
        elif message["type"] == "http.response.body" and not message.get("more_body") and not counted:
            # Counted as the last byte goes (MetricsMiddleware says why).
            count()
        await send(message)

    try:
        raw = await _body(receive, declared, state.settings.max_body_bytes)
        if raw is None:  # the client left before its body was in: nobody to answer
            status = CLIENT_CLOSED
            return
        response = await serve_chat(state, raw, content_type, authorization, request_id=request_id,
                                    receive=receive)
        await response(scope, receive, edge_send)
    except Exception as exc:
        if responded:
            raise  # part of the answer is out: the server closes the connection, as for any route
        await response_for(exc, "POST", CHAT_PATH, request_id)(scope, receive, edge_send)
    finally:
        if not counted:
            count()


async def _body(receive: Receive, declared: bytes | None, limit: int) -> bytes | None:
    """The request's body; 413 when its Content-Length or what arrives passes `limit`; None when the
    client disconnects first."""
    if declares_more_than(declared, limit):
        raise body_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise body_too_large(limit)
        if not message.get("more_body", False):
            if not chunks:
                return chunk
            chunks.append(chunk)
            return b"".join(chunks)
        chunks.append(chunk)
