"""Anthropic Messages bodies, stream events and error bodies, as the real API shapes them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

PATH = "/v1/messages"

_ERRORS = {
    400: "invalid_request_error", 401: "authentication_error", 402: "billing_error",
    403: "permission_error", 404: "not_found_error", 413: "request_too_large",
    429: "rate_limit_error", 500: "api_error", 529: "overloaded_error",
}


def error(status: int, message: str | None = None, code: str | None = None) -> bytes:
    kind = _ERRORS.get(status, "api_error" if status >= 500 else "invalid_request_error")
    text = message or f"The demo upstream answered {status}."
    return orjson.dumps({"type": "error", "error": {"type": kind, "message": text}})


def bad_key(key: str | None) -> bytes:
    if key is None:
        return error(401, "x-api-key header is required")
    # Echoes the key on purpose, like the OpenAI twin (FAULTS row 20).
    return error(401, f"invalid x-api-key: {key}")


def invalid(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "Request body is not valid JSON."
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return "messages: Field required"
    if not isinstance(body.get("model"), str):
        return "model: Field required"
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        return "max_tokens: Field required"  # Anthropic, unlike OpenAI, insists on it
    return None


def usage(prompt: int, completion: int) -> dict[str, int]:
    return {"input_tokens": prompt, "output_tokens": completion}


def completion(rid: str, created: int, model: str, text: str, cut: bool, tokens: dict[str, int]) -> dict:
    return {
        "id": rid, "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "max_tokens" if cut else "end_turn", "stop_sequence": None,
        "usage": tokens,
    }


def _event(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def events(rid: str, created: int, model: str, deltas: Iterable[str], cut: bool,
           tokens: dict[str, int], include_usage: bool) -> Iterator[bytes]:
    """message_start, content_block_start, ping, content_block_delta…, content_block_stop,
    message_delta (stop reason and output tokens), message_stop. Usage is always sent."""
    yield _event("message_start", {"type": "message_start", "message": {
        "id": rid, "type": "message", "role": "assistant", "model": model, "content": [],
        "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": tokens["input_tokens"], "output_tokens": 1},
    }})
    yield _event("content_block_start", {"type": "content_block_start", "index": 0,
                                         "content_block": {"type": "text", "text": ""}})
    yield _event("ping", {"type": "ping"})
    for delta in deltas:
        yield _event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                             "delta": {"type": "text_delta", "text": delta}})
    yield _event("content_block_stop", {"type": "content_block_stop", "index": 0})
    yield _event("message_delta", {
        "type": "message_delta",
        "delta": {"stop_reason": "max_tokens" if cut else "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": tokens["output_tokens"]},
    })
    yield _event("message_stop", {"type": "message_stop"})


BROKEN_BODY = b'{"id": "msg_broken", "type": "message", "content": [{"type": "text", "te'
BROKEN_EVENT = b'event: content_block_delta\ndata: {"type": "content_block_delta", "delta": {\n\n'
