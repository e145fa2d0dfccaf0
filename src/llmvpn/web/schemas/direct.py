"""Bodies of the Direct API: a chat-completions request plus a top-level `session_id`, answered by a
chat completion (or its stream) plus the same `session_id`."""

from __future__ import annotations

from typing import Any

from llmvpn.config import WebSettings
from llmvpn.errors import InvalidRequest
from llmvpn.web.schemas_openai import ChatCompletion, ChatRequest, parse_chat_request, request_body_schema

MAX_SESSION_ID = 256


class StatefulCompletion(ChatCompletion):
    """A chat completion within a session."""

    session_id: str


def parse_direct_request(raw: bytes, content_type: str | None, limits: WebSettings, *,
                         stateful: bool) -> tuple[dict[str, Any], ChatRequest, str | None]:
    """The chat body (without `session_id`, which never goes upstream), its checked view, and the
    session id asked for (None: none given)."""
    body, request = parse_chat_request(raw, content_type, limits)
    session_id = body.pop("session_id", None)
    if session_id is None:
        return body, request, None
    if not stateful:
        raise InvalidRequest("session_id: a stateless query keeps no session; use /api/v1/stateful-query",
                             param="session_id")
    if not isinstance(session_id, str) or not 0 < len(session_id) <= MAX_SESSION_ID:
        raise InvalidRequest(f"session_id: must be a string of 1 to {MAX_SESSION_ID} characters",
                             param="session_id")
    return body, request, session_id


def direct_body_schema(*, stateful: bool) -> dict[str, Any]:
    """The OpenAPI requestBody: the chat request, with `session_id` for the stateful route."""
    body = request_body_schema()
    media = body["content"]["application/json"]
    if stateful:
        schema = media["schema"]
        schema["properties"] = {**schema["properties"], "session_id": {
            "type": "string", "minLength": 1, "maxLength": MAX_SESSION_ID,
            "description": "The session to continue; omit it to start one (its id comes back)."}}
    # Shown by /docs, and sent as they are by API fuzzers' example phase.
    media["examples"] = {
        "question": {"summary": "One question" + (", starting a session" if stateful else ""),
                     "value": {"model": "gpt-4o-mini", "messages": [
                         {"role": "system", "content": "Be brief."},
                         {"role": "user", "content": "Who wrote Middlemarch?"}]}},
        "streamed": {"summary": "The same, streamed",
                     "value": {"model": "gpt-4o-mini", "stream": True, "messages": [
                         {"role": "user", "content": "Who wrote Middlemarch?"}]}},
    }
    if stateful:
        media["examples"]["next turn"] = {
            "summary": "A later turn: only the new messages, with the session's id",
            "value": {"model": "gpt-4o-mini", "session_id": "5QdCeyBkeRyZwuJYgC2bHLmbDKVPBfT1",
                      "messages": [{"role": "user", "content": "And when?"}]}}
    return body
