"""Sessions, usage and shared state across key servers, through the socket as the web server sees them."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from llmvpn.errors import NotFound, PreconditionFailed, RateLimited
from llmvpn.keys import ProviderKey
from llmvpn.keyserver.client import KeyServerClient, Mode, NewKey, Outcome
from tests.fixtures.processes import Proc, short_socket_dir, start_keyserver

KEYS = [f"sk-session-{i}-" + "y" * 24 + f"{i:04d}" for i in range(4)]


async def make_pool(client: KeyServerClient, *, rpm_limit: int = 0, n: int = 4) -> None:
    await client.create_provider(name="pool", kind="openai", base_url="http://127.0.0.1:9/v1", models=["m"],
                                 keys=[NewKey(ProviderKey(k), rpm_limit=rpm_limit) for k in KEYS[:n]])


async def test_a_stateful_session_keeps_its_key_until_the_key_fails(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 3) as client:
        await make_pool(client)
        session = await client.create_session("alice", {"history": []})
        keys = set()
        for _ in range(6):
            lease = await client.acquire("m", owner="alice", mode=Mode.STATEFUL, session_id=session.id)
            keys.add(lease.key_id)
            await client.release(lease.lease_id, Outcome.OK)
        assert len(keys) == 1
        bound = keys.pop()
        lease = await client.acquire("m", owner="alice", mode=Mode.STATEFUL, session_id=session.id)
        await client.release(lease.lease_id, Outcome.RATE_LIMITED, http_status=429, retry_after_seconds=60)
        moved = await client.acquire("m", owner="alice", mode=Mode.STATEFUL, session_id=session.id)
        assert moved.key_id != bound
        await client.release(moved.lease_id, Outcome.OK)
        info = await client.get_session(session.id, "alice")
        assert info.bindings["m"].startswith("pool/") and info.bindings["m"].endswith(moved.key_fingerprint)


async def test_another_owners_session_looks_exactly_like_no_session(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 3) as client:
        await make_pool(client)
        session = await client.create_session("alice", {"secret": "alice's conversation"})
        failures = []
        for call in (
            lambda sid: client.get_session(sid, "mallory"),
            lambda sid: client.update_session(sid, "mallory", {"hijacked": True}),
            lambda sid: client.delete_session(sid, "mallory"),
            lambda sid: client.acquire("m", owner="mallory", mode=Mode.STATEFUL, session_id=sid),
        ):
            for session_id in (session.id, "no-such-session-id"):
                with pytest.raises(NotFound) as caught:
                    await call(session_id)
                failures.append((caught.value.message, caught.value.code, caught.value.param))
        assert len(set(failures)) == 1
        assert (await client.get_session(session.id, "alice")).data == {"secret": "alice's conversation"}


async def test_session_updates_are_versioned_and_sessions_can_be_deleted(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 3) as client:
        session = await client.create_session("bob", {"turns": 0})
        updated = await client.update_session(session.id, "bob", {"turns": 1}, expected_version=session.version)
        assert updated.version == session.version + 1
        with pytest.raises(PreconditionFailed):
            await client.update_session(session.id, "bob", {"turns": 2}, expected_version=session.version)
        await client.delete_session(session.id, "bob")
        with pytest.raises(NotFound):
            await client.get_session(session.id, "bob")


async def test_sessions_expire_after_their_ttl(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home", KEY_SERVER_SESSION_TTL_SECONDS="0.5") as proc:
        async with KeyServerClient(proc.socket_path, 3) as client:
            session = await client.create_session("carol")
            await asyncio.sleep(1.0)
            with pytest.raises(NotFound):
                await client.get_session(session.id, "carol")


async def test_usage_is_reported_per_user_and_per_key(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 3) as client:
        await make_pool(client, n=1)
        for owner, tokens in (("alice", 10), ("alice", 5), ("bob", 1)):
            lease = await client.acquire("m", owner=owner)
            await client.release(lease.lease_id, Outcome.OK, prompt_tokens=tokens, completion_tokens=2 * tokens,
                                 latency_ms=12.5)
        lease = await client.acquire("m", owner="bob")
        await client.release(lease.lease_id, Outcome.UPSTREAM_ERROR, http_status=500)
        everyone = await client.get_usage()
        assert everyone.by_user["alice"].requests == 2 and everyone.by_user["alice"].completion_tokens == 30
        assert everyone.by_user["bob"].errors == 1
        assert everyone.by_provider["pool"].requests == 4
        assert list(everyone.by_key) == [lease.key_fingerprint]
        assert KEYS[0] not in repr(everyone)
        own = await client.get_usage("alice")
        assert set(own.by_user) == {"alice"} and not own.by_key


async def test_two_key_servers_sharing_redis_never_exceed_a_key_rpm_limit(tmp_path: Path, redis_server) -> None:
    home = tmp_path / "home"
    shared = {"KEY_SERVER_REDIS_URL": redis_server.url, "KEY_SERVER_MAX_WAIT_SECONDS": "0"}
    with start_keyserver(home, short_socket_dir() / "a.sock", **shared) as first:
        async with KeyServerClient(first.socket_path, 3) as client:
            await make_pool(client, rpm_limit=5, n=2)
        with start_keyserver(home, short_socket_dir() / "b.sock", **shared) as second:
            clients = [KeyServerClient(first.socket_path, 3), KeyServerClient(second.socket_path, 3)]

            async def one(client: KeyServerClient) -> str | None:
                try:
                    lease = await client.acquire("m", owner="")
                except RateLimited:
                    return None
                await client.release(lease.lease_id, Outcome.OK)
                return lease.key_id

            results = await asyncio.gather(*(one(clients[i % 2]) for i in range(40)))
            granted = Counter(r for r in results if r)
            assert sorted(granted.values()) == [5, 5]
            assert (await clients[1].health()).leases_in_flight == 0
            for client in clients:
                await client.aclose()


async def test_redis_down_gives_503_then_recovers_without_restart(tmp_path: Path) -> None:
    from tests.fixtures.redis import run_redis

    with run_redis() as redis_server:
        with start_keyserver(tmp_path / "home", KEY_SERVER_REDIS_URL=redis_server.url) as proc:
            async with KeyServerClient(proc.socket_path, 3) as client:
                await make_pool(client, n=1)
                redis_server.stop()
                health = await client.health()
                assert health.status == "degraded" and health.components["state"].startswith("down")
                started = time.monotonic()
                from llmvpn.errors import KeyServerUnavailable
                with pytest.raises(KeyServerUnavailable, match="Redis"):
                    await client.acquire("m", owner="")
                assert time.monotonic() - started < 2.5
                redis_server.start()
                lease = await client.acquire("m", owner="")
                await client.release(lease.lease_id, Outcome.OK)
                assert (await client.health()).status == "ok"
