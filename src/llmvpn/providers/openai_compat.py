"""OpenAI-compatible upstreams (OpenAI, Groq, Mistral, vLLM, Ollama...): the request and the answer
pass as they are, bytes included; the gateway only peeks at the usage.

Every dialect module (this one, anthropic.py) offers the same four names, so the request flow in
web/chat.py is written once:

    url(base_url) · headers(secret) · request_body(body, model, stream) → bytes
    completion(raw) → (bytes for the client, Usage) · StreamRelay(include_usage, model)
"""

from __future__ import annotations

from typing import Any

import orjson

from llmvpn.providers.sse import DONE
from llmvpn.providers.upstream import Usage, invalid_answer


def url(base_url: str) -> str:
    """The chat endpoint under an OpenAI-style base URL (which ends in /v1 or its equivalent)."""
    return base_url.rstrip("/") + "/chat/completions"


def headers(secret: str) -> dict[str, str]:
    return {"authorization": f"Bearer {secret}", "content-type": "application/json"}


def request_body(body: dict[str, Any], model: str, stream: bool) -> bytes:
    """The client's (already cleaned) body under the lease's model name."""
    payload = dict(body)
    payload["model"] = model
    if stream:
        # Always ask for usage: the key server's accounting needs it even when the client does not.
        options = body.get("stream_options")
        payload["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    return orjson.dumps(payload)


def usage_of(data: Any) -> Usage | None:
    usage = data.get("usage") if isinstance(data, dict) else None
    if not isinstance(usage, dict):
        return None
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    return Usage(prompt if isinstance(prompt, int) else 0, completion if isinstance(completion, int) else 0)


def completion(raw: bytes) -> tuple[bytes, Usage]:
    """The answer as the upstream sent it (parsed once, to check it and read its usage)."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise invalid_answer("an answer that is not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        raise invalid_answer("an answer without choices")
    return raw, usage_of(data) or Usage()


class StreamRelay:
    """Passes whole SSE events through untouched, reading only the usage chunk and [DONE].

    `feed(event)` returns the bytes to send (b"" to drop the event). The usage-only chunk the gateway
    asked for on the client's behalf is dropped when the client did not ask for it.
    """

    __slots__ = ("include_usage", "done", "usage", "events")

    def __init__(self, include_usage: bool, model: str = "") -> None:
        self.include_usage = include_usage
        self.done = False
        self.usage: Usage | None = None
        self.events = 0  # content events passed, an estimate of the tokens streamed

    def feed(self, event: bytes) -> bytes:
        if event.startswith(b"data: [DONE]") or event.startswith(b"data:[DONE]"):
            self.done = True
            return DONE
        if b'"usage"' in event and b'"usage":null' not in event and b'"usage": null' not in event:
            return self._usage_event(event)
        if event.startswith((b'data: {"error"', b'data:{"error"')):
            raise invalid_answer("an error in the middle of its stream")
        self.events += 1
        return event + b"\n\n"

    def _usage_event(self, event: bytes) -> bytes:
        try:
            data = orjson.loads(event[event.index(b"{"):])
        except (ValueError, orjson.JSONDecodeError):
            raise invalid_answer("a stream event that is not valid JSON") from None
        self.usage = usage_of(data) or self.usage
        if not self.include_usage and not data.get("choices"):
            return b""
        return event + b"\n\n"
