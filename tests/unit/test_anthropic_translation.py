"""OpenAI chat completions ⇄ Anthropic Messages: requests, answers and streams, without a server."""

from __future__ import annotations

import json

import orjson
import pytest

from llmvpn.errors import InvalidRequest
from llmvpn.providers import anthropic
from llmvpn.providers.sse import EventSplitter, fields
from llmvpn.providers.upstream import UpstreamFailure


def translate(**body: object) -> dict:
    body.setdefault("messages", [{"role": "user", "content": "hi"}])
    return json.loads(anthropic.request_body(body, "claude-x", stream=False))


# -- requests -----------------------------------------------------------------------------------


def test_url_with_and_without_v1() -> None:
    assert anthropic.url("https://api.anthropic.com") == "https://api.anthropic.com/v1/messages"
    assert anthropic.url("https://api.anthropic.com/v1/") == "https://api.anthropic.com/v1/messages"
    assert anthropic.headers("k")["anthropic-version"] == anthropic.ANTHROPIC_VERSION


def test_system_and_developer_messages_become_system() -> None:
    out = translate(messages=[{"role": "system", "content": "Be brief."},
                              {"role": "developer", "content": [{"type": "text", "text": "No jokes."}]},
                              {"role": "user", "content": "hi"}])
    assert out["system"] == "Be brief.\n\nNo jokes."
    assert out["messages"] == [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]
    assert out["model"] == "claude-x" and out["max_tokens"] == anthropic.DEFAULT_MAX_TOKENS


def test_parameters_are_mapped_and_openai_only_ones_dropped() -> None:
    out = translate(max_completion_tokens=50, temperature=1.7, top_p=0.9, stop="END", seed=3,
                    frequency_penalty=0.5, logprobs=True)
    assert out["max_tokens"] == 50 and out["temperature"] == 1.0 and out["top_p"] == 0.9
    assert out["stop_sequences"] == ["END"]
    assert not {"seed", "frequency_penalty", "logprobs", "stream"} & set(out)
    assert json.loads(anthropic.request_body({"messages": [{"role": "user", "content": "x"}]}, "m", True))["stream"]


def test_consecutive_turns_of_one_role_are_merged() -> None:
    out = translate(messages=[{"role": "user", "content": "one"}, {"role": "user", "content": "two"},
                              {"role": "assistant", "content": "three"}, {"role": "user", "content": "four"}])
    assert [m["role"] for m in out["messages"]] == ["user", "assistant", "user"]
    assert [b["text"] for b in out["messages"][0]["content"]] == ["one", "two"]


def test_images_by_data_url_and_by_address() -> None:
    out = translate(messages=[{"role": "user", "content": [
        {"type": "text", "text": "what is this?"},
        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,QUJD"}},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
    ]}])
    _, data_image, url_image = out["messages"][0]["content"]
    assert data_image["source"] == {"type": "base64", "media_type": "image/jpeg", "data": "QUJD"}
    assert url_image["source"] == {"type": "url", "url": "https://example.com/cat.png"}


def test_tools_tool_calls_and_tool_results() -> None:
    out = translate(
        messages=[
            {"role": "user", "content": "weather in Paris?"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "weather", "arguments": '{"city": "Paris"}'}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        ],
        tools=[{"type": "function", "function": {"name": "weather", "description": "Weather by city",
                                                  "parameters": {"type": "object", "properties": {}}}}],
        tool_choice="required",
    )
    assert out["tools"] == [{"name": "weather", "description": "Weather by city",
                             "input_schema": {"type": "object", "properties": {}}}]
    assert out["tool_choice"] == {"type": "any"}
    assert out["messages"][1] == {"role": "assistant", "content": [
        {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Paris"}}]}
    assert out["messages"][2] == {"role": "user", "content": [
        {"type": "tool_result", "content": "sunny", "tool_use_id": "call_1"}]}


@pytest.mark.parametrize("body, param", [
    ({"n": 2}, "n"),
    ({"messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]}, "messages"),
    ({"messages": [{"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "{"}}]}]},
     "messages"),
])
def test_what_anthropic_cannot_take_is_a_400(body: dict, param: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        translate(**body)
    assert caught.value.param == param


# -- answers ------------------------------------------------------------------------------------


def test_a_message_becomes_a_chat_completion() -> None:
    raw = orjson.dumps({"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
                        "content": [{"type": "text", "text": "Hello"}, {"type": "text", "text": " there"}],
                        "stop_reason": "max_tokens", "usage": {"input_tokens": 7, "output_tokens": 2}})
    answer, usage = anthropic.completion(raw)
    body = json.loads(answer)
    assert body["object"] == "chat.completion" and body["id"] == "msg_1" and body["model"] == "claude-x"
    assert body["choices"][0]["message"]["content"] == "Hello there"
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"] == {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9}
    assert (usage.prompt_tokens, usage.completion_tokens) == (7, 2)


def test_tool_use_becomes_tool_calls() -> None:
    raw = orjson.dumps({"id": "msg_2", "type": "message", "content": [
        {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}}],
        "stop_reason": "tool_use", "usage": {"input_tokens": 1, "output_tokens": 1}})
    choice = json.loads(anthropic.completion(raw)[0])["choices"][0]
    assert choice["finish_reason"] == "tool_calls" and choice["message"]["content"] is None
    [call] = choice["message"]["tool_calls"]
    assert call["id"] == "toolu_1" and json.loads(call["function"]["arguments"]) == {"city": "Paris"}


@pytest.mark.parametrize("raw", [b"{not json", b'{"type": "message"}', b"[]"])
def test_an_unreadable_answer_is_an_upstream_failure(raw: bytes) -> None:
    with pytest.raises(UpstreamFailure) as caught:
        anthropic.completion(raw)
    assert caught.value.error.status_code == 502 and caught.value.retryable


# -- streams ------------------------------------------------------------------------------------


def _event(name: str, data: dict) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


STREAM = b"".join([
    _event("message_start", {"type": "message_start", "message": {
        "id": "msg_9", "model": "claude-x", "usage": {"input_tokens": 11, "output_tokens": 1}}}),
    _event("content_block_start", {"type": "content_block_start", "index": 0,
                                   "content_block": {"type": "text", "text": ""}}),
    _event("ping", {"type": "ping"}),
    _event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                   "delta": {"type": "text_delta", "text": "Hel"}}),
    _event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                   "delta": {"type": "text_delta", "text": "lo"}}),
    _event("content_block_stop", {"type": "content_block_stop", "index": 0}),
    _event("content_block_start", {"type": "content_block_start", "index": 1,
                                   "content_block": {"type": "tool_use", "id": "toolu_1", "name": "f"}}),
    _event("content_block_delta", {"type": "content_block_delta", "index": 1,
                                   "delta": {"type": "input_json_delta", "partial_json": '{"a":'}}),
    _event("content_block_delta", {"type": "content_block_delta", "index": 1,
                                   "delta": {"type": "input_json_delta", "partial_json": " 1}"}}),
    _event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
                             "usage": {"output_tokens": 5}}),
    _event("message_stop", {"type": "message_stop"}),
])


def relay_all(stream: bytes, include_usage: bool, piece: int = 7) -> tuple[list, anthropic.StreamRelay]:
    relay = anthropic.StreamRelay(include_usage, "claude-x")
    splitter = EventSplitter()
    out = b""
    for start in range(0, len(stream), piece):  # chunk boundaries anywhere, as the network cuts them
        for event in splitter.feed(stream[start:start + piece]):
            out += relay.feed(event)
    events = [fields(e)[1] for e in EventSplitter().feed(out)]
    assert events[-1] == b"[DONE]"
    return [json.loads(e) for e in events[:-1]], relay


@pytest.mark.parametrize("include_usage", [False, True])
def test_a_stream_becomes_chat_completion_chunks(include_usage: bool) -> None:
    chunks, relay = relay_all(STREAM, include_usage)
    assert relay.done
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == "msg_9" for c in chunks)
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    assert deltas[0] == {"role": "assistant", "content": ""}
    assert "".join(d.get("content") or "" for d in deltas) == "Hello"
    calls = [d["tool_calls"][0] for d in deltas if "tool_calls" in d]
    assert calls[0]["id"] == "toolu_1" and calls[0]["function"]["name"] == "f"
    assert "".join(c["function"]["arguments"] for c in calls) == '{"a": 1}'
    assert {c["index"] for c in calls} == {0}
    finishes = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]]
    assert finishes[-1] == "tool_calls"
    assert (relay.usage.prompt_tokens, relay.usage.completion_tokens) == (11, 5)
    if include_usage:
        assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] == 16
    else:
        assert all(c["choices"] for c in chunks) and all("usage" not in c for c in chunks)


def test_an_error_event_mid_stream_is_an_upstream_failure() -> None:
    relay = anthropic.StreamRelay(False)
    relay.feed(STREAM.split(b"\n\n")[0])
    with pytest.raises(UpstreamFailure):
        relay.feed(_event("error", {"type": "error", "error": {"type": "overloaded_error"}}).strip())
    with pytest.raises(UpstreamFailure):
        relay.feed(b"event: content_block_delta\ndata: {broken")


# -- SSE framing --------------------------------------------------------------------------------


def test_events_split_on_any_line_ending_and_any_chunk_boundary() -> None:
    splitter = EventSplitter()
    assert splitter.feed(b"data: a\n\ndata: b\r\n\r\nda") == [b"data: a", b"data: b"]
    assert splitter.feed(b"ta: c\n") == [] and splitter.pending == b"data: c\n"
    assert splitter.feed(b"\n: comment\n\n") == [b"data: c", b": comment"]
    assert fields(b"event: x\ndata: 1\ndata:2\n: note") == (b"x", b"1\n2")
