"""The privacy hooks on answers the test upstream cannot produce: tool calls, several choices, streams
that end without a finish_reason; and the policy rules (privacy/policy.py)."""

from __future__ import annotations

import json

import orjson
import pytest

from llmvpn.errors import InvalidRequest, PermissionDenied
from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.pipeline import Pipeline
from llmvpn.privacy.policy import PrivacyChoice, choose
from llmvpn.privacy.sealing import StateSealer
from llmvpn.privacy.spans import EntityType, Policy
from llmvpn.providers.sse import data_event
from llmvpn.web.privacy import PrivacyService, SessionScope

EMAIL, PHONE = "jane.doe@gmail.com", "+1 415 555 2671"
ALL = frozenset(EntityType)


@pytest.fixture(scope="module")
def service() -> PrivacyService:
    return PrivacyService(Pipeline(build_detector(use_ner=False)), StateSealer("s" * 40),
                          PrivacyChoice(Policy.PSEUDONYMIZE, ALL), allow_weaker=True)


async def sent(hooks, text: str) -> str:  # noqa: ANN001
    body = await hooks.outgoing({"model": "m", "messages": [{"role": "user", "content": text}]})
    return body["messages"][0]["content"]


def events_of(out: bytes) -> list[dict]:
    return [json.loads(e[6:]) for e in out.split(b"\n\n") if e.startswith(b"data: {")]


async def test_tool_call_arguments_are_restored_whole_and_streamed(service: PrivacyService) -> None:
    hooks = service.hooks({})
    upstream_text = await sent(hooks, f"Write to {EMAIL} and call {PHONE}.")
    surrogate = next(w for w in upstream_text.split() if "@" in w)
    arguments = json.dumps({"to": surrogate, "subject": "hello"})
    completion = {"id": "c", "object": "chat.completion", "choices": [{"index": 0, "message": {
        "role": "assistant", "content": None,
        "tool_calls": [{"id": "t", "type": "function", "function": {"name": "send", "arguments": arguments}}]},
        "finish_reason": "tool_calls"}]}
    answer = orjson.loads(hooks.answer(orjson.dumps(completion)))
    restored = json.loads(answer["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
    assert restored == {"to": EMAIL, "subject": "hello"}

    hooks = service.hooks({})
    upstream_text = await sent(hooks, f"Write to {EMAIL}.")
    arguments = json.dumps({"to": next(w for w in upstream_text.split() if "@" in w).rstrip(".")})
    out = b""
    for i in range(0, len(arguments), 3):  # three characters at a time: the surrogate is cut everywhere
        delta = {"tool_calls": [{"index": 0, "function": {"arguments": arguments[i:i + 3]}}]}
        out += hooks.event(data_event({"id": "c", "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}))
    out += hooks.event(data_event({"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}))
    out += hooks.event(b"data: [DONE]\n\n")
    pieces = [c["choices"][0]["delta"].get("tool_calls", [{}])[0].get("function", {}).get("arguments", "")
              for c in events_of(out)]
    assert json.loads("".join(pieces)) == {"to": EMAIL}
    assert out.endswith(b"data: [DONE]\n\n")


async def test_stream_chunks_with_nothing_to_restore_go_out_as_the_upstream_wrote_them(
        service: PrivacyService) -> None:
    hooks = service.hooks({})
    surrogate = next(w for w in (await sent(hooks, f"Mail {EMAIL}")).split() if "@" in w)
    first = hooks.event(b'data:{"id":"c","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n')
    assert events_of(first)[0]["privacy"]["found"] == {"EMAIL": 1}  # the first carries the report
    # No surrogate can start in "123": the upstream's own bytes, spacing and all, pass.
    plain = b'data:{"id":"c","choices":[{"index":0,"delta":{"content":" 123"},"finish_reason":null}]}\n\n'
    assert hooks.event(plain) == plain
    # A chunk that holds a surrogate is written anew, with the original in its place.
    out = hooks.event(data_event({"id": "c", "choices": [{"index": 0, "delta": {"content": f" {surrogate} ok"},
                                                          "finish_reason": "stop"}]}))
    assert "".join(e["choices"][0]["delta"].get("content", "") for e in events_of(out)) == f" {EMAIL} ok"


async def test_a_stream_without_finish_reason_still_gets_its_held_text(service: PrivacyService) -> None:
    hooks = service.hooks({})
    surrogate = next(w for w in (await sent(hooks, f"Mail {EMAIL}")).split() if "@" in w)
    out = hooks.event(data_event({"id": "c", "model": "m", "choices": [
        {"index": 0, "delta": {"content": "Sent to " + surrogate[:5]}, "finish_reason": None},
        {"index": 1, "delta": {"content": "Also " + surrogate[:-2]}, "finish_reason": None}]}))
    out += hooks.event(b"data: [DONE]\n\n")
    texts: dict[int, str] = {}
    for chunk in events_of(out):
        for choice in chunk["choices"]:
            texts[choice["index"]] = texts.get(choice["index"], "") + (choice["delta"].get("content") or "")
    # Cut-off surrogates are not surrogates: they go out as they came, nothing is lost.
    assert texts == {0: "Sent to " + surrogate[:5], 1: "Also " + surrogate[:-2]}
    # the closing chunks that carry the held text are the stream's own: its id and model
    chunks = events_of(out)
    assert len(chunks) == 3 and [(c.get("id"), c.get("model")) for c in chunks] == [("c", "m")] * 3
    assert out.endswith(b"data: [DONE]\n\n")


async def test_the_policy_off_passes_the_answer_untouched(service: PrivacyService) -> None:
    hooks = service.hooks({"privacy": {"pii": "off"}})
    assert await sent(hooks, f"Mail {EMAIL}") == f"Mail {EMAIL}"
    assert not hooks.changes_answer
    raw = orjson.dumps({"choices": [{"message": {"content": "x"}}]})
    assert hooks.answer(raw) == raw
    assert json.loads(hooks.response_headers()["X-LLMVPN-Privacy"])["pii"] == "off"


async def test_a_choice_that_scans_nothing_only_takes_its_privacy_field_out(service: PrivacyService) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": f"Mail {EMAIL}"}], "temperature": 0.2,
            "privacy": {"pii": "pseudonymize", "entities": []}}
    hooks = service.hooks(body)
    sent_body = await hooks.outgoing(body)
    assert sent_body == {"model": "m", "messages": [{"role": "user", "content": f"Mail {EMAIL}"}], "temperature": 0.2}
    assert "privacy" in body  # the caller's body is left as it was
    report = json.loads(hooks.response_headers()["X-LLMVPN-Privacy"])
    assert report == {"pii": "pseudonymize", "restore": True, "ner": False, "found": {}, "replaced": 0,
                      "messages_changed": 0}
    # Every request with that choice gets the same header, whatever an earlier caller did with its copy.
    hooks.response_headers().clear()
    again = service.hooks({"privacy": {"pii": "pseudonymize", "entities": []}})
    assert json.loads(again.response_headers()["X-LLMVPN-Privacy"]) == report
    # A body without the field goes upstream as it came.
    plain = {"model": "m", "messages": []}
    assert await service.hooks({"privacy": {"pii": "off"}}).outgoing(plain) == plain


async def test_a_session_mapping_is_sealed_to_its_session(service: PrivacyService) -> None:
    scope = SessionScope({}, "session-1", "alice")
    hooks = service.hooks({}, scope)
    first = await sent(hooks, f"Mail {EMAIL}")
    assert EMAIL not in json.dumps(scope.state) and "jane" not in json.dumps(scope.state).lower()
    again = await sent(service.hooks({}, scope), f"Mail {EMAIL}")
    assert again == first  # the same surrogate in the next turn
    # Moved to another session or owner, the state opens to nothing: a fresh mapping.
    stolen = SessionScope(dict(scope.state), "session-2", "mallory")
    assert len(service.session_mapping(stolen)) == 0


def test_choose_applies_request_options_and_the_lock() -> None:
    default = PrivacyChoice(Policy.PSEUDONYMIZE, ALL)
    assert choose(default, None, allow_weaker=False) == default
    assert choose(default, {"pii": "redact"}, allow_weaker=False).pii is Policy.REDACT
    assert choose(default, {"pii": "placeholder", "restore": False}, allow_weaker=False) == \
        PrivacyChoice(Policy.PLACEHOLDER, ALL, restore=False)
    assert choose(default, {"entities": ["email"]}, allow_weaker=True).entities == {EntityType.EMAIL}
    with pytest.raises(PermissionDenied) as locked:
        choose(default, {"pii": "off"}, allow_weaker=False)
    assert locked.value.param == "privacy.pii" and locked.value.code == "privacy_policy_locked"
    with pytest.raises(PermissionDenied):
        choose(default, {"entities": ["EMAIL"]}, allow_weaker=False)
    with pytest.raises(InvalidRequest):
        choose(default, {"pii": "OFF!"}, allow_weaker=True)
    narrow = PrivacyChoice(Policy.PSEUDONYMIZE, frozenset({EntityType.EMAIL}))
    assert choose(narrow, {"entities": "all"}, allow_weaker=False).entities == ALL
