"""Where a chat request's text can be changed on its way out and back: the seam for the privacy
pipeline and for stateful sessions.

    client ── body ──▶ hooks.outgoing(body) ──▶ [body["messages"] final: what the upstream sees]
    client ◀─ bytes ── hooks.answer(raw) / hooks.event(event) ◀── upstream answer, in OpenAI's shape
                       hooks.finish() once the whole answer went through, before its last byte leaves
                       hooks.abort() when the request fails before anything was sent

A request's hooks form a stack (`HookStack`), outermost (nearest the client) first: `outgoing` runs
outer → inner, `answer`/`event` inner → outer, like middleware. The privacy pipeline's hooks (web/privacy.py) are outermost; the stateful routes put their
session's hooks innermost (web/sessions.py: prepend the history, record the answer as the upstream
wrote it), so a privacy hook outside them sees only this turn's new messages going out, and the
answer coming back already recorded: the session keeps pseudonymized text.

Answers are bytes in the OpenAI shape whatever the upstream dialect (anthropic.py translates first).
`event()` gets one whole SSE event with its blank-line terminator (`data: {...}\\n\\n`, also the final
`data: [DONE]\\n\\n`) and returns zero or more whole events; it must be cheap, as it runs per event.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from starlette.types import Message, Receive, Scope, Send

from llmvpn.errors import ApiError
from llmvpn.keyserver.client import Outcome
from llmvpn.providers.sse import DONE, error_event
from llmvpn.providers.upstream import Usage
from llmvpn.web.relay import RelayResponse, Stream

log = logging.getLogger(__name__)

_END = b"\n\n"


class ChatHooks:
    """One request's hooks; this base passes everything through unchanged."""

    # False when answer/event/finish do nothing: a stream then skips the per-event hook calls.
    changes_answer = False
    # True when `outgoing` scans the prompt: long enough for the key server's lease to be fetched meanwhile.
    scans = False

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        """The body to send upstream (model, messages, parameters); may return a changed copy."""
        return body

    def answer(self, raw: bytes) -> bytes:
        """A whole non-streamed answer (a chat.completion object as JSON) on its way to the client."""
        return raw

    def event(self, event: bytes) -> bytes:
        """One streamed event on its way to the client; returns the events to send instead."""
        return event

    async def finish(self) -> None:
        """The whole answer has passed (the client has all but its last bytes)."""

    async def abort(self) -> None:
        """The request failed before anything reached the client."""

    def response_headers(self) -> dict[str, str]:
        """Headers for the answer, asked for after `outgoing` (a stream's, before its first byte)."""
        return {}


PASS_THROUGH = ChatHooks()


class HookStack(ChatHooks):
    """Several hooks as one; `hooks[0]` is outermost (nearest the client)."""

    def __init__(self, *hooks: ChatHooks) -> None:
        self.hooks = hooks
        self.changes_answer = any(hook.changes_answer for hook in hooks)

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        for hook in self.hooks:
            body = await hook.outgoing(body)
        return body

    def answer(self, raw: bytes) -> bytes:
        for hook in reversed(self.hooks):
            raw = hook.answer(raw)
        return raw

    def event(self, event: bytes) -> bytes:
        out = event
        for hook in reversed(self.hooks):
            out = b"".join(hook.event(e + _END) for e in out.split(_END) if e)
        return out

    async def finish(self) -> None:
        for hook in reversed(self.hooks):
            await hook.finish()

    async def abort(self) -> None:
        for hook in self.hooks:
            await hook.abort()

    def response_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        for hook in self.hooks:
            headers.update(hook.response_headers())
        return headers


class HookedRelay:
    """A dialect's StreamRelay whose output passes through `hooks.event`, one whole event at a time.

    `ending` turns true on the feed that lets the upstream's end ([DONE]) through, so the response can
    run `hooks.finish()` before that output goes to the client.
    """

    __slots__ = ("inner", "hooks", "ending")

    def __init__(self, inner: Any, hooks: ChatHooks) -> None:
        self.inner, self.hooks, self.ending = inner, hooks, False

    @property
    def done(self) -> bool:
        return self.inner.done

    @property
    def usage(self) -> Usage | None:
        return self.inner.usage

    @property
    def events(self) -> int:
        return self.inner.events

    def feed(self, event: bytes) -> bytes:
        out = self.inner.feed(event)
        if self.inner.done:
            self.ending = True
        if not out:
            return out
        return b"".join(self.hooks.event(e + _END) for e in out.split(_END) if e)


class FinishingRelayResponse(RelayResponse):
    """A hooked stream: `hooks.finish()` runs before the output carrying the upstream's end leaves, so
    a client that has [DONE] can count on what finish does (a session's history is saved)."""

    def __init__(self, stream: Stream, first: bytes, finish: Callable[[Outcome, Usage], Awaitable[None]],
                 hooks: ChatHooks) -> None:
        super().__init__(stream, first, finish)
        self.hooks = hooks
        self.finished = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        relay: HookedRelay = self.stream.relay

        async def finishing_send(message: Message) -> None:
            if relay.ending and not self.finished and message["type"] == "http.response.body":
                self.finished = True
                try:
                    with anyio.CancelScope(shield=True):  # the answer is complete: keep it, client or not
                        await self.hooks.finish()
                except ApiError as exc:
                    log.warning("a streamed answer could not be finished: %s", exc.message)
                    body = message.get("body", b"")
                    body = body[:-len(DONE)] if body.endswith(DONE) else body
                    message = {**message, "body": body + error_event(exc.message, exc.type, exc.code)}
            await send(message)

        await super().__call__(scope, receive, finishing_send)
