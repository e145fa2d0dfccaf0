"""Anthropic's Messages API behind the OpenAI shape: requests, answers and streams translated.

Same four names as openai_compat.py. What translates: system/developer messages (to `system`), text
and image content parts, assistant tool calls and tool results, tools and tool_choice, max_tokens
(Anthropic requires one: DEFAULT_MAX_TOKENS when the client sets none), temperature (clamped to
Anthropic's 0..1), top_p, stop. OpenAI-only parameters (penalties, logprobs, seed...) are dropped,
since Anthropic refuses fields it does not know; `n` above 1 is refused.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from llmvpn.errors import InvalidRequest
from llmvpn.providers.sse import DONE, data_event, fields
from llmvpn.providers.upstream import Usage, invalid_answer

ANTHROPIC_VERSION = "2023-06-01"
DEFAULT_MAX_TOKENS = 4096
_FINISH = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "tool_use": "tool_calls",
           "refusal": "content_filter", "pause_turn": "stop"}


def url(base_url: str) -> str:
    """The Messages endpoint; the base URL may or may not end in /v1 (Anthropic's SDK omits it)."""
    base = base_url.rstrip("/")
    return base + ("/messages" if base.endswith("/v1") else "/v1/messages")


def headers(secret: str) -> dict[str, str]:
    return {"x-api-key": secret, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json"}


# -- request ------------------------------------------------------------------------------------


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def _image(part: dict[str, Any]) -> dict[str, Any]:
    image = part.get("image_url")
    address = image.get("url") if isinstance(image, dict) else image
    if not isinstance(address, str):
        raise InvalidRequest("an image_url part needs image_url.url", param="messages")
    if address.startswith("data:"):
        header, _, data = address.partition(",")
        media_type = header[5:].split(";")[0] or "image/png"
        return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": address}}


def _blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in content or ():
        kind = part.get("type")
        if kind == "text":
            if part.get("text"):
                blocks.append({"type": "text", "text": part["text"]})
        elif kind == "image_url":
            blocks.append(_image(part))
        else:
            raise InvalidRequest(f"content parts of type {kind!r} are not supported by this model's provider",
                                 param="messages")
    return blocks


def _tool_uses(calls: Any) -> list[dict[str, Any]]:
    uses = []
    for call in calls or ():
        function = call.get("function") or {}
        try:
            arguments = orjson.loads(function.get("arguments") or "{}")
        except orjson.JSONDecodeError:
            raise InvalidRequest("tool_calls[].function.arguments must be a JSON object",
                                 param="messages") from None
        uses.append({"type": "tool_use", "id": call.get("id", ""), "name": function.get("name", ""),
                     "input": arguments if isinstance(arguments, dict) else {}})
    return uses


def _append(messages: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]]) -> None:
    if not blocks:
        return
    if messages and messages[-1]["role"] == role:
        messages[-1]["content"].extend(blocks)  # Anthropic wants turns to alternate: merge neighbours
    else:
        messages.append({"role": role, "content": blocks})


def _tool_choice(choice: Any) -> dict[str, Any] | None:
    if choice == "auto":
        return {"type": "auto"}
    if choice == "required":
        return {"type": "any"}
    if choice == "none":
        return {"type": "none"}
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        return {"type": "tool", "name": choice["function"].get("name", "")}
    return None


def request_body(body: dict[str, Any], model: str, stream: bool) -> bytes:
    """The Messages API request for an (already validated and cleaned) chat-completions body."""
    if (body.get("n") or 1) > 1:
        raise InvalidRequest("n above 1 is not supported by this model's provider", param="n")
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    for message in body["messages"]:
        role, content = message["role"], message.get("content")
        if role in ("system", "developer"):
            system.append(_text(content))
        elif role in ("tool", "function"):
            call_id = message.get("tool_call_id") or message.get("name", "")
            _append(messages, "user", [{"type": "tool_result", "content": _text(content), "tool_use_id": call_id}])
        elif role == "assistant":
            _append(messages, "assistant", _blocks(content) + _tool_uses(message.get("tool_calls")))
        else:
            _append(messages, "user", _blocks(content))
    payload: dict[str, Any] = {
        "model": model, "messages": messages,
        "max_tokens": body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS,
    }
    if system:
        payload["system"] = "\n\n".join(system)
    if isinstance(body.get("temperature"), int | float):
        payload["temperature"] = min(float(body["temperature"]), 1.0)
    if isinstance(body.get("top_p"), int | float):
        payload["top_p"] = body["top_p"]
    stop = body.get("stop")
    if stop:
        payload["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    if body.get("tools"):
        payload["tools"] = [
            {"name": f.get("name", ""), "description": f.get("description", ""),
             "input_schema": f.get("parameters") or {"type": "object", "properties": {}}}
            for f in (tool.get("function") or {} for tool in body["tools"] if isinstance(tool, dict))
        ]
    choice = _tool_choice(body.get("tool_choice"))
    if choice is not None:
        payload["tool_choice"] = choice
    if stream:
        payload["stream"] = True
    return orjson.dumps(payload)


# -- answer -------------------------------------------------------------------------------------


def _usage(data: Any) -> Usage:
    usage = data if isinstance(data, dict) else {}
    prompt, completion = usage.get("input_tokens"), usage.get("output_tokens")
    return Usage(prompt if isinstance(prompt, int) else 0, completion if isinstance(completion, int) else 0)


def _openai_usage(usage: Usage) -> dict[str, int]:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens}


def completion(raw: bytes) -> tuple[bytes, Usage]:
    """A Messages answer as an OpenAI chat completion."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise invalid_answer("an answer that is not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise invalid_answer("an answer without content")
    blocks = [b for b in data["content"] if isinstance(b, dict)]
    text = "".join(b.get("text", "") for b in blocks if b.get("type") == "text")
    calls = [{"id": b.get("id", ""), "type": "function",
              "function": {"name": b.get("name", ""), "arguments": orjson.dumps(b.get("input", {})).decode()}}
             for b in blocks if b.get("type") == "tool_use"]
    message: dict[str, Any] = {"role": "assistant", "content": text if text or not calls else None,
                               "refusal": None}
    if calls:
        message["tool_calls"] = calls
    usage = _usage(data.get("usage"))
    answer = {
        "id": data.get("id", ""), "object": "chat.completion", "created": int(time.time()),
        "model": data.get("model", ""),
        "choices": [{"index": 0, "message": message, "logprobs": None,
                     "finish_reason": _FINISH.get(data.get("stop_reason"), "stop")}],
        "usage": _openai_usage(usage),
    }
    return orjson.dumps(answer), usage


class StreamRelay:
    """Anthropic stream events in, OpenAI chat.completion.chunk events out (see openai_compat)."""

    def __init__(self, include_usage: bool, model: str = "") -> None:
        self.include_usage = include_usage
        self.done = False
        self.usage = Usage()
        self.events = 0
        self._id, self._model, self._created = "", model, int(time.time())
        self._tools: dict[int, int] = {}  # Anthropic content block index → OpenAI tool_calls index

    def _chunk(self, delta: dict[str, Any], finish: str | None = None) -> bytes:
        chunk: dict[str, Any] = {
            "id": self._id, "object": "chat.completion.chunk", "created": self._created, "model": self._model,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if self.include_usage:
            chunk["usage"] = None
        return data_event(chunk)

    def feed(self, event: bytes) -> bytes:
        _, data = fields(event)
        if not data:
            return b""
        try:
            message = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise invalid_answer("a stream event that is not valid JSON") from None
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "content_block_delta":
            return self._delta(message.get("index", 0), message.get("delta") or {})
        if kind == "message_start":
            start = message.get("message") or {}
            self._id, self._model = start.get("id", ""), start.get("model") or self._model
            self.usage = _usage(start.get("usage"))
            self.usage.completion_tokens = 0
            return self._chunk({"role": "assistant", "content": ""})
        if kind == "content_block_start":
            block = message.get("content_block") or {}
            if block.get("type") == "tool_use":
                index = self._tools.setdefault(message.get("index", 0), len(self._tools))
                call = {"index": index, "id": block.get("id", ""), "type": "function",
                        "function": {"name": block.get("name", ""), "arguments": ""}}
                return self._chunk({"tool_calls": [call]})
            return b""
        if kind == "message_delta":
            output = (message.get("usage") or {}).get("output_tokens")
            if isinstance(output, int):
                self.usage.completion_tokens = output
            reason = (message.get("delta") or {}).get("stop_reason")
            return self._chunk({}, _FINISH.get(reason, "stop"))
        if kind == "message_stop":
            self.done = True
            if not self.include_usage:
                return DONE
            usage = {"id": self._id, "object": "chat.completion.chunk", "created": self._created,
                     "model": self._model, "choices": [], "usage": _openai_usage(self.usage)}
            return data_event(usage) + DONE
        if kind == "error":
            raise invalid_answer("an error in the middle of its stream")
        return b""  # ping, content_block_stop, and events added to the API later

    def _delta(self, index: int, delta: dict[str, Any]) -> bytes:
        if delta.get("type") == "text_delta":
            self.events += 1
            return self._chunk({"content": delta.get("text", "")})
        if delta.get("type") == "input_json_delta" and index in self._tools:
            return self._chunk({"tool_calls": [{"index": self._tools[index],
                                                "function": {"arguments": delta.get("partial_json", "")}}]})
        return b""  # thinking and signature deltas have no OpenAI counterpart
