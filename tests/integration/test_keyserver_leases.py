"""Leases over the socket: the web server's view of the key server."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest

from llmvpn.errors import NotFound, RateLimited
from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver.client import KeyServerClient, NewKey, Outcome
from tests.fixtures.processes import Proc, start_keyserver

KEYS = [f"sk-test-{i}-" + "x" * 24 + f"{i:04d}" for i in range(3)]


def write_provider_file(path: Path) -> Path:
    path.write_text(textwrap.dedent("""\
        providers:
          - name: alpha
            base_url: http://127.0.0.1:9/v1
            models: [small, large]
            keys:
              - api_key_env: ALPHA_KEY_0
              - api_key_env: ALPHA_KEY_1
                rpm_limit: 60
          - name: beta
            kind: anthropic
            base_url: http://127.0.0.1:9/v1
            models: [large]
            api_key_env: BETA_KEY
        """))
    return path


@pytest.fixture
def pool(tmp_path: Path):
    provider_file = write_provider_file(tmp_path / "providers.yaml")
    with start_keyserver(tmp_path / "home", PROVIDER_FILE=str(provider_file), ALPHA_KEY_0=KEYS[0],
                         ALPHA_KEY_1=KEYS[1], BETA_KEY=KEYS[2]) as proc:
        yield proc


async def test_the_provider_file_is_applied_at_start(pool: Proc) -> None:
    async with KeyServerClient(pool.socket_path, 2) as client:
        providers = {p.name: p for p in await client.list_providers()}
    assert set(providers) == {"alpha", "beta"}
    assert providers["beta"].kind == "anthropic"
    assert [k.fingerprint for k in providers["alpha"].keys] == [fingerprint(KEYS[0]), fingerprint(KEYS[1])]
    assert providers["alpha"].keys[1].rpm_limit == 60


async def test_a_lease_carries_the_decrypted_key_and_release_returns_it(pool: Proc) -> None:
    async with KeyServerClient(pool.socket_path, 2) as client:
        lease = await client.acquire("alpha/small", owner="alice")
        assert lease.provider_name == "alpha"
        assert lease.model == "small"
        assert lease.api_key.reveal() in KEYS[:2]
        assert lease.api_key.reveal() not in repr(lease)
        assert (await client.health()).leases_in_flight == 1
        await client.release(lease.lease_id, Outcome.OK, prompt_tokens=3, completion_tokens=5)
        assert (await client.health()).leases_in_flight == 0


async def test_a_plain_model_name_is_served_by_every_provider_that_lists_it(pool: Proc) -> None:
    seen = set()
    async with KeyServerClient(pool.socket_path, 2) as client:
        for _ in range(6):
            lease = await client.acquire("large", owner="")
            seen.add(lease.provider_name)
            await client.release(lease.lease_id, Outcome.OK)
    assert seen == {"alpha", "beta"}


async def test_one_owner_never_gets_the_same_key_twice_in_a_row(pool: Proc) -> None:
    previous = None
    async with KeyServerClient(pool.socket_path, 2) as client:
        for _ in range(10):
            lease = await client.acquire("large", owner="alice")
            assert lease.key_id != previous
            previous = lease.key_id
            await client.release(lease.lease_id, Outcome.OK)


async def test_a_rate_limited_key_rests_and_all_resting_keys_answer_429(pool: Proc) -> None:
    async with KeyServerClient(pool.socket_path, 2) as client:
        used = set()
        for _ in range(2):
            lease = await client.acquire("alpha/small", owner="")
            used.add(lease.key_id)
            await client.release(lease.lease_id, Outcome.RATE_LIMITED, http_status=429, retry_after_seconds=30)
        assert len(used) == 2
        with pytest.raises(RateLimited) as caught:
            await client.acquire("alpha/small", owner="")
        assert 25 <= caught.value.retry_after <= 30
        # Another provider's key for the same plain model still serves.
        lease = await client.acquire("large", owner="")
        assert lease.provider_name == "beta"
        await client.release(lease.lease_id, Outcome.OK)


async def test_a_key_the_upstream_rejects_leaves_the_rotation(pool: Proc) -> None:
    async with KeyServerClient(pool.socket_path, 2) as client:
        lease = await client.acquire("beta/large", owner="")
        await client.release(lease.lease_id, Outcome.AUTH_FAILED, http_status=401)
        beta = next(p for p in await client.list_providers() if p.name == "beta")
        assert beta.keys[0].status == "disabled"
        assert "401" in beta.keys[0].disabled_reason
        for _ in range(4):
            lease = await client.acquire("large", owner="")
            assert lease.provider_name == "alpha"
            await client.release(lease.lease_id, Outcome.OK)


async def test_an_unknown_model_names_the_models_there_are(pool: Proc) -> None:
    async with KeyServerClient(pool.socket_path, 2) as client:
        with pytest.raises(NotFound) as caught:
            await client.acquire("gpt-99", owner="")
    assert "alpha/small" in caught.value.message


async def test_leases_that_are_never_released_expire(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home", KEY_SERVER_LEASE_TTL_SECONDS="0.5") as proc:
        async with KeyServerClient(proc.socket_path, 2) as client:
            await client.create_provider(name="p", kind="openai", base_url="http://127.0.0.1:9/v1",
                                         models=["m"], keys=[NewKey(ProviderKey(KEYS[0]))])
            await client.acquire("m", owner="")
            assert (await client.health()).leases_in_flight == 1
            await asyncio.sleep(2.0)
            assert (await client.health()).leases_in_flight == 0


async def test_keys_added_over_the_socket_are_served_at_once(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 2) as client:
        created = await client.create_provider(name="fresh", kind="openai", base_url="http://127.0.0.1:9/v1",
                                               models=["m"], keys=[NewKey(ProviderKey(KEYS[0]))])
        assert created.is_active
        lease = await client.acquire("fresh/m", owner="")
        assert lease.api_key.reveal() == KEYS[0]
        await client.release(lease.lease_id, Outcome.OK)
