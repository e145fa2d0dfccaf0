"""The demo upstream itself, over real HTTP: shapes, scripted faults, records and the runner."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from llmvpn.demo import Fault, UpstreamConfig, UpstreamServer
from llmvpn.keys import fingerprint

KEY_A = "sk-demo-key-aaaaaaaaaaaaaaaa"
KEY_B = "sk-demo-key-bbbbbbbbbbbbbbbb"
CANARY = "sk-canary-0123456789abcdef"
QUESTION = "My name is Alice Smith and my email is alice@example.com."


def chat_body(text: str = QUESTION, **extra: object) -> dict:
    return {"model": "demo-model", "messages": [{"role": "system", "content": "Be brief."},
                                                {"role": "user", "content": text}], **extra}


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    # One pooled client: a fresh http.post() builds an SSL context each time (~50 ms).
    with httpx.Client(timeout=5.0) as client:
        yield client


def chat(http: httpx.Client, upstream: UpstreamServer, key: str = KEY_A, timeout: float = 5.0,
         **extra: object) -> httpx.Response:
    return http.post(f"{upstream.url}/chat/completions", json=chat_body(**extra),
                      headers={"Authorization": f"Bearer {key}"}, timeout=timeout)


def sse_data(text: str) -> list[str]:
    return [line[len("data: "):] for line in text.split("\n") if line.startswith("data: ")]


def streamed_text(text: str) -> str:
    chunks = [json.loads(d) for d in sse_data(text) if d != "[DONE]"]
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])


# -- OpenAI shape --

def test_completion_quotes_the_last_user_message_with_usage(
    http: httpx.Client, upstream: UpstreamServer,
) -> None:
    response = chat(http, upstream)
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion" and body["model"] == "demo-model"
    choice = body["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": f"You said: {QUESTION}", "refusal": None}
    assert choice["finish_reason"] == "stop"
    usage = body["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_content_parts_and_max_tokens(http: httpx.Client, upstream: UpstreamServer) -> None:
    body = {"model": "gpt-4o-mini", "max_tokens": 3,
            "messages": [{"role": "user", "content": [{"type": "text", "text": "one two three four"}]}]}
    response = http.post(f"{upstream.url}/chat/completions", json=body,
                          headers={"Authorization": f"Bearer {KEY_A}"})
    choice = response.json()["choices"][0]
    assert choice["finish_reason"] == "length"
    assert choice["message"]["content"] == "You said: on"  # 3 tokens of about 4 characters
    assert response.json()["usage"]["completion_tokens"] == 3


def test_stream_reassembles_to_the_non_stream_text(http: httpx.Client, upstream: UpstreamServer) -> None:
    whole = chat(http, upstream).json()["choices"][0]["message"]["content"]
    response = chat(http, upstream, stream=True)
    assert response.headers["content-type"].startswith("text/event-stream")
    data = sse_data(response.text)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    deltas = [c["choices"][0]["delta"].get("content") for c in chunks[1:-1]]
    assert all(0 < len(d) <= 4 for d in deltas) and len(deltas) > 5  # small chunks, to split pseudonyms
    assert streamed_text(response.text) == whole
    assert all("usage" not in c for c in chunks)


def test_include_usage_adds_a_final_usage_chunk(http: httpx.Client, upstream: UpstreamServer) -> None:
    expected = chat(http, upstream).json()["usage"]
    data = sse_data(chat(http, upstream, stream=True, stream_options={"include_usage": True}).text)
    last = json.loads(data[-2])
    assert last["choices"] == [] and last["usage"] == expected
    assert all(json.loads(d)["usage"] is None for d in data[:-2])


def test_models_list_and_one_model(http: httpx.Client, upstream: UpstreamServer, make_upstream) -> None:
    headers = {"Authorization": f"Bearer {KEY_A}"}
    listed = http.get(f"{upstream.url}/models", headers=headers).json()
    assert listed["object"] == "list"
    assert [m["id"] for m in listed["data"]] == ["demo-model", "gpt-4o-mini"]
    assert http.get(f"{upstream.url}/models/demo-model", headers=headers).json()["id"] == "demo-model"
    assert http.get(f"{upstream.url}/models/nope", headers=headers).status_code == 404
    custom = make_upstream(UpstreamConfig(models=("m-1",)))
    assert [m["id"] for m in http.get(f"{custom.url}/models", headers=headers).json()["data"]] == ["m-1"]


def test_health_needs_no_key_and_leaves_no_record(http: httpx.Client, upstream: UpstreamServer) -> None:
    assert http.get(f"{upstream.root_url}/health").json() == {"status": "ok"}
    assert http.get(f"{upstream.url}/models").status_code == 401  # the API itself still wants a key
    assert [r.path for r in upstream.received()] == ["/v1/models"]


def test_bad_requests_are_400_and_unknown_paths_404(http: httpx.Client, upstream: UpstreamServer) -> None:
    headers = {"Authorization": f"Bearer {KEY_A}"}
    no_messages = http.post(f"{upstream.url}/chat/completions", json={"model": "demo-model"}, headers=headers)
    assert no_messages.status_code == 400 and no_messages.json()["error"]["type"] == "invalid_request_error"
    garbage = http.post(f"{upstream.url}/chat/completions", content=b"{not json", headers=headers)
    assert garbage.status_code == 400
    assert http.post(f"{upstream.url}/embeddings", json={}, headers=headers).status_code == 404
    assert http.get(f"{upstream.url}/chat/completions", headers=headers).status_code == 405
    assert [r.status for r in upstream.received()] == [400, 400, 404, 405]


# -- keys --

def test_missing_key_is_401(http: httpx.Client, upstream: UpstreamServer) -> None:
    response = http.post(f"{upstream.url}/chat/completions", json=chat_body())
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def test_bad_and_unknown_keys_get_401_echoing_the_key(http: httpx.Client, make_upstream) -> None:
    server = make_upstream(UpstreamConfig(valid_keys=frozenset({KEY_A}), bad_keys=frozenset({CANARY})))
    assert CANARY not in repr(server.app.config)
    assert chat(http, server, KEY_A).status_code == 200
    for key in (CANARY, KEY_B):
        response = chat(http, server, key)
        assert response.status_code == 401
        assert key in response.json()["error"]["message"]  # the echo FAULTS row 20 relies on


def test_scripted_401_echoes_the_key_too(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(key=CANARY, status=401, times=None))
    assert CANARY in chat(http, upstream, CANARY).text
    assert chat(http, upstream, KEY_B).status_code == 200


# -- scripted statuses --

def test_key_a_always_429_with_retry_after_while_b_succeeds(
    http: httpx.Client, upstream: UpstreamServer,
) -> None:
    upstream.script(Fault(key=KEY_A, status=429, retry_after=30, times=None))
    for _ in range(3):
        limited = chat(http, upstream, KEY_A)
        assert limited.status_code == 429 and limited.headers["retry-after"] == "30"
        assert limited.json()["error"]["code"] == "rate_limit_exceeded"
        assert chat(http, upstream, KEY_B).status_code == 200
    assert [r.status for r in upstream.received(key=KEY_A)] == [429, 429, 429]
    assert upstream.received(key=KEY_A)[0].fault["key_fingerprint"] == fingerprint(KEY_A)


def test_queued_faults_apply_once_each_in_order(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script({"status": 500}, {"status": 502}, {"status": 503, "headers": {"x-why": "maintenance"}},
                    Fault(status=402), Fault(status=403))
    statuses = [chat(http, upstream) for _ in range(6)]
    assert [r.status_code for r in statuses] == [500, 502, 503, 402, 403, 200]
    assert statuses[2].headers["x-why"] == "maintenance"
    assert statuses[0].json()["error"]["type"] == "server_error"


def test_faults_match_path_and_model(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(path="/v1/models", status=500), Fault(model="gpt-4o-mini", status=404, times=None))
    assert chat(http, upstream).status_code == 200
    assert chat(http, upstream, model="gpt-4o-mini").status_code == 404
    headers = {"Authorization": f"Bearer {KEY_A}"}
    assert http.get(f"{upstream.url}/models", headers=headers).status_code == 500
    assert http.get(f"{upstream.url}/models", headers=headers).status_code == 200


def test_control_api_over_http(http: httpx.Client, upstream: UpstreamServer) -> None:
    control = f"{upstream.root_url}/_control"
    rule = {"key": KEY_A, "status": 429, "retry_after": 1.5, "times": None}
    scripted = http.post(f"{control}/script", json={"faults": [rule]})
    assert scripted.json() == {"scripted": 1, "pending": 1}
    assert KEY_A not in http.get(f"{control}/script").text
    assert chat(http, upstream, KEY_A).headers["retry-after"] == "1.5"
    assert chat(http, upstream, KEY_B).status_code == 200
    only_a = {"key_fingerprint": fingerprint(KEY_A)}
    records = http.get(f"{control}/received", params=only_a).json()["requests"]
    assert [(r["path"], r["status"]) for r in records] == [("/v1/chat/completions", 429)]
    assert http.post(f"{control}/script", json={"stauts": 500}).status_code == 400  # typos refused
    assert http.post(f"{control}/script", json={"status": "500"}).status_code == 400  # and wrong types
    assert http.post(f"{control}/reset").json() == {"reset": True}
    assert http.get(f"{control}/received").json() == {"requests": []}
    assert chat(http, upstream, KEY_A).status_code == 200


def test_control_api_can_be_switched_off(http: httpx.Client, make_upstream) -> None:
    server = make_upstream(UpstreamConfig(control=False))
    assert http.post(f"{server.root_url}/_control/reset").status_code == 404


# -- timing faults --

def test_delay_before_headers_trips_a_read_timeout(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(delay_ms=400))
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        chat(http, upstream, timeout=0.1)
    assert time.monotonic() - started < 0.35
    upstream.script(Fault(delay_ms=200))
    started = time.monotonic()
    assert chat(http, upstream).status_code == 200
    assert time.monotonic() - started >= 0.2


def test_stall_after_first_chunk_hangs_until_the_client_gives_up(
    http: httpx.Client, upstream: UpstreamServer,
) -> None:
    upstream.script(Fault(stall_after=1))
    timeout = httpx.Timeout(5.0, read=0.3)
    with http.stream("POST", f"{upstream.url}/chat/completions", json=chat_body(stream=True),
                      headers={"Authorization": f"Bearer {KEY_A}"}, timeout=timeout) as response:
        assert response.status_code == 200
        lines = response.iter_lines()
        first = next(lines)
        assert json.loads(first[len("data: "):])["choices"][0]["delta"]["role"] == "assistant"
        with pytest.raises(httpx.ReadTimeout):
            list(lines)
    # The upstream notices the client leaving (FAULTS row 22 measures this).
    deadline = time.monotonic() + 2
    while upstream.received()[0].disconnected_at is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert upstream.received()[0].disconnected_at is not None


def test_client_leaving_a_slow_stream_is_noticed(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(tokens_per_second=20))  # one 4-character event every 50 ms
    with http.stream("POST", f"{upstream.url}/chat/completions", json=chat_body(stream=True),
                     headers={"Authorization": f"Bearer {KEY_A}"}) as response:
        lines = response.iter_lines()
        assert [next(lines) for _ in range(5)][-1].startswith("data: ")  # the 3rd event
    left_at = time.monotonic()
    record = upstream.received()[0]
    while record.disconnected_at is None and time.monotonic() < left_at + 2:
        time.sleep(0.01)
    assert record.disconnected_at is not None and record.disconnected_at - left_at < 0.2
    assert 3 <= record.events_sent < 10  # the full answer is 17 events


def test_finite_stall_then_the_stream_completes(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(stall_after=2, stall_ms=300))
    started = time.monotonic()
    response = chat(http, upstream, stream=True)
    assert time.monotonic() - started >= 0.3
    assert streamed_text(response.text) == f"You said: {QUESTION}"


def test_release_lets_a_hung_stream_finish(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(stall_after=3))
    threading.Timer(0.3, upstream.release).start()
    response = chat(http, upstream, stream=True)
    assert sse_data(response.text)[-1] == "[DONE]"


def test_non_stream_stall_after_headers(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(stall_after=0, stall_ms=5000))
    with http.stream("POST", f"{upstream.url}/chat/completions", json=chat_body(),
                      headers={"Authorization": f"Bearer {KEY_A}"},
                      timeout=httpx.Timeout(5.0, read=0.3)) as response:
        assert response.status_code == 200  # headers arrived; the body never does
        with pytest.raises(httpx.ReadTimeout):
            response.read()


def test_pacing_and_latency_from_config(http: httpx.Client, make_upstream) -> None:
    server = make_upstream(UpstreamConfig(latency_ms=100, tokens_per_second=200))
    started = time.monotonic()
    response = chat(http, server, stream=True, text="x" * 36)  # "You said: " + 36 = 46 chars ≈ 12 chunks
    elapsed = time.monotonic() - started
    assert streamed_text(response.text) == "You said: " + "x" * 36
    assert 0.1 + 12 * 0.005 <= elapsed < 2


# -- broken answers --

def test_connection_reset_before_any_byte(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(reset_after=0))
    with pytest.raises(httpx.ReadError, match="reset"):  # an RST, not a polite FIN
        chat(http, upstream)
    assert upstream.received()[0].status is None
    assert chat(http, upstream).status_code == 200  # the server itself is fine


def test_connection_reset_mid_stream(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(reset_after=3))
    received: list[str] = []
    with pytest.raises(httpx.TransportError):
        with http.stream("POST", f"{upstream.url}/chat/completions", json=chat_body(stream=True),
                          headers={"Authorization": f"Bearer {KEY_A}"}) as response:
            received.extend(response.iter_lines())
    assert "[DONE]" not in "".join(received)


def test_truncated_stream_ends_mid_event_without_done(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(truncate_after=2))
    text = chat(http, upstream, stream=True).text
    data = sse_data(text)
    assert len(data) == 3 and "[DONE]" not in data
    json.loads(data[1])
    with pytest.raises(json.JSONDecodeError):
        json.loads(data[2])


def test_truncated_non_stream_body(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(truncate_after=20))
    with pytest.raises(httpx.RemoteProtocolError):
        chat(http, upstream)


def test_invalid_json_body_and_event(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(invalid_json=True), Fault(invalid_json=True))
    response = chat(http, upstream)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    data = sse_data(chat(http, upstream, stream=True).text)
    json.loads(data[0])
    with pytest.raises(json.JSONDecodeError):
        json.loads(data[1])


def test_huge_body_is_valid_json_of_the_asked_size(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(huge_mb=5))
    response = chat(http, upstream, timeout=30)
    assert "content-length" not in response.headers  # a gateway must cap it while reading
    assert len(response.content) > 5 * 1024 * 1024
    assert len(response.json()["choices"][0]["message"]["content"]) == 5 * 1024 * 1024


def test_huge_stream(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(huge_mb=2))
    assert len(streamed_text(chat(http, upstream, stream=True, timeout=30).text)) == 2 * 1024 * 1024


def test_text_and_chunk_size_override(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(text="Hello Bob Jones", chunk_chars=2))
    data = sse_data(chat(http, upstream, stream=True).text)[1:-2]
    deltas = [json.loads(d)["choices"][0]["delta"].get("content") for d in data]
    assert deltas == ["He", "ll", "o ", "Bo", "b ", "Jo", "ne", "s"]


# -- records --

def test_records_name_keys_by_fingerprint_only(http: httpx.Client, upstream: UpstreamServer) -> None:
    chat(http, upstream, CANARY, user="u-1")
    http.post(f"{upstream.url}/messages", headers={"x-api-key": KEY_B, "anthropic-version": "2023-06-01"},
              json={"model": "demo-model", "max_tokens": 10,
                    "messages": [{"role": "user", "content": "hi"}]})
    openai_call, anthropic_call = upstream.received()
    assert openai_call.key_fingerprint == fingerprint(CANARY)
    assert openai_call.headers["authorization"] == f"Bearer {fingerprint(CANARY)}"
    assert openai_call.json["user"] == "u-1" and openai_call.method == "POST"
    assert openai_call.body_size > 0 and openai_call.monotonic <= anthropic_call.monotonic
    assert anthropic_call.key_fingerprint == fingerprint(KEY_B)
    assert anthropic_call.headers["x-api-key"] == fingerprint(KEY_B)
    assert anthropic_call.headers["anthropic-version"] == "2023-06-01"
    assert upstream.received(key=CANARY) == [openai_call]
    assert upstream.received(path="/v1/messages") == [anthropic_call]
    served = http.get(f"{upstream.root_url}/_control/received").text
    for key in (CANARY, KEY_B):
        assert key not in served and key not in repr(upstream.received())


def test_reset_clears_records_and_script(http: httpx.Client, upstream: UpstreamServer) -> None:
    upstream.script(Fault(status=500, times=None))
    chat(http, upstream)
    upstream.reset()
    assert upstream.received() == []
    assert chat(http, upstream).status_code == 200


# -- Anthropic shape --

def anthropic(
    http: httpx.Client, upstream: UpstreamServer, key: str = KEY_A, **extra: object,
) -> httpx.Response:
    body = {"model": "demo-model", "max_tokens": 100, "system": "Be brief.",
            "messages": [{"role": "user", "content": QUESTION}], **extra}
    return http.post(f"{upstream.url}/messages", json=body,
                      headers={"x-api-key": key, "anthropic-version": "2023-06-01"})


def test_anthropic_message(http: httpx.Client, upstream: UpstreamServer) -> None:
    body = anthropic(http, upstream).json()
    assert body["type"] == "message" and body["role"] == "assistant"
    assert body["content"] == [{"type": "text", "text": f"You said: {QUESTION}"}]
    assert body["stop_reason"] == "end_turn"
    assert body["usage"]["input_tokens"] > 0 and body["usage"]["output_tokens"] > 0


def test_anthropic_stream_events(http: httpx.Client, upstream: UpstreamServer) -> None:
    whole = anthropic(http, upstream).json()
    text = anthropic(http, upstream, stream=True).text
    names = [line[len("event: "):] for line in text.split("\n") if line.startswith("event: ")]
    events = [json.loads(d) for d in sse_data(text)]
    assert [e["type"] for e in events] == names
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[3:-3]) == {"content_block_delta"}
    assert "".join(e["delta"]["text"] for e in events[3:-3]) == whole["content"][0]["text"]
    assert events[-2]["usage"]["output_tokens"] == whole["usage"]["output_tokens"]
    assert events[0]["message"]["usage"]["input_tokens"] == whole["usage"]["input_tokens"]


def test_anthropic_errors_use_its_shape(http: httpx.Client, upstream: UpstreamServer) -> None:
    assert anthropic(http, upstream, max_tokens=None).status_code == 400
    missing = http.post(f"{upstream.url}/messages", json={"model": "demo-model", "max_tokens": 5,
                                                           "messages": [{"role": "user", "content": "x"}]})
    assert missing.status_code == 401 and missing.json()["error"]["type"] == "authentication_error"
    upstream.script(Fault(key=KEY_A, status=429, retry_after=7))
    limited = anthropic(http, upstream)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    assert limited.json() == {"type": "error", "error": {"type": "rate_limit_error",
                                                         "message": "The demo upstream answered 429."}}


# -- the runner --

def test_module_runner_starts_and_answers() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "llmvpn.demo", "--port", "0", "--model", "runner-model", "--latency-ms", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("llmvpn demo upstream: http://127.0.0.1:"), line + process.stderr.read()
        url = line.split(": ", 1)[1].strip()
        assert httpx.get(url.removesuffix("/v1") + "/health", timeout=10).status_code == 200
        headers = {"Authorization": f"Bearer {KEY_A}"}
        models = httpx.get(f"{url}/models", headers=headers, timeout=10).json()
        assert [m["id"] for m in models["data"]] == ["runner-model"]
        response = httpx.post(f"{url}/chat/completions", json=chat_body("ping"), headers=headers, timeout=10)
        assert response.json()["choices"][0]["message"]["content"] == "You said: ping"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status still names the signal.
    assert process.returncode in (0, -signal.SIGTERM), stderr
    assert "Traceback" not in stderr
