"""OpenAI chat-completion bodies, stream chunks and error bodies, as the real API shapes them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

PATH = "/v1/chat/completions"

# status → (type, code) as OpenAI sends them; unlisted 4xx fall back to invalid_request_error.
_ERRORS = {
    401: ("invalid_request_error", "invalid_api_key"),
    402: ("insufficient_quota", "insufficient_quota"),
    403: ("permission_error", None),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
}
_MESSAGES = {
    402: "You exceeded your current quota, please check your plan and billing details.",
    403: "You are not allowed to sample from this model.",
    404: "The model does not exist or you do not have access to it.",
    429: "Rate limit reached for requests. Please try again later.",
}


def error(status: int, message: str | None = None, code: str | None = None) -> bytes:
    fallback = ("server_error" if status >= 500 else "invalid_request_error", None)
    kind, default_code = _ERRORS.get(status, fallback)
    text = message or _MESSAGES.get(status) or f"The demo upstream answered {status}."
    return orjson.dumps({"error": {"message": text, "type": kind, "param": None,
                                   "code": code or default_code}})


def bad_key(key: str | None) -> bytes:
    if key is None:
        return error(401, "You didn't provide an API key. Provide it as `Authorization: Bearer <key>`.")
    # The whole key, unmasked, on purpose: a gateway that relays this body would leak it (FAULTS row 20).
    return error(401, f"Incorrect API key provided: {key}. You can find your API key at "
                      "https://platform.openai.com/account/api-keys.")


def invalid(body: Any) -> str | None:
    """Why a request body can't be answered, or None."""
    if not isinstance(body, dict):
        return "We could not parse the JSON body of your request."
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "Missing required parameter: 'messages'."
    if not isinstance(body.get("model"), str):
        return "Missing required parameter: 'model'."
    return None


def usage(prompt: int, completion: int) -> dict[str, int]:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def completion(rid: str, created: int, model: str, text: str, cut: bool, tokens: dict[str, int]) -> dict:
    return {
        "id": rid, "object": "chat.completion", "created": created, "model": model,
        "system_fingerprint": "fp_llmvpn_demo",
        "choices": [{
            "index": 0, "message": {"role": "assistant", "content": text, "refusal": None},
            "logprobs": None, "finish_reason": "length" if cut else "stop",
        }],
        "usage": tokens,
    }


def events(rid: str, created: int, model: str, deltas: Iterable[str], cut: bool,
           tokens: dict[str, int], include_usage: bool) -> Iterator[bytes]:
    """SSE events of a streamed completion: role, content deltas, finish, [usage], [DONE]."""
    def chunk(delta: dict, finish: str | None) -> bytes:
        body: dict[str, Any] = {
            "id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
            "system_fingerprint": "fp_llmvpn_demo",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if include_usage:
            body["usage"] = None  # OpenAI sends null on every chunk but the last when usage is asked
        return b"data: " + orjson.dumps(body) + b"\n\n"

    yield chunk({"role": "assistant", "content": "", "refusal": None}, None)
    for delta in deltas:
        yield chunk({"content": delta}, None)
    yield chunk({}, "length" if cut else "stop")
    if include_usage:
        yield b"data: " + orjson.dumps({
            "id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
            "system_fingerprint": "fp_llmvpn_demo", "choices": [], "usage": tokens,
        }) + b"\n\n"
    yield b"data: [DONE]\n\n"


BROKEN_BODY = b'{"id": "chatcmpl-broken", "object": "chat.completion", "choices": [{"message": {"con'
BROKEN_EVENT = b'data: {"id": "chatcmpl-broken", "choices": [{"delta": {"content": \n\n'


def models(names: Iterable[str]) -> bytes:
    return orjson.dumps({"object": "list", "data": [model(name) for name in names]})


def model(name: str) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": 1700000000, "owned_by": "llmvpn-demo"}
