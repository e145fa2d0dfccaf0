"""The hook contract the privacy pipeline plugs into (web/hooks.py): order through a stack, whole events."""

from __future__ import annotations

from typing import Any

from llmvpn.providers import openai_compat
from llmvpn.web.hooks import ChatHooks, HookedRelay, HookStack


class Tagging(ChatHooks):
    """Marks what passes, so the order of a stack shows in the result."""

    def __init__(self, tag: str, seen: list[str]) -> None:
        self.tag, self.seen = tag, seen

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        self.seen.append(f"out:{self.tag}")
        return {**body, "messages": [*body["messages"], self.tag]}

    def answer(self, raw: bytes) -> bytes:
        return raw + self.tag.encode()

    def event(self, event: bytes) -> bytes:
        assert event.endswith(b"\n\n") and event.count(b"\n\n") == 1  # one whole event at a time
        # One event in, two out: the next hook must still get them one by one.
        return event + b"data: " + self.tag.encode() + b"\n\n"

    async def finish(self) -> None:
        self.seen.append(f"finish:{self.tag}")


async def test_outgoing_runs_outer_to_inner_and_answers_inner_to_outer() -> None:
    seen: list[str] = []
    stack = HookStack(Tagging("privacy", seen), Tagging("session", seen))
    body = await stack.outgoing({"messages": ["new"]})
    assert body["messages"] == ["new", "privacy", "session"]  # the session's hook sees final messages
    assert stack.answer(b"A:") == b"A:sessionprivacy"
    assert stack.event(b"data: x\n\n") == b"data: x\n\ndata: privacy\n\ndata: session\n\ndata: privacy\n\n"
    await stack.finish()
    assert seen == ["out:privacy", "out:session", "finish:session", "finish:privacy"]


def test_a_hooked_relay_hands_whole_events_to_the_hooks_and_marks_the_end() -> None:
    relay = HookedRelay(openai_compat.StreamRelay(include_usage=False), Tagging("h", []))
    out = relay.feed(b'data: {"choices": [{"index": 0, "delta": {"content": "hi"}}]}')
    assert out.endswith(b"data: h\n\n") and not relay.ending
    assert relay.feed(b"data: [DONE]") == b"data: [DONE]\n\ndata: h\n\n"
    assert relay.ending and relay.done and relay.events == 1
