"""Usage, /metrics, budgets and per-principal rate limits through real processes (FAULTS 20, 23)."""

from __future__ import annotations

import concurrent.futures
import contextlib
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from llmvpn.demo import Fault, UpstreamServer
from llmvpn.keys import fingerprint
from llmvpn.web.auth import issue_token
from tests.fixtures.processes import JWT_SECRET, MASTER_SECRET, Proc, start_web
from tests.integration.gateway import WEB_ENV, Gateway, Pool, chat_body, gateway, make_pool, post_chat  # noqa: F401


def admin_token() -> str:
    return issue_token(JWT_SECRET, "root", admin=True, ttl_seconds=3600, issuer="llmvpn", audience="llmvpn")


def get(gateway: Gateway, path: str, token: str | None = None, base: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return gateway.http.get(f"{base or gateway.web.url}{path}", headers=headers)


def stateless(gateway: Gateway, base: str, model: str, sub: str, **extra: object) -> httpx.Response:
    return gateway.http.post(f"{base}/api/v1/stateless-query", json=chat_body(model, **extra),
                             headers={"Authorization": f"Bearer {gateway.token(sub)}"})


def samples(page: str) -> dict[tuple[str, frozenset], float]:
    found = {}
    for family in text_string_to_metric_families(page):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(page: str, name: str, **labels: str) -> float:
    """The sum of `name` over the samples whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples(page).items() if n == name and wanted <= ls)


@pytest.fixture
def web_with(gateway: Gateway, tmp_path: Path) -> Callable[..., contextlib.AbstractContextManager[Proc]]:
    """web_with(**env): one more web server on the module's key server, with its own settings."""

    @contextlib.contextmanager
    def start(**env: str) -> Iterator[Proc]:
        with start_web(tmp_path / f"web-{uuid.uuid4().hex[:6]}", gateway.keyserver.socket_path,
                       **{**WEB_ENV, **env}) as proc:
            yield proc

    return start


# -- /api/usage ---------------------------------------------------------------------------------


def test_usage_shows_your_own_counters_and_admins_everyones(
    gateway: Gateway, make_pool: Callable[..., Pool],
) -> None:
    pool = make_pool(keys=2)
    sub, other = f"user-{uuid.uuid4().hex[:8]}", f"user-{uuid.uuid4().hex[:8]}"
    token = gateway.token(sub)
    assert post_chat(gateway, chat_body(pool.model), token=token).status_code == 200
    assert post_chat(gateway, chat_body(pool.model, stream=True), token=token).status_code == 200
    assert stateless(gateway, gateway.web.url, pool.model, sub).status_code == 200
    gateway.wait_for_no_leases()

    mine = get(gateway, "/api/usage", token).json()
    assert mine["scope"] == "own" and mine["user"] == sub and set(mine["by_user"]) == {sub}
    counters = mine["by_user"][sub]
    assert counters["requests"] == 3 and counters["errors"] == 0
    assert counters["prompt_tokens"] > 0 and counters["completion_tokens"] > 0
    assert counters["total_tokens"] == counters["prompt_tokens"] + counters["completion_tokens"]
    assert counters["average_latency_ms"] > 0
    assert mine["by_provider"] is None and mine["by_key"] is None and mine["budget"] is None

    assert sub not in get(gateway, "/api/usage", gateway.token(other)).json()["by_user"]
    refused = get(gateway, "/api/usage?scope=all", token)
    assert refused.status_code == 403 and refused.json()["error"]["type"] == "permission_error"
    assert get(gateway, "/api/usage").status_code == 401

    everyone = get(gateway, "/api/usage", admin_token()).json()
    assert everyone["scope"] == "all" and everyone["by_user"][sub]["requests"] == 3
    assert everyone["by_provider"][pool.name]["requests"] == 3
    prints = {fingerprint(k) for k in pool.keys}
    assert sum(c["requests"] for fp, c in everyone["by_key"].items() if fp in prints) == 3
    assert get(gateway, "/api/usage?scope=own", admin_token()).json()["by_user"] == {}


# -- /metrics -----------------------------------------------------------------------------------


def test_metrics_count_requests_attempts_failovers_and_tokens_and_hold_no_secret(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    token = gateway.token()
    before = get(gateway, "/metrics").text
    upstream.script(Fault(status=500, times=1))
    assert post_chat(gateway, chat_body(pool.model), token=token).status_code == 200  # after one failover
    assert post_chat(gateway, chat_body(pool.model, stream=True), token=token).status_code == 200
    assert stateless(gateway, gateway.web.url, pool.model, "alice").status_code == 200
    assert get(gateway, "/no/such/path/sk-not-a-label", token).status_code == 404
    gateway.wait_for_no_leases()

    response = get(gateway, "/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    page = response.text

    def grew(name: str, by: float, **labels: str) -> None:
        assert value(page, name, **labels) - value(before, name, **labels) == by, (name, labels)

    grew("llmvpn_http_requests_total", 2, route="/v1/chat/completions", method="POST", status="200")
    grew("llmvpn_http_requests_total", 1, route="/api/v1/stateless-query", method="POST", status="200")
    grew("llmvpn_http_requests_total", 1, route="unmatched", method="GET", status="404")
    grew("llmvpn_upstream_attempts_total", 3, provider=pool.name, outcome="ok")
    grew("llmvpn_upstream_attempts_total", 1, provider=pool.name, outcome="upstream_error")
    grew("llmvpn_upstream_failovers_total", 1, provider=pool.name)
    grew("llmvpn_upstream_latency_seconds_count", 3, provider=pool.name)
    assert value(page, "llmvpn_tokens_total", provider=pool.name, type="prompt") > 0
    assert value(page, "llmvpn_tokens_total", provider=pool.name, type="completion") > 0
    assert value(page, "llmvpn_http_request_duration_seconds_bucket", route="/v1/chat/completions", le="+Inf") >= 2

    # Nothing secret, in any of its forms: keys, their tails, the JWT and master secrets, the token.
    secrets = [*pool.keys, *(k[-8:] for k in pool.keys), JWT_SECRET, MASTER_SECRET, token, "sk-not-a-label"]
    assert not [s for s in secrets if s in page]
    assert "alice" not in page  # no per-user label either


def test_metrics_can_be_closed_to_admins(gateway: Gateway, web_with) -> None:  # noqa: ANN001
    with web_with(WEB_SERVER_METRICS_REQUIRE_ADMIN="true") as web:
        assert get(gateway, "/metrics", base=web.url).status_code == 401
        assert get(gateway, "/metrics", gateway.token(), base=web.url).status_code == 403
        assert get(gateway, "/metrics", admin_token(), base=web.url).status_code == 200


# -- budgets and rate limits --------------------------------------------------------------------


def _seconds_to_utc_midnight() -> float:
    return 86_400 - time.time() % 86_400


def test_a_spent_daily_request_budget_is_429_until_midnight_utc(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer, web_with,  # noqa: ANN001
) -> None:
    pool = make_pool(keys=2)
    sub = f"budget-{uuid.uuid4().hex[:8]}"
    with web_with(WEB_SERVER_DAILY_REQUEST_BUDGET="3") as web:
        # A request that gets no answer costs nothing: its reservation is refunded.
        upstream.script(Fault(status=500, times=None))
        assert stateless(gateway, web.url, pool.model, sub).status_code == 502
        upstream.reset()
        for _ in range(3):
            assert stateless(gateway, web.url, pool.model, sub).status_code == 200
        refused = stateless(gateway, web.url, pool.model, sub)
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "budget_exceeded"
        assert abs(int(refused.headers["retry-after"]) - _seconds_to_utc_midnight()) < 5
        assert len(upstream.received()) == 3
        # Other people keep their own budgets.
        assert stateless(gateway, web.url, pool.model, f"{sub}-other").status_code == 200
        budget = get(gateway, "/api/usage", gateway.token(sub), base=web.url).json()["budget"]
        assert budget["requests_today"] == 3 and budget["daily_request_budget"] == 3
        assert budget["daily_token_budget"] is None
    gateway.wait_for_no_leases()


def test_a_token_budget_is_overshot_by_at_most_the_last_request(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer, web_with,  # noqa: ANN001
) -> None:
    pool = make_pool(keys=2)
    sub = f"tokens-{uuid.uuid4().hex[:8]}"
    text = "word " * 160  # about 200 tokens each way with the demo upstream, which echoes the question
    with web_with(WEB_SERVER_DAILY_TOKEN_BUDGET="500") as web:
        statuses = [stateless(gateway, web.url, pool.model, sub, text=text, max_tokens=300).status_code
                    for _ in range(4)]
        assert statuses[:2] == [200, 200] and 429 in statuses[2:]
        budget = get(gateway, "/api/usage", gateway.token(sub), base=web.url).json()["budget"]
        used = get(gateway, "/api/usage", gateway.token(sub), base=web.url).json()["by_user"][sub]
        assert budget["tokens_today"] == used["total_tokens"]  # settled to the real counts
        assert budget["tokens_today"] >= 500
        assert budget["tokens_today"] - 500 < used["total_tokens"] / used["requests"]


def test_the_rate_limit_is_per_principal(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer, web_with,  # noqa: ANN001
) -> None:
    pool = make_pool(keys=2)
    sub = f"rate-{uuid.uuid4().hex[:8]}"
    with web_with(WEB_SERVER_RATE_LIMIT_PER_MINUTE="3") as web:
        for _ in range(3):
            assert stateless(gateway, web.url, pool.model, sub).status_code == 200
        refused = stateless(gateway, web.url, pool.model, sub)
        assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert stateless(gateway, web.url, pool.model, f"{sub}-other").status_code == 200
        assert len(upstream.received()) == 4


def test_two_workers_racing_admit_exactly_the_budget_and_metrics_add_up(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer, web_with, tmp_path: Path,  # noqa: ANN001
) -> None:
    pool = make_pool(keys=4)
    sub = f"race-{uuid.uuid4().hex[:8]}"
    metrics_dir = tmp_path / "prometheus"
    metrics_dir.mkdir()
    with web_with(WEB_SERVER_WORKERS="2", WEB_SERVER_DAILY_REQUEST_BUDGET="5",
                  PROMETHEUS_MULTIPROC_DIR=str(metrics_dir)) as web:
        with concurrent.futures.ThreadPoolExecutor(10) as executor:
            statuses = list(executor.map(lambda _: stateless(gateway, web.url, pool.model, sub).status_code,
                                         range(20)))
        assert statuses.count(200) == 5 and statuses.count(429) == 15
        assert len(upstream.received()) == 5
        for _ in range(6):  # whichever worker answers, the counts are everyone's
            page = get(gateway, "/metrics", base=web.url).text
            assert value(page, "llmvpn_http_requests_total", route="/api/v1/stateless-query", status="200") == 5
            assert value(page, "llmvpn_http_requests_total", route="/api/v1/stateless-query", status="429") == 15
        assert len(list(metrics_dir.glob("*.db"))) >= 2  # both workers counted
    gateway.wait_for_no_leases()


def test_metrics_speak_openmetrics_when_asked(gateway: Gateway) -> None:
    response = gateway.http.get(f"{gateway.web.url}/metrics",
                                headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert response.text.rstrip().endswith("# EOF")
    assert "llmvpn_http_requests_total" in response.text
