"""Error shapes of the web app: every failure answers {"error": {message, type, param, code}}.

Starlette's TestClient drives the app in-process here; what needs a real server (chunked uploads,
deadlines) is in tests/integration/test_web_health.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

from llmvpn.config import WebSettings
from llmvpn.errors import ConfigError, KeyServerUnavailable, NotFound, RateLimited
from llmvpn.web.app import create_app
from llmvpn.web.auth import issue_token
from llmvpn.web.deps import AdminDep, PrincipalDep

SECRET = "jwt-secret-for-tests-0123456789abcdefghij"
JSON = {"content-type": "application/json"}

# Routes that exist only in these tests, to reach each handler.
probe = APIRouter(prefix="/test")


class Echo(BaseModel):
    model: str
    count: int


@probe.post("/echo")
async def echo(body: Echo) -> Echo:
    return body


@probe.get("/rate-limited")
async def rate_limited() -> None:
    raise RateLimited("slow down", retry_after=2.2)


@probe.get("/keyserver-down")
async def keyserver_down() -> None:
    raise KeyServerUnavailable("key server unavailable: not reachable")


@probe.get("/missing")
async def missing() -> None:
    raise NotFound("no such session", param="session_id")


@probe.get("/crash")
async def crash() -> None:
    raise ValueError("boom with sk-canary-0123456789abcdef0123")


@probe.get("/me")
async def me(principal: PrincipalDep) -> dict:
    return {"sub": principal.sub}


@probe.get("/admin")
async def admin(principal: AdminDep) -> dict:
    return {"sub": principal.sub}


def _settings(tmp_path: Path, **overrides: object) -> WebSettings:
    return WebSettings(jwt_secret=SECRET, socket_path=tmp_path / "missing.sock", home=tmp_path,
                       max_body_bytes=4096, **overrides)


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    app = create_app(_settings(tmp_path))
    app.include_router(probe)
    return app


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _token(sub: str = "alice", admin: bool = False) -> str:
    return issue_token(SECRET, sub, admin=admin, ttl_seconds=60, issuer="llmvpn", audience="llmvpn")


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


def test_create_app_refuses_settings_without_secret(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ensure_web_secrets"):
        create_app(WebSettings(socket_path=tmp_path / "s.sock"))


def test_unknown_route_is_openai_shaped_404(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert _error(response) == {"message": "unknown URL: GET /v1/nothing-here", "type": "not_found_error",
                                "param": None, "code": "unknown_url"}


def test_wrong_method_is_405_with_allow(client: TestClient) -> None:
    response = client.delete("/ping")
    assert response.status_code == 405
    assert _error(response)["code"] == "method_not_allowed" and "GET" in response.headers["allow"]


def test_malformed_json_is_400(client: TestClient) -> None:
    response = client.post("/test/echo", content=b'{"model": "x", ', headers=JSON)
    assert response.status_code == 400
    error = _error(response)
    assert error["type"] == "invalid_request_error" and error["code"] == "invalid_json"


def test_validation_error_is_400_naming_the_field(client: TestClient) -> None:
    response = client.post("/test/echo", json={"model": "x", "count": "many"})
    assert response.status_code == 400
    error = _error(response)
    assert error["param"] == "count" and error["message"].startswith("count: ")
    assert error["type"] == "invalid_request_error"

    response = client.post("/test/echo", json={})
    error = _error(response)
    assert error["param"] in ("model", "count") and "(and 1 more)" in error["message"]


def test_api_error_keeps_its_status_and_param(client: TestClient) -> None:
    response = client.get("/test/missing")
    assert response.status_code == 404
    assert _error(response) == {"message": "no such session", "type": "not_found_error",
                                "param": "session_id", "code": "not_found"}


def test_rate_limited_has_integer_retry_after(client: TestClient) -> None:
    response = client.get("/test/rate-limited")
    assert response.status_code == 429 and response.headers["retry-after"] == "3"
    assert _error(response)["code"] == "rate_limit_exceeded"


def test_key_server_unavailable_is_503_with_retry_after(client: TestClient) -> None:
    response = client.get("/test/keyserver-down")
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert _error(response)["type"] == "service_unavailable"


def test_unhandled_error_is_500_without_traceback(client: TestClient,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="llmvpn.web.errors"):
        response = client.get("/test/crash", headers={"X-Request-ID": "trace-me-42"})
    assert response.status_code == 500
    error = _error(response)
    assert error == {"message": "internal error (request id trace-me-42)", "type": "api_error",
                     "param": None, "code": None}
    assert response.headers["x-request-id"] == "trace-me-42"
    for leak in ("Traceback", "boom", "sk-canary", "ValueError"):
        assert leak not in response.text
    logged = [r for r in caplog.records if "trace-me-42" in r.getMessage()]
    assert logged and logged[0].exc_info is not None


def test_request_id_is_echoed_or_made(client: TestClient) -> None:
    assert client.get("/ping", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    made = client.get("/ping", headers={"X-Request-ID": "bad id\twith spaces"}).headers["x-request-id"]
    assert made != "bad id\twith spaces" and len(made) == 32
    assert client.get("/nowhere").headers["x-request-id"]


def test_413_on_declared_length(client: TestClient) -> None:
    response = client.post("/test/echo", content=b"x" * 5000, headers=JSON)
    assert response.status_code == 413
    assert _error(response)["code"] == "payload_too_large" and response.headers["x-request-id"]


def test_413_on_streamed_body_without_length(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 1000

    response = client.post("/test/echo", content=chunks(), headers=JSON)
    assert response.status_code == 413
    assert _error(response)["code"] == "payload_too_large"


def test_body_under_the_limit_passes(client: TestClient) -> None:
    assert client.post("/test/echo", json={"model": "m" * 3000, "count": 1}).status_code == 200


@pytest.mark.parametrize("header", [None, "", "Basic YWxpY2U6cHc=", "Bearer", "Bearer    "])
def test_missing_token_is_401(client: TestClient, header: str | None) -> None:
    response = client.get("/test/me", headers={"Authorization": header} if header is not None else {})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert _error(response)["message"] == "missing bearer token"


def test_invalid_and_expired_tokens_are_401(client: TestClient) -> None:
    expired = issue_token(SECRET, "alice", ttl_seconds=1, issuer="llmvpn", audience="llmvpn", now=0)
    for token, message in (("garbage", "invalid token"), (_token()[:-2] + "xx", "invalid token"),
                           (expired, "token expired")):
        response = client.get("/test/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert _error(response)["message"] == message and SECRET not in response.text


def test_valid_token_passes(client: TestClient) -> None:
    response = client.get("/test/me", headers={"Authorization": f"bearer {_token()}"})
    assert response.status_code == 200 and response.json() == {"sub": "alice"}


def test_admin_route_needs_admin_claim(client: TestClient) -> None:
    response = client.get("/test/admin", headers={"Authorization": f"Bearer {_token()}"})
    assert response.status_code == 403 and _error(response)["type"] == "permission_error"
    response = client.get("/test/admin", headers={"Authorization": f"Bearer {_token('root', admin=True)}"})
    assert response.status_code == 200
    assert client.get("/test/admin").status_code == 401


def test_openapi_documents_400_not_422(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    responses = schema["paths"]["/test/echo"]["post"]["responses"]
    assert "422" not in responses and "400" in responses
    assert "ErrorResponse" in schema["components"]["schemas"]
    assert schema["paths"]["/api/health"]["get"]["description"].startswith("Report")


def test_openapi_documents_the_statuses_shared_pieces_answer(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert list(paths["/test/echo"]["post"]["responses"]) == ["200", "400", "413"]
    assert list(paths["/test/me"]["get"]["responses"]) == ["200", "401"]
    assert list(paths["/test/admin"]["get"]["responses"]) == ["200", "401", "403"]
    assert list(paths["/ping"]["get"]["responses"]) == ["200"]
    # A route's own entry stays: /api/health answers 503 with its Health body, not an error.
    assert paths["/api/health"]["get"]["responses"]["503"]["content"]["application/json"]["schema"] == \
        {"$ref": "#/components/schemas/Health"}
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    chat = paths["/v1/chat/completions"]["post"]["responses"]
    assert {"400", "401", "413", "503"} <= set(chat)
    assert chat["401"]["content"]["application/json"]["schema"] == error


# -- chat completions: answered ahead of Starlette's stack (web/edge.py), in the same shapes ----------

CHAT = "/v1/chat/completions"
A_CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def _counted(app: FastAPI, status: int) -> float:
    page = app.state.metrics.exposition()[0].decode()
    line = f'llmvpn_http_requests_total{{method="POST",route="{CHAT}",status="{status}"}} '
    return sum(float(row[len(line):]) for row in page.splitlines() if row.startswith(line))


def test_chat_errors_have_the_shapes_of_every_other_route(app: FastAPI, client: TestClient) -> None:
    mine = {"X-Request-ID": "chat-trace-7"}
    response = client.post(CHAT, json=A_CHAT, headers=mine)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert _error(response)["code"] == "missing_token" and response.headers["x-request-id"] == "chat-trace-7"

    auth = {"Authorization": f"Bearer {_token()}"}
    response = client.post(CHAT, content=b'{"model": "m", ', headers=auth | JSON)
    assert response.status_code == 400 and _error(response)["code"] == "invalid_json"
    response = client.post(CHAT, json={"model": "m"}, headers=auth)
    assert response.status_code == 400 and _error(response)["param"] == "messages"
    response = client.post(CHAT, content=b"model=m", headers=auth | {"content-type": "text/plain"})
    assert response.status_code == 415

    # A valid request with the key server down (its socket is missing): 503, told when to retry.
    response = client.post(CHAT, json=A_CHAT, headers=auth)
    assert response.status_code == 503 and response.headers["retry-after"]
    assert _error(response)["type"] == "service_unavailable" and len(response.headers["x-request-id"]) == 32

    assert _counted(app, 401) == 1 and _counted(app, 400) == 2 and _counted(app, 503) == 1


def test_chat_bodies_over_the_limit_are_413_declared_or_streamed(app: FastAPI, client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {_token()}"}
    response = client.post(CHAT, content=b"x" * 5000, headers=auth | JSON)
    assert response.status_code == 413 and _error(response)["code"] == "payload_too_large"

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * 1000

    response = client.post(CHAT, content=chunks(), headers=auth | JSON)
    assert response.status_code == 413 and response.headers["x-request-id"]
    assert _counted(app, 413) == 2


def test_other_methods_on_the_chat_path_go_through_the_router(client: TestClient) -> None:
    response = client.get(CHAT)
    assert response.status_code == 405 and "POST" in response.headers["allow"]
    assert _error(response)["code"] == "method_not_allowed"


def test_an_unexpected_chat_failure_is_500_with_its_request_id(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    # Outside its lifespan the app has no key server client, pipeline or upstream client: a request that
    # reaches it then fails in our code, and must still get the 500 every route gives.
    app = create_app(_settings(tmp_path))
    client = TestClient(app, raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="llmvpn.web.errors"):
        response = client.post(CHAT, json=A_CHAT, headers={"Authorization": f"Bearer {_token()}",
                                                           "X-Request-ID": "chat-crash-1"})
    assert response.status_code == 500
    assert _error(response) == {"message": "internal error (request id chat-crash-1)", "type": "api_error",
                                "param": None, "code": None}
    assert response.headers["x-request-id"] == "chat-crash-1" and "Traceback" not in response.text
    logged = [r for r in caplog.records if "chat-crash-1" in r.getMessage()]
    assert logged and logged[0].exc_info is not None and "POST /v1/chat/completions" in logged[0].getMessage()
