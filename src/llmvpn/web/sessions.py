"""Conversations of the stateful routes (Direct API's stateful-query and the Web API).

A conversation lives in a key-server session: the session binds one key per model and expires
KEY_SERVER_SESSION_TTL_SECONDS after its last turn; its `data` (JSON, opaque to the key server) is

    {"format": 1, "models": [model, ...], "messages": [the history, as sent upstream], "privacy": {...}}

A session belongs to the principal (JWT `sub`) that created it. The key server checks the owner on
every call and answers "not yours" exactly as "no such session", so neither can be told apart here.

Per turn, `SessionHooks` (innermost of the request's hooks, web/hooks.py) sends the history followed
by the turn's new messages, records the answer as the upstream wrote it, stamps the session id on the
answer (a top-level `session_id` in the completion and in every streamed chunk), and saves the turn
before the client gets the answer's end. A turn that fails leaves the history as it was.

Saving is optimistic (the session's version): when another turn, or the key server moving the key
binding, changed the session meanwhile, the turn is appended to the newer history instead. The
`privacy` state of the last turn saved wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from llmvpn.errors import Conflict, InvalidRequest, NotFound, PreconditionFailed
from llmvpn.keyserver.client import KeyServerClient, SessionInfo
from llmvpn.providers.sse import data_event, fields
from llmvpn.web.hooks import ChatHooks

FORMAT = 1
_SAVE_ATTEMPTS = 5


@dataclass(slots=True)
class Conversation:
    """One session as this request sees it; `created` when this request made it."""

    keyserver: KeyServerClient
    owner: str
    info: SessionInfo
    created: bool = False

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def messages(self) -> list[dict[str, Any]]:
        found = self.info.data.get("messages")
        return found if isinstance(found, list) else []

    @property
    def models(self) -> list[str]:
        found = self.info.data.get("models")
        return [m for m in found if isinstance(m, str)] if isinstance(found, list) else []

    @property
    def privacy(self) -> dict[str, Any]:
        """The privacy pipeline's state (its pseudonym mapping), saved with each turn."""
        return self.info.data.setdefault("privacy", {})

    async def set_models(self, models: list[str]) -> None:
        await self._save(lambda data: data.update(models=models))

    async def record(self, sent: list[dict[str, Any]], reply: dict[str, Any]) -> None:
        """Append one turn: the messages sent (after the history) and the answer."""
        privacy = self.privacy
        await self._save(lambda data: data.update(messages=[*_messages(data), *sent, reply], privacy=privacy))

    async def _save(self, change: Any) -> None:
        for _ in range(_SAVE_ATTEMPTS):
            data = dict(self.info.data)
            change(data)
            try:
                self.info = await self.keyserver.update_session(self.id, self.owner, data,
                                                                expected_version=self.info.version)
                return
            except PreconditionFailed:
                self.info = await self.keyserver.get_session(self.id, self.owner)
        raise Conflict("the session kept changing while this turn was saved; send it again",
                       param="session_id", code="session_busy")

    async def discard(self) -> None:
        """Delete the session if this request created it (its first turn failed)."""
        if self.created:
            self.created = False
            try:
                await self.keyserver.delete_session(self.id, self.owner)
            except NotFound:
                pass


def _messages(data: dict[str, Any]) -> list[dict[str, Any]]:
    found = data.get("messages")
    return found if isinstance(found, list) else []


async def open_conversation(keyserver: KeyServerClient, owner: str, session_id: str) -> Conversation:
    """The caller's session `session_id`; NotFound (404) if it is missing, expired or someone else's."""
    return Conversation(keyserver, owner, await keyserver.get_session(session_id, owner))


async def new_conversation(keyserver: KeyServerClient, owner: str,
                           models: list[str] | None = None) -> Conversation:
    info = await keyserver.create_session(owner, {"format": FORMAT, "models": models or [], "messages": []})
    return Conversation(keyserver, owner, info, created=True)


@dataclass(slots=True)
class _Reply:
    """The assistant's message, gathered from a completion or from the chunks of a stream (choice 0)."""

    parts: list[str] = field(default_factory=list)
    tool_calls: dict[int, dict[str, Any]] = field(default_factory=dict)

    def take_completion(self, data: Any) -> None:
        choices = data.get("choices") if isinstance(data, dict) else None
        message = choices[0].get("message") if choices and isinstance(choices[0], dict) else None
        if isinstance(message, dict):
            if isinstance(message.get("content"), str):
                self.parts.append(message["content"])
            for index, call in enumerate(message.get("tool_calls") or ()):
                if isinstance(call, dict):
                    self.tool_calls[index] = call

    def take_chunk(self, data: Any) -> None:
        for choice in (data.get("choices") or ()) if isinstance(data, dict) else ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str):
                self.parts.append(delta["content"])
            for call in delta.get("tool_calls") or ():
                if isinstance(call, dict):
                    self._merge_call(call)

    def _merge_call(self, piece: dict[str, Any]) -> None:
        # Streamed tool calls come in pieces: id, type and name once, the arguments in fragments.
        call = self.tool_calls.setdefault(piece.get("index", 0), {"id": "", "type": "function",
                                                                  "function": {"name": "", "arguments": ""}})
        call["id"] = piece.get("id") or call["id"]
        function = piece.get("function") or {}
        call["function"]["name"] += function.get("name") or ""
        call["function"]["arguments"] += function.get("arguments") or ""

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.parts)}
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i] for i in sorted(self.tool_calls)]
            message["content"] = message["content"] or None
        return message


class SessionHooks(ChatHooks):
    """One turn of a conversation: history out, answer recorded and stamped with the session id."""

    changes_answer = True

    def __init__(self, conversation: Conversation, max_messages: int) -> None:
        self.conversation = conversation
        self.max_messages = max_messages
        self.sent: list[dict[str, Any]] = []
        self.reply = _Reply()
        self.session_id = conversation.id

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        history, new = self.conversation.messages, body.get("messages") or []
        if len(history) + len(new) > self.max_messages:
            raise InvalidRequest(f"messages: the session holds {len(history)} messages; {len(new)} more would "
                                 f"pass the limit of {self.max_messages}; start a new session",
                                 param="messages", code="session_full")
        self.sent = new
        return {**body, "messages": [*history, *new]}

    def answer(self, raw: bytes) -> bytes:
        data = orjson.loads(raw)  # the dialect has checked it is a JSON object with choices
        self.reply.take_completion(data)
        return orjson.dumps(self._stamped(data))

    def event(self, event: bytes) -> bytes:
        _, payload = fields(event)
        if not payload or payload == b"[DONE]":
            return event
        try:
            data = orjson.loads(payload)
        except orjson.JSONDecodeError:
            return event  # not ours to judge: the relay passes what the upstream sent
        if not isinstance(data, dict):
            return event
        self.reply.take_chunk(data)
        return data_event(self._stamped(data))

    def _stamped(self, data: dict[str, Any]) -> dict[str, Any]:
        # First in the object, for whoever reads it by eye; ours even if the upstream sent one.
        stamped = {"session_id": self.session_id, **data}
        stamped["session_id"] = self.session_id
        return stamped

    async def finish(self) -> None:
        await self.conversation.record(self.sent, self.reply.message())

    async def abort(self) -> None:
        await self.conversation.discard()
