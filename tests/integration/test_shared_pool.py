"""Two web servers, each with its own key server, sharing one Redis: one pool, one set of limits
(issue 4: "two web workers and two key servers sharing one Redis never exceed a key's RPM limit")."""

from __future__ import annotations

import concurrent.futures
import shutil
from collections import Counter
from pathlib import Path

import httpx

from llmvpn.demo import UpstreamServer
from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver.client import NewKey
from tests.fixtures.processes import short_socket_dir, start_keyserver, start_web
from tests.integration.gateway import WEB_ENV, Gateway, chat_body

KEYS = [f"sk-shared-{i}-0123456789abcdef" for i in range(2)]
RPM = 5


def test_two_gateways_on_one_redis_never_exceed_a_key_rpm_limit(
        tmp_path: Path, redis_server, upstream: UpstreamServer) -> None:  # noqa: ANN001
    redis_server.flush()
    home, sock_dir = tmp_path / "home", short_socket_dir()  # one registry (SQLite), two key servers
    shared = {"KEY_SERVER_REDIS_URL": redis_server.url, "KEY_SERVER_MAX_WAIT_SECONDS": "0",
              "LLMVPN_PRIVACY_NER": "false"}
    try:
        with start_keyserver(home, sock_dir / "a.sock", **shared) as ks_a, \
                start_keyserver(home, sock_dir / "b.sock", **shared) as ks_b, \
                start_web(home / "a", ks_a.socket_path, **WEB_ENV, **shared) as web_a, \
                start_web(home / "b", ks_b.socket_path, **WEB_ENV, **shared) as web_b, \
                httpx.Client(timeout=15) as http:
            first = Gateway(ks_a, web_a, http)
            # Created through one key server; the other learns of it on its first request for the model.
            first.run(lambda c: c.create_provider(
                name="shared", kind="openai", base_url=upstream.url, models=["shared-model"],
                keys=[NewKey(ProviderKey(k), rpm_limit=RPM) for k in KEYS]))

            def ask(i: int) -> httpx.Response:
                web = (web_a, web_b)[i % 2]
                return http.post(f"{web.url}/v1/chat/completions", json=chat_body("shared-model"),
                                 headers={"Authorization": f"Bearer {first.token(f'user-{i}')}"})

            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                responses = list(pool.map(ask, range(30)))
            statuses = Counter(r.status_code for r in responses)
            assert statuses == {200: 2 * RPM, 429: 30 - 2 * RPM}, statuses
            assert all(int(r.headers["retry-after"]) >= 1 for r in responses if r.status_code == 429)
            per_key = Counter(call.key_fingerprint for call in upstream.received())
            assert per_key == {fingerprint(k): RPM for k in KEYS}
            Gateway(ks_b, web_b, http).wait_for_no_leases()
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)
