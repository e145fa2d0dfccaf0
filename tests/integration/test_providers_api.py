"""The provider API as a user drives it: httpx against a real web server in front of a real key server.

Issue 3's "Checked by" (create with two keys, list, patch, test, delete), admin-only changes, bad input
(FAULTS 10, 11), store-time URL rules (FAULTS 15), concurrent PATCHes (FAULTS 16), restore, and FAULTS 20:
every response of every test here, and both processes' logs, are searched for the canary keys.
"""

from __future__ import annotations

import base64
import shutil
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Barrier

import httpx
import pytest

from llmvpn.demo import UpstreamServer
from llmvpn.keys import fingerprint
from llmvpn.web.auth import issue_token
from tests.fixtures.processes import JWT_SECRET, Proc, short_socket_dir, start_keyserver, start_web

KEY_A = "sk-canary-provider-A-0123456789-Zq8Xw3Vn"
KEY_B = "sk-canary-provider-B-0123456789-Jt5Rm2Lp"
KEY_C = "sk-canary-provider-C-0123456789-Hy7Bc4Kd"
KEY_BAD = "sk-canary-rejected-0123456789-Pw6Ns9Tg"
CANARIES = (KEY_A, KEY_B, KEY_C, KEY_BAD)


def _token(sub: str, admin: bool) -> str:
    return issue_token(JWT_SECRET, sub, admin=admin, ttl_seconds=3600, issuer="llmvpn", audience="llmvpn")


ADMIN = {"Authorization": f"Bearer {_token('admin-1', True)}"}
USER = {"Authorization": f"Bearer {_token('user-1', False)}"}


def leak_forms(secret: str) -> list[str]:
    """How a leaked key could look: raw, URL-encoded, base64 (both alphabets), its last 8 characters."""
    raw = secret.encode()
    return [secret, urllib.parse.quote(secret, safe=""), base64.b64encode(raw).decode().rstrip("="),
            base64.urlsafe_b64encode(raw).decode().rstrip("="), secret[-8:]]


def assert_no_canary(text: str, where: str) -> None:
    for secret in CANARIES:
        for form in leak_forms(secret):
            assert form not in text, f"a canary key ({fingerprint(secret)}) leaked into {where}"


class Api:
    """An httpx client on the web server that keeps every response, to search them all afterwards."""

    def __init__(self, url: str) -> None:
        self.seen: list[str] = []
        self.client = httpx.Client(base_url=url, timeout=30, event_hooks={"response": [self._keep]})

    def _keep(self, response: httpx.Response) -> None:
        response.read()
        headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
        self.seen.append(f"{response.request.method} {response.request.url}\n{headers}\n\n{response.text}")

    def __getattr__(self, name: str):  # get, post, patch, delete, request
        return getattr(self.client, name)

    def create(self, **body: object) -> dict:
        response = self.client.post("/api/providers", json=body, headers=ADMIN)
        assert response.status_code == 201, response.text
        return response.json()

    def names(self) -> list[str]:
        return sorted(p["name"] for p in self.client.get("/api/providers", headers=ADMIN).json())

    def check_no_canary(self, *procs: Proc) -> None:
        for text in self.seen:
            assert_no_canary(text, "a response")
        for proc in procs:
            assert_no_canary(proc.log(), proc.log_path.name)


@pytest.fixture
def api(web: Proc, keyserver: Proc) -> Iterator[Api]:
    api = Api(web.url)
    yield api
    api.client.close()
    api.check_no_canary(web, keyserver)


def assert_error(response: httpx.Response, status: int, param: str | None = None,
                 code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    if param is not None:
        assert error["param"] == param, error
    if code is not None:
        assert error["code"] == code, error
    return error


# --- the round trip -----------------------------------------------------------------------------


def test_round_trip_create_list_patch_test_delete(api: Api, upstream: UpstreamServer) -> None:
    created = api.post("/api/providers", headers=ADMIN, json={
        "name": "local", "base_url": upstream.url, "api_keys": [KEY_A, {"key": KEY_B, "label": "backup",
                                                                        "rpm_limit": 60}],
        "models": ["demo-model"]})
    assert created.status_code == 201, created.text
    provider = created.json()
    assert created.headers["location"] == f"/api/providers/{provider['id']}"
    assert created.headers["etag"] == f'"{provider["version"]}"'
    assert provider["key_count"] == 2 and provider["status"] == "active" and provider["kind"] == "openai"
    assert {k["fingerprint"] for k in provider["keys"]} == {fingerprint(KEY_A), fingerprint(KEY_B)}
    assert [k["label"] for k in provider["keys"] if k["fingerprint"] == fingerprint(KEY_B)] == ["backup"]

    # Admins see everything but key values; users the public fields only.
    listed = api.get("/api/providers", headers=ADMIN).json()
    assert [p["id"] for p in listed] == [provider["id"]] and listed[0]["base_url"] == upstream.url
    public = api.get("/api/providers", headers=USER).json()
    assert public == [{"id": provider["id"], "name": "local", "models": ["demo-model"], "status": "active",
                       "last_test_status": None, "last_tested_at": None}]
    assert set(api.get(created.headers["location"], headers=USER).json()) == set(public[0])

    patched = api.patch(created.headers["location"], headers={**ADMIN, "If-Match": created.headers["etag"]},
                        json={"name": "local-demo", "models": ["demo-model", "gpt-4o-mini"]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["name"] == "local-demo" and patched.json()["version"] == provider["version"] + 1
    assert patched.headers["etag"] == f'"{provider["version"] + 1}"'

    tested = api.post(f"/api/providers/{provider['id']}/test", headers=ADMIN)
    assert tested.status_code == 200, tested.text
    result = tested.json()
    assert result["status"] == "online" and result["status_code"] == 200 and result["model_count"] == 2
    assert result["latency_ms"] > 0
    assert {k["fingerprint"]: k["status"] for k in result["keys"]} == {
        fingerprint(KEY_A): "online", fingerprint(KEY_B): "online"}
    assert sorted(r.key_fingerprint for r in upstream.received(path="/v1/models")) == sorted(
        [fingerprint(KEY_A), fingerprint(KEY_B)])
    shown = api.get(created.headers["location"], headers=USER).json()
    assert shown["last_test_status"] == "online" and shown["last_tested_at"] == result["tested_at"]

    deleted = api.delete(created.headers["location"], headers=ADMIN)
    assert deleted.status_code == 204 and deleted.content == b""
    assert_error(api.get(created.headers["location"], headers=ADMIN), 404)
    assert_error(api.patch(created.headers["location"], headers=ADMIN, json={"is_active": False}), 404)
    assert api.get("/api/providers", headers=ADMIN).json() == []


def test_patch_adds_and_removes_keys_by_fingerprint(api: Api, upstream: UpstreamServer) -> None:
    provider = api.create(name="pool", base_url=upstream.url, api_key=KEY_A, models=["demo-model"])
    location = f"/api/providers/{provider['id']}"
    added = api.patch(location, headers=ADMIN,
                      json={"add_api_keys": [KEY_B, {"key": KEY_C, "tpm_limit": 1000}]})
    assert added.status_code == 200, added.text
    assert added.json()["key_count"] == 3
    removed = api.patch(location, headers=ADMIN, json={"remove_key_fingerprints": [fingerprint(KEY_A)],
                                                       "is_active": False})
    body = removed.json()
    assert {k["fingerprint"] for k in body["keys"]} == {fingerprint(KEY_B), fingerprint(KEY_C)}
    assert body["status"] == "inactive" and body["is_active"] is False
    # A key the provider already has, and a fingerprint it doesn't: named by this API's field names.
    assert_error(api.patch(location, headers=ADMIN, json={"add_api_keys": [KEY_B]}), 409, "add_api_keys[0]")
    assert_error(api.patch(location, headers=ADMIN, json={"remove_key_fingerprints": [fingerprint(KEY_A)]}),
                 400, "remove_key_fingerprints[0]")
    assert api.get(location, headers=ADMIN).json()["version"] == body["version"]  # nothing written


# --- who may do what ----------------------------------------------------------------------------


def test_changes_need_an_admin_token(api: Api, upstream: UpstreamServer) -> None:
    provider = api.create(name="guarded", base_url=upstream.url, api_key=KEY_A, models=["demo-model"])
    location = f"/api/providers/{provider['id']}"
    calls = [("POST", "/api/providers", {"name": "x", "base_url": upstream.url}),
             ("PATCH", location, {"is_active": False}), ("DELETE", location, None),
             ("POST", f"{location}/test", None), ("POST", "/api/admin/providers/restore", None)]
    for method, url, body in calls:
        assert_error(api.request(method, url, json=body, headers=USER), 403, code="forbidden")
        anonymous = api.request(method, url, json=body)
        assert_error(anonymous, 401)
        assert anonymous.headers["www-authenticate"] == "Bearer"
    for url in ("/api/providers", location):
        assert_error(api.get(url), 401)
        assert_error(api.get(url, headers={"Authorization": "Bearer not-a-jwt"}), 401)
    assert api.get(location, headers=ADMIN).json()["version"] == provider["version"]
    assert upstream.received() == []


# --- bad input ----------------------------------------------------------------------------------


def _valid(upstream: UpstreamServer, **changes: object) -> dict:
    body = {"name": "ok", "base_url": upstream.url, "api_key": KEY_A, "models": ["demo-model"]}
    body.update(changes)
    return {k: v for k, v in body.items() if v is not ...}


BAD_CREATES = [
    ({"colour": "blue"}, "colour"),
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": 42}, "name"),
    ({"name": "a/b"}, "name"),
    ({"name": ...}, "name"),
    ({"base_url": ...}, "base_url"),
    ({"base_url": ["http://x"]}, "base_url"),
    ({"kind": "cohere"}, "kind"),
    ({"models": "demo-model"}, "models"),
    ({"models": ["ok", 7]}, "models[1]"),
    ({"models": [""]}, "models[0]"),
    ({"models": {"a": 1}}, "models"),
    ({"is_active": "yes"}, "is_active"),
    ({"is_active": 1}, "is_active"),
    ({"api_key": KEY_A + " extra"}, "api_key"),
    ({"api_key": ..., "api_keys": [KEY_A, KEY_A]}, "api_keys[1]"),
    ({"api_keys": [KEY_B]}, "api_keys"),  # together with api_key
    ({"api_key": ..., "api_keys": [{"key": KEY_A, "rpm_limit": -1}]}, "api_keys[0].rpm_limit"),
    ({"api_key": ..., "api_keys": [{"key": KEY_A, "rpm_limit": "10"}]}, "api_keys[0].rpm_limit"),
    ({"api_key": ..., "api_keys": [{"key": KEY_A, "secret": KEY_B}]}, "api_keys[0].secret"),
    ({"api_key": ..., "api_keys": [{"label": "no key"}]}, "api_keys[0].key"),
    ({"api_key": ..., "api_keys": KEY_A}, "api_keys"),
]


def test_bad_creates_are_400_naming_the_field_and_write_nothing(api: Api, upstream: UpstreamServer) -> None:
    for changes, param in BAD_CREATES:
        response = api.post("/api/providers", headers=ADMIN, json=_valid(upstream, **changes))
        error = assert_error(response, 400, param)
        assert error["type"] == "invalid_request_error"
        assert param.split("[")[0].split(".")[0] in error["message"], error
    for body in (b"{not json", b"[]", b"", b"null"):
        assert_error(api.post("/api/providers", headers={**ADMIN, "content-type": "application/json"},
                              content=body), 400)
    assert api.names() == []


REFUSED_URLS = {
    "file:///etc/passwd": "scheme", "ftp://example.com/v1": "scheme", "http://169.254.169.254/": "link-local",
    "http://[fe80::1]/v1": "link-local", "http://2852039166/": "link-local",
    "http://0xa9fea9fe/": "link-local",
    "http://[::ffff:169.254.169.254]/": "link-local", "http://metadata.google.internal/": "metadata",
    "http://[fd00:ec2::254]/": "metadata", "http://224.0.0.1/": "not-unicast",
}


def test_refused_urls_are_400_naming_the_rule(api: Api, upstream: UpstreamServer) -> None:
    for url, rule in REFUSED_URLS.items():
        error = assert_error(api.post("/api/providers", headers=ADMIN, json=_valid(upstream, base_url=url)),
                             400, "base_url", "unsafe_url")
        assert f"(rule: {rule})" in error["message"], error
    assert api.names() == []
    assert upstream.received() == []


def test_patch_checks_the_url_too(api: Api, upstream: UpstreamServer) -> None:
    provider = api.create(**_valid(upstream))
    location = f"/api/providers/{provider['id']}"
    assert_error(api.patch(location, headers=ADMIN, json={"base_url": "http://169.254.169.254/v1"}),
                 400, "base_url", "unsafe_url")
    assert_error(api.patch(location, headers=ADMIN, json={"base_url": "gopher://localhost/"}), 400,
                 "base_url")
    assert_error(api.patch(location, headers=ADMIN, json={"nme": "typo"}), 400, "nme")
    assert_error(api.patch(location, headers=ADMIN, json={"version": 1}), 400, "version")
    assert_error(api.patch(location, headers={**ADMIN, "If-Match": "W/\"1\""}, json={}), 400, "If-Match")
    assert api.get(location, headers=ADMIN).json() == provider


def test_duplicate_names_unknown_ids_and_oversized_bodies(api: Api, upstream: UpstreamServer) -> None:
    first = api.create(**_valid(upstream, name="dup"))
    assert_error(api.post("/api/providers", headers=ADMIN, json=_valid(upstream, name="dup", api_key=KEY_B)),
                 409, "name", "conflict")
    other = api.create(**_valid(upstream, name="other", api_key=KEY_B))
    assert_error(api.patch(f"/api/providers/{other['id']}", headers=ADMIN, json={"name": "dup"}), 409, "name")
    for method in ("GET", "PATCH", "DELETE"):
        assert_error(api.request(method, "/api/providers/no-such-id", headers=ADMIN,
                                 json={} if method == "PATCH" else None), 404, code="not_found")
    assert_error(api.post("/api/providers/no-such-id/test", headers=ADMIN), 404)
    huge = _valid(upstream, name="huge", models=["m" * 100] * 30_000)  # about 3 MB, over the 2 MB default
    assert_error(api.post("/api/providers", headers=ADMIN, json=huge), 413, code="payload_too_large")
    assert api.names() == ["dup", "other"]
    assert api.get(f"/api/providers/{first['id']}", headers=ADMIN).json() == first


# --- concurrency --------------------------------------------------------------------------------


def test_concurrent_patches_with_one_version_one_wins(api: Api, web: Proc, upstream: UpstreamServer) -> None:
    provider = api.create(**_valid(upstream))
    location, etag = f"/api/providers/{provider['id']}", f'"{provider["version"]}"'
    count = 20
    start = Barrier(count)

    def patch(n: int) -> httpx.Response:
        with httpx.Client(base_url=web.url, timeout=30) as client:
            start.wait()
            return client.patch(location, headers={**ADMIN, "If-Match": etag},
                                json={"models": [f"model-{n}"]})

    with ThreadPoolExecutor(count) as pool:
        responses = list(pool.map(patch, range(count)))
    for response in responses:
        api.seen.append(response.text)
    winners = [r for r in responses if r.status_code == 200]
    assert len(winners) == 1, [r.status_code for r in responses]
    for loser in responses:
        if loser.status_code != 200:
            assert_error(loser, 412, "If-Match", "version_mismatch")
    final = api.get(location, headers=ADMIN).json()
    assert final["version"] == provider["version"] + 1 and final["models"] == winners[0].json()["models"]
    # An ETag from before is stale for DELETE as well; the current one works, then PATCH finds nothing.
    assert_error(api.delete(location, headers={**ADMIN, "If-Match": etag}), 412)
    assert api.delete(location, headers={**ADMIN, "If-Match": f'"{final["version"]}"'}).status_code == 204
    assert_error(api.patch(location, headers={**ADMIN, "If-Match": f'"{final["version"]}"'}, json={}), 404)


# --- restore ------------------------------------------------------------------------------------


def test_restore_from_the_backup_file(api: Api, upstream: UpstreamServer) -> None:
    api.create(**_valid(upstream, name="one", api_keys=[KEY_A, KEY_B], api_key=...))
    api.create(**_valid(upstream, name="two", api_key=KEY_C))
    from_file = api.post("/api/admin/providers/restore", headers=ADMIN)
    assert from_file.status_code == 200, from_file.text
    assert from_file.json() == {"providers": 2, "keys": 3, "source": "backup_file"}
    assert api.names() == ["one", "two"]


def test_restore_refuses_bad_documents_and_changes_nothing(api: Api, upstream: UpstreamServer) -> None:
    api.create(**_valid(upstream, name="kept"))
    before = api.get("/api/providers", headers=ADMIN).json()
    url = "/api/admin/providers/restore"
    json_headers = {**ADMIN, "content-type": "application/json"}
    assert_error(api.post(url, headers=json_headers, content=b'{"schema_version": 1, "provid'), 400,
                 code="invalid_json")
    assert_error(api.post(url, headers=json_headers, content=b"[1, 2]"), 400)
    assert_error(api.post(url, headers=json_headers, content=b'{"a": "\xff"}'), 400, code="invalid_json")
    assert_error(api.post(url, headers={**ADMIN, "content-type": "text/plain"}, content=b"{}"), 415)
    assert_error(api.post(url, headers=ADMIN, json={"schema_version": 999, "providers": []}), 400)
    assert api.get("/api/providers", headers=ADMIN).json() == before


def test_restore_brings_back_a_wiped_registry(tmp_path: Path, upstream: UpstreamServer) -> None:
    """Export, wipe, restore through the API gives back the same providers (issue 3, "Checked by")."""
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(tmp_path / "home", sock_dir / "ks.sock") as keyserver, \
                start_web(keyserver.home, keyserver.socket_path) as web:
            api = Api(web.url)
            api.create(**_valid(upstream, name="alpha", api_keys=[KEY_A, KEY_B], api_key=...))
            api.create(**_valid(upstream, name="beta", api_key=KEY_C, kind="anthropic"))
            before = api.get("/api/providers", headers=ADMIN).json()
            backup = Path(keyserver.home / "providers_backup.json").read_bytes()
            for provider in before:
                assert api.delete(f"/api/providers/{provider['id']}", headers=ADMIN).status_code == 204
            assert api.names() == []
            restored = api.post("/api/admin/providers/restore",
                                headers={**ADMIN, "content-type": "application/json"}, content=backup)
            assert restored.status_code == 200, restored.text
            assert restored.json() == {"providers": 2, "keys": 3, "source": "request"}
            after = api.get("/api/providers", headers=ADMIN).json()
            fields = ("id", "name", "base_url", "kind", "models", "keys")
            assert [{k: p[k] for k in fields} for p in after] == [{k: p[k] for k in fields} for p in before]
            api.check_no_canary(web, keyserver)
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)
