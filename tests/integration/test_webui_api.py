"""The Web API through real processes: a browser app's sessions, their models and turns, and a session
that is its owner's alone (FAULTS 14: every route answers another user exactly as a missing id)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime

import httpx
import pytest

from llmvpn.demo import UpstreamServer
from tests.integration.gateway import Gateway, Pool, gateway, make_pool  # noqa: F401


class Web:
    """The Web API as one user calls it."""

    def __init__(self, gateway: Gateway, sub: str = "alice") -> None:
        self.gateway, self.url = gateway, f"{gateway.web.url}/api/web"
        self.headers = {"Authorization": f"Bearer {gateway.token(sub)}"}

    def call(self, method: str, path: str, body: object = None) -> httpx.Response:
        return self.gateway.http.request(method, self.url + path, json=body, headers=self.headers)

    def start(self, models: list[str] | None = None) -> str:
        response = self.call("POST", "/initialize-session", {"models": models} if models is not None else None)
        assert response.status_code == 201, response.text
        return response.json()["session_id"]

    def generate(self, session_id: str, **body: object) -> httpx.Response:
        return self.call("POST", "/generate", {"session_id": session_id, **body})

    def get(self, session_id: str) -> httpx.Response:
        return self.call("GET", f"/session/{session_id}")


def test_a_session_from_start_to_end(gateway: Gateway, make_pool: Callable[..., Pool],
                                     upstream: UpstreamServer) -> None:
    first, second = make_pool(), make_pool()
    web = Web(gateway)
    started = web.call("POST", "/initialize-session", {"models": [first.model]})
    assert started.status_code == 201
    view = started.json()
    session_id = view["session_id"]
    assert view["models"] == [first.model] and view["messages"] == []
    created, expires = datetime.fromisoformat(view["created_at"]), datetime.fromisoformat(view["expires_at"])
    assert created < expires and created.utcoffset() is not None

    answer = web.generate(session_id, prompt="Hello")
    assert answer.status_code == 200, answer.text
    assert answer.json()["session_id"] == session_id
    assert answer.json()["choices"][0]["message"]["content"] == "You said: Hello"

    # Two models now: the first answers by default, the other when asked for.
    assert web.call("PUT", "/session/models", {"session_id": session_id,
                                               "models": [first.model, second.qualified]}).status_code == 200
    streamed = web.generate(session_id, messages=[{"role": "user", "content": "Stream it"}], stream=True,
                            model=second.qualified, max_tokens=50)
    assert streamed.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n")
    assert streamed.headers["x-session-id"] == session_id
    last = upstream.received()[-1]
    assert last.json["model"] == second.model and last.json["max_tokens"] == 50
    assert last.json["messages"] == [{"role": "user", "content": "Hello"},
                                     {"role": "assistant", "content": "You said: Hello"},
                                     {"role": "user", "content": "Stream it"}]

    view = web.get(session_id).json()
    assert view["models"] == [first.model, second.qualified]
    assert view["messages"][-1] == {"role": "assistant", "content": "You said: Stream it"}
    assert len(view["messages"]) == 4
    assert "bindings" not in view and not any(k in json.dumps(view) for k in first.keys + second.keys)

    assert web.call("DELETE", f"/session/{session_id}").status_code == 204
    assert web.get(session_id).status_code == 404
    assert web.generate(session_id, prompt="Still there?").status_code == 404
    assert len(upstream.received()) == 2
    gateway.wait_for_no_leases()


def test_session_models_are_checked_against_the_served_models(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool()
    web = Web(gateway)
    session_id = web.start()
    cases = [
        ({"session_id": session_id, "models": [pool.model, "no-such-model"]}, "models[1]"),
        ({"session_id": session_id, "models": []}, "models"),
        ({"session_id": session_id, "models": [pool.model, pool.model]}, None),
        ({"session_id": session_id, "models": "just-one"}, "models"),
        ({"session_id": session_id, "models": [pool.model], "extra": 1}, "extra"),
        ({"models": [pool.model]}, "session_id"),
    ]
    for body, param in cases:
        response = web.call("PUT", "/session/models", body)
        assert response.status_code == 400, (body, response.text)
        error = response.json()["error"]
        assert error["type"] == "invalid_request_error"
        if param is not None:
            assert error["param"] == param, error
    assert web.call("POST", "/initialize-session", {"models": ["no-such-model"]}).status_code == 400
    # The session has no models yet: a turn can't be answered, and nothing is called.
    response = web.generate(session_id, prompt="hi")
    assert response.status_code == 400 and response.json()["error"]["code"] == "no_models"
    assert web.call("PUT", "/session/models", {"session_id": session_id, "models": [pool.model]}).status_code == 200
    response = web.generate(session_id, prompt="hi", model="another-model")
    assert response.status_code == 400 and response.json()["error"]["param"] == "model"
    assert upstream.received() == []


BAD_TURNS = {
    "neither prompt nor messages": ({}, None),
    "both prompt and messages": ({"prompt": "a", "messages": [{"role": "user", "content": "b"}]}, None),
    "empty prompt": ({"prompt": ""}, "prompt"),
    "bad role": ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
    "stream not a boolean": ({"prompt": "hi", "stream": "yes"}, "stream"),
    "prompt too long": ({"prompt": "x" * 10_001}, "prompt"),
    "unknown field": ({"prompt": "hi", "base_url": "http://169.254.169.254/"}, "base_url"),
}


@pytest.mark.parametrize("case", list(BAD_TURNS))
def test_bad_turns_are_refused_before_any_call(case: str, gateway: Gateway, make_pool: Callable[..., Pool],
                                               upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    web = Web(gateway)
    session_id = web.start([pool.model])
    body, param = BAD_TURNS[case]
    response = web.generate(session_id, **body)
    assert response.status_code == 400, response.text
    if param is not None:
        assert response.json()["error"]["param"] == param
    assert upstream.received() == []
    assert web.get(session_id).json()["messages"] == []


def _comparable(response: httpx.Response) -> tuple[int, bytes, dict[str, str]]:
    headers = {k: v for k, v in response.headers.items() if k not in ("date", "x-request-id")}
    return response.status_code, response.content, headers


def test_another_users_session_is_404_on_every_route_and_stays_untouched(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool, other = make_pool(), make_pool()
    alice, mallory = Web(gateway, "alice"), Web(gateway, "mallory")
    session_id = alice.start([pool.model])
    assert alice.generate(session_id, prompt="alice's secret").status_code == 200
    before = alice.get(session_id).json()
    upstream.reset()
    missing = "x" * len(session_id)

    attempts = {
        "get": lambda sid: mallory.get(sid),
        "generate": lambda sid: mallory.generate(sid, prompt="hijack"),
        "generate stream": lambda sid: mallory.generate(sid, prompt="hijack", stream=True),
        "update models": lambda sid: mallory.call("PUT", "/session/models", {"session_id": sid,
                                                                           "models": [other.model]}),
        "delete": lambda sid: mallory.call("DELETE", f"/session/{sid}"),
    }
    timings: dict[str, list[float]] = {"theirs": [], "missing": []}
    for name, attempt in attempts.items():
        for _ in range(5):
            for label, sid in (("theirs", session_id), ("missing", missing)):
                started = time.perf_counter()
                response = attempt(sid)
                timings[label].append(time.perf_counter() - started)
                assert response.status_code == 404, (name, response.text)
            assert _comparable(attempt(session_id)) == _comparable(attempt(missing)), name
    assert upstream.received() == []
    assert alice.get(session_id).json() == before  # models, history and expiry unchanged
    # "Exists, not yours" costs what "never existed" costs: the same lookup, the same answer (medians
    # within the noise of a loaded test machine).
    gap = abs(statistics.median(timings["theirs"]) - statistics.median(timings["missing"]))
    assert gap < 0.02, timings


def test_the_web_api_needs_a_token(gateway: Gateway) -> None:
    for method, path in (("POST", "/initialize-session"), ("PUT", "/session/models"), ("POST", "/generate"),
                         ("GET", "/session/abc"), ("DELETE", "/session/abc")):
        response = gateway.http.request(method, f"{gateway.web.url}/api/web{path}")
        assert response.status_code == 401, (method, path)
        assert response.headers["www-authenticate"] == "Bearer"
