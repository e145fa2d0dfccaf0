"""The OpenAI-compatible API's shapes: the chat request as this gateway checks it, and its answers.

A chat body is parsed once (orjson) into a dict; `ChatRequest` checks the fields the gateway relies
on and ignores the rest, and the dict itself goes upstream, so unknown fields pass through. Fields
that identify the caller or would point the call somewhere else are removed first (STRIPPED_FIELDS).
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, StrictBool, StrictInt, StrictStr, ValidationError, model_validator

from llmvpn.config import WebSettings
from llmvpn.errors import InvalidRequest, UnsupportedMediaType

# Identifiers of the person or their account (the provider must not learn who asked, nor link two
# queries of one person), and addresses or credentials for the call: the lease decides where a call
# goes and under which key, never the body (FAULTS 15).
STRIPPED_FIELDS = frozenset({
    "user", "safety_identifier", "prompt_cache_key", "metadata", "organization", "project",
    "base_url", "api_base", "api_url", "api_key", "endpoint", "url", "provider_url", "api_version",
})
_CONTENT_REQUIRED = frozenset({"system", "developer", "user", "tool"})


class ContentPart(BaseModel):
    type: StrictStr
    text: StrictStr | None = None

    @model_validator(mode="after")
    def _text_part_has_text(self) -> ContentPart:
        if self.type == "text" and self.text is None:
            raise ValueError("a text part needs a string `text`")
        return self


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: StrictStr | list[ContentPart] | None = None

    @model_validator(mode="after")
    def _content_present(self) -> ChatMessage:
        if self.content is None and self.role in _CONTENT_REQUIRED:
            raise ValueError(f"a {self.role} message needs `content`")
        return self

    def chars(self) -> int:
        if isinstance(self.content, str):
            return len(self.content)
        return sum(len(part.text or "") for part in self.content or ())


class StreamOptions(BaseModel):
    include_usage: StrictBool | None = None


class ChatRequest(BaseModel):
    """A chat-completions request; any field not named here is passed to the upstream as it is."""

    model: StrictStr = Field(min_length=1, max_length=512, description="`model` or `provider/model`")
    messages: list[ChatMessage] = Field(min_length=1)
    stream: StrictBool | None = None
    stream_options: StreamOptions | None = None
    n: StrictInt | None = Field(default=None, ge=1)
    max_tokens: StrictInt | None = Field(default=None, ge=1)
    max_completion_tokens: StrictInt | None = Field(default=None, ge=1)


def parse_chat_request(raw: bytes, content_type: str | None,
                       limits: WebSettings) -> tuple[dict[str, Any], ChatRequest]:
    """The body as a dict ready to forward (identifying fields removed) and its checked view.

    415 unless JSON; 400 naming the field or the limit otherwise.
    """
    if content_type is None or content_type.split(";", 1)[0].strip().lower() != "application/json":
        raise UnsupportedMediaType("Content-Type must be application/json")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"request body is not valid JSON: {exc}", code="invalid_json") from None
    if not isinstance(data, dict):
        raise InvalidRequest("request body must be a JSON object", code="invalid_json")
    # Counted before validation, so a bomb of 10^5 messages costs a len(), not 10^5 models.
    messages = data.get("messages")
    if isinstance(messages, list) and len(messages) > limits.max_messages:
        raise InvalidRequest(f"messages: {len(messages)} messages exceed the limit of {limits.max_messages}",
                             param="messages", code="too_many_messages")
    # Nesting needs an opening bracket per level, so a body with few of them (most) is not walked.
    if raw.count(b"{") + raw.count(b"[") > limits.max_json_depth and _deeper_than(data, limits.max_json_depth):
        raise InvalidRequest(f"request body is nested deeper than the limit of {limits.max_json_depth} "
                             "levels", code="too_deep")
    try:
        request = ChatRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(_located(exc)) from None
    _check_limits(request, limits)
    for name in STRIPPED_FIELDS.intersection(data):
        del data[name]
    return data, request


def _located(exc: ValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors with field locations only: the union branch names it inserts ("str",
    "list[ContentPart]") go, and the deepest error comes first, since it is from the branch whose
    type the value had (a list of parts with a bad part, rather than "not a string")."""
    errors = exc.errors(include_url=False)
    errors.sort(key=lambda e: -len(e["loc"]))
    return [{**e, "loc": ("body", *(part for part in e["loc"] if not _is_branch(part)))} for e in errors]


def _is_branch(part: object) -> bool:
    return isinstance(part, str) and (part in ("str", "int", "float", "bool", "none") or "[" in part)


def _check_limits(request: ChatRequest, limits: WebSettings) -> None:
    for index, message in enumerate(request.messages):
        if message.chars() > limits.max_message_chars:
            param = f"messages[{index}].content"
            raise InvalidRequest(f"{param}: {message.chars()} characters exceed the limit of "
                                 f"{limits.max_message_chars} per message", param=param, code="message_too_long")
    if request.n is not None and request.n > limits.max_n:
        raise InvalidRequest(f"n: {request.n} exceeds the limit of {limits.max_n}", param="n",
                             code="n_too_large")
    for name in ("max_tokens", "max_completion_tokens"):
        value = getattr(request, name)
        if value is not None and value > limits.max_tokens_cap:
            raise InvalidRequest(f"{name}: {value} exceeds the limit of {limits.max_tokens_cap}", param=name,
                                 code="max_tokens_too_large")


def _deeper_than(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


# -- answers (for the OpenAPI document; the answers themselves are passed or built as bytes) --------

# A streamed answer in OpenAPI 3.1: the schema of a text/event-stream response describes one event.
SSE_CONTENT: dict[str, Any] = {"text/event-stream": {"schema": {
    "type": "object", "required": ["data"],
    "properties": {"event": {"type": "string"}, "data": {"type": "string"}, "id": {"type": "string"},
                   "retry": {"type": "integer"}},
    "description": "One server-sent event; `data` is a chat.completion.chunk as JSON, the last `[DONE]`",
}}}


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class AssistantMessage(BaseModel):
    role: Literal["assistant"]
    content: str | None
    tool_calls: list[dict[str, Any]] | None = None


class Choice(BaseModel):
    index: int
    message: AssistantMessage
    finish_reason: str | None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[Choice]
    usage: Usage | None = None


class Model(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Model]


def request_body_schema() -> dict[str, Any]:
    """ChatRequest's JSON schema with its definitions inlined, for an operation's requestBody."""
    schema = ChatRequest.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(definitions[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return {"required": True, "content": {"application/json": {"schema": inline(schema)}}}
