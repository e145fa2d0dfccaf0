"""`POST /api/providers/{id}/test` against the project's own upstream with scripted faults (FAULTS 15, 20).

Every key is tested through its own lease and reported by fingerprint; what comes back is a status,
a code, a latency and a model count, never the upstream's body (whose 401 echoes the key). Redirects
are not followed, and a URL the rules refuse is never called, so its key never leaves.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from llmvpn.demo import Fault, UpstreamConfig, UpstreamServer
from llmvpn.keys import fingerprint
from tests.fixtures.processes import Proc, free_port, start_web
from tests.integration.test_providers_api import (
    ADMIN, KEY_A, KEY_B, KEY_BAD, KEY_C, USER, Api, assert_error,
)


@pytest.fixture
def api(web: Proc, keyserver: Proc) -> Iterator[Api]:
    api = Api(web.url)
    yield api
    api.client.close()
    api.check_no_canary(web, keyserver)


def _provider(api: Api, base_url: str, *keys: str, **extra: object) -> str:
    body = {"name": extra.pop("name", "p"), "base_url": base_url, "api_keys": list(keys),
            "models": ["demo-model"], **extra}
    return api.create(**body)["id"]


def _test(api: Api, provider_id: str) -> dict:
    response = api.post(f"/api/providers/{provider_id}/test", headers=ADMIN)
    assert response.status_code == 200, response.text
    return response.json()


def _keys(result: dict) -> dict[str, tuple[str, int | None]]:
    return {k["fingerprint"]: (k["status"], k["status_code"]) for k in result["keys"]}


def test_a_dead_port_is_offline(api: Api) -> None:
    provider_id = _provider(api, f"http://127.0.0.1:{free_port()}/v1", KEY_A)
    result = _test(api, provider_id)
    assert result["status"] == "offline" and result["status_code"] is None and result["model_count"] is None
    assert _keys(result) == {fingerprint(KEY_A): ("offline", None)}
    shown = api.get(f"/api/providers/{provider_id}", headers=ADMIN).json()
    assert shown["last_test_status"] == "offline"
    assert shown["keys"][0]["status"] == "active"  # a connection failure is not the key's fault


def test_a_rejected_key_is_unauthorized_and_the_echo_never_relayed(
        api: Api, make_upstream: Callable[..., UpstreamServer]) -> None:
    upstream = make_upstream(UpstreamConfig(bad_keys=frozenset({KEY_BAD, KEY_C})))
    # The test has teeth only if the upstream really echoes the key in its 401.
    with httpx.Client() as direct:
        echoed = direct.get(f"{upstream.url}/models", headers={"authorization": f"Bearer {KEY_BAD}"}).text
    assert KEY_BAD in echoed
    upstream.reset()

    mixed = _provider(api, upstream.url, KEY_A, KEY_BAD, name="mixed")
    result = _test(api, mixed)
    assert result["status"] == "online" and "1 unauthorized" in result["detail"]
    assert _keys(result) == {fingerprint(KEY_A): ("online", 200), fingerprint(KEY_BAD): ("unauthorized", 401)}
    # The key server took the rejected key out of rotation; the next test skips it.
    keys = {k["fingerprint"]: k for k in api.get(f"/api/providers/{mixed}", headers=ADMIN).json()["keys"]}
    bad = keys[fingerprint(KEY_BAD)]
    assert bad["status"] == "disabled" and "401" in bad["disabled_reason"]
    assert _keys(_test(api, mixed))[fingerprint(KEY_BAD)] == ("skipped", None)

    only_bad = _provider(api, upstream.url, KEY_C, name="only-bad")
    result = _test(api, only_bad)
    assert (result["status"], result["status_code"]) == ("unauthorized", 401)
    assert api.get(f"/api/providers/{only_bad}", headers=USER).json()["last_test_status"] == "unauthorized"


def test_anthropic_providers_are_asked_with_their_headers(api: Api, upstream: UpstreamServer) -> None:
    result = _test(api, _provider(api, upstream.url, KEY_A, KEY_B, kind="anthropic"))
    assert result["status"] == "online" and result["model_count"] == 2
    received = upstream.received(path="/v1/models")
    assert sorted(r.key_fingerprint for r in received) == sorted([fingerprint(KEY_A), fingerprint(KEY_B)])
    assert all(r.headers["anthropic-version"] == "2023-06-01" and "authorization" not in r.headers
               for r in received)


def test_upstream_failures_are_errors_without_the_body(api: Api, upstream: UpstreamServer) -> None:
    provider_id = _provider(api, upstream.url, KEY_A, KEY_B)
    upstream.script(Fault(key=KEY_A, path="/v1/models", status=500, body=f"trace: {KEY_C}", times=None),
                    Fault(key=KEY_B, path="/v1/models", status=429, retry_after=60, times=None))
    result = _test(api, provider_id)
    assert result["status"] == "error"
    assert _keys(result) == {fingerprint(KEY_A): ("error", 500), fingerprint(KEY_B): ("error", 429)}
    shown = api.get(f"/api/providers/{provider_id}", headers=ADMIN).json()
    keys = {k["fingerprint"]: k["status"] for k in shown["keys"]}
    assert keys == {fingerprint(KEY_A): "active", fingerprint(KEY_B): "cooling"}  # the 429 cools B down

    upstream.reset()
    upstream.script(Fault(path="/v1/models", invalid_json=True, times=None))
    result = _test(api, provider_id)
    assert result["status"] == "error" and "not with a model list" in result["detail"]


def test_redirects_are_reported_not_followed(api: Api, upstream: UpstreamServer,
                                             make_upstream: Callable[..., UpstreamServer]) -> None:
    elsewhere = make_upstream()
    provider_id = _provider(api, upstream.url, KEY_A, KEY_B)
    for target in ("http://169.254.169.254/latest/meta-data/iam/", f"{elsewhere.url}/models"):
        upstream.reset()
        upstream.script(Fault(path="/v1/models", status=302, headers={"location": target}, times=None))
        result = _test(api, provider_id)
        assert (result["status"], result["status_code"]) == ("error", 302) and "redirect" in result["detail"]
        assert len(upstream.received(path="/v1/models")) == 2
    assert elsewhere.received() == []  # neither key went where the redirect pointed


def test_a_slow_upstream_is_offline_within_the_timeout(keyserver: Proc, upstream: UpstreamServer) -> None:
    upstream.script(Fault(path="/v1/models", delay_ms=10_000, times=None))
    with start_web(keyserver.home, keyserver.socket_path, BACKEND_REQUEST_TIMEOUT_SECONDS="1") as web:
        api = Api(web.url)
        provider_id = _provider(api, upstream.url, KEY_A, KEY_B)
        started = time.monotonic()
        result = _test(api, provider_id)
        elapsed = time.monotonic() - started
        assert result["status"] == "offline" and "within 1 s" in result["detail"]
        assert 900 <= result["latency_ms"] <= 1500
        assert elapsed < 1.0 + 0.5 + 1.0, elapsed  # keys are tested side by side: one timeout, not two
        api.check_no_canary(web, keyserver)


def test_inactive_providers_are_not_tested(api: Api, upstream: UpstreamServer) -> None:
    provider_id = _provider(api, upstream.url, KEY_A, is_active=False)
    result = _test(api, provider_id)
    assert result["status"] == "error" and result["tested_at"] is None and "inactive" in result["detail"]
    assert _keys(result) == {fingerprint(KEY_A): ("skipped", None)}
    assert upstream.received() == []
    assert api.get(f"/api/providers/{provider_id}", headers=ADMIN).json()["last_test_status"] is None


def test_a_provider_without_keys_is_tested_without_one(api: Api, upstream: UpstreamServer) -> None:
    result = _test(api, _provider(api, upstream.url))
    assert (result["status"], result["keys"]) == ("unauthorized", []) and "no key" in result["detail"]
    assert [r.key_fingerprint for r in upstream.received()] == [None]


def test_a_refused_base_url_is_never_called(keyserver: Proc, upstream: UpstreamServer) -> None:
    """A provider stored under a wider policy, tested under a narrower one: 400, and the key stays home."""
    with start_web(keyserver.home, keyserver.socket_path) as web:
        provider_id = _provider(Api(web.url), upstream.url, KEY_A)
    with start_web(keyserver.home, keyserver.socket_path, LLMVPN_ALLOW_PRIVATE_UPSTREAMS="false") as web:
        api = Api(web.url)
        error = assert_error(api.post(f"/api/providers/{provider_id}/test", headers=ADMIN), 400, "base_url",
                             "unsafe_url")
        assert "(rule: loopback)" in error["message"]
        created = api.post("/api/providers", headers=ADMIN, json={"name": "q", "base_url": upstream.url})
        assert_error(created, 400, "base_url", "unsafe_url")
        api.check_no_canary(web, keyserver)
    assert upstream.received() == []


def test_an_operator_can_allow_link_local(keyserver: Proc) -> None:
    with start_web(keyserver.home, keyserver.socket_path, LLMVPN_ALLOW_LINK_LOCAL_UPSTREAMS="true") as web:
        api = Api(web.url)
        created = api.create(name="imds-proxy", base_url="http://169.254.169.254/v1", api_key=KEY_A)
        assert created["base_url"] == "http://169.254.169.254/v1"
        api.check_no_canary(web, keyserver)
