"""Leases over the multiplexed stream: many ops in flight on one stream, and what happens when it breaks.

Every test runs twice: on the key server's lease socket (what clients use when it has one) and on
gRPC's Leases call (a key server whose socket path leaves no room for the lease socket)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from llmvpn.errors import KeyServerUnavailable, NotFound, RateLimited
from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver.client import KeyServerClient, NewKey, Outcome
from llmvpn.keyserver.lease_socket import lease_socket_path
from tests.fixtures.processes import Proc, short_socket_dir, socket_without_lease_socket, start_keyserver

KEYS = [f"sk-stream-{i}-" + "y" * 24 + f"{i:04d}" for i in range(4)]
BY_FINGERPRINT = {fingerprint(k): k for k in KEYS}


async def add_pool(client: KeyServerClient, keys: list[str] = KEYS) -> None:
    await client.create_provider(name="p", kind="openai", base_url="http://127.0.0.1:9/v1", models=["m"],
                                 keys=[NewKey(ProviderKey(k)) for k in keys])


async def in_flight(client: KeyServerClient) -> int:
    return (await client.health()).leases_in_flight


async def eventually_zero(client: KeyServerClient, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while await in_flight(client) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert await in_flight(client) == 0


@pytest.fixture(params=["lease socket", "grpc"])
def socket_path(request: pytest.FixtureRequest) -> Path:
    return short_socket_dir() / "ks.sock" if request.param == "lease socket" else socket_without_lease_socket()


@pytest.fixture
def keyserver(tmp_path: Path, socket_path: Path):
    with start_keyserver(tmp_path / "home", socket_path) as proc:
        assert lease_socket_path(socket_path).exists() == (socket_path.name == "ks.sock")
        yield proc


@pytest.fixture
def slow_pool(tmp_path: Path, socket_path: Path):
    """A key server whose Acquire waits up to 5 s for a resting key: ops stay in flight on demand."""
    with start_keyserver(tmp_path / "home", socket_path, KEY_SERVER_MAX_WAIT_SECONDS="5") as proc:
        yield proc


async def rest_every_key(client: KeyServerClient, seconds: float) -> None:
    """Cool every key down for `seconds`, so that the next acquires wait on the key server."""
    leases = [await client.acquire("m", owner="") for _ in KEYS]
    assert len({lease.key_id for lease in leases}) == len(KEYS)
    for lease in leases:
        await client.release(lease.lease_id, Outcome.RATE_LIMITED, http_status=429, retry_after_seconds=seconds)


async def test_concurrent_acquires_get_distinct_correct_leases_and_none_leaks(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        leases = await asyncio.gather(*(client.acquire("m", owner=f"user-{i % 7}") for i in range(300)))
        assert len({lease.lease_id for lease in leases}) == 300
        for lease in leases:
            # Each reply is the one for its own key: the plaintext matches the fingerprint it came with.
            assert BY_FINGERPRINT[lease.key_fingerprint] == lease.api_key.reveal()
        assert Counter(lease.key_id for lease in leases).most_common()[0][1] == 75  # spread evenly
        assert await in_flight(client) == 300
        await asyncio.gather(*(client.release(lease.lease_id, Outcome.OK, prompt_tokens=1) for lease in leases))
        assert await in_flight(client) == 0
        usage = await client.get_usage()
        assert sum(u.requests for u in usage.by_user.values()) == 300


async def test_stream_errors_are_the_errors_of_the_unary_calls(slow_pool: Proc) -> None:
    async with KeyServerClient(slow_pool.socket_path, 5) as client:
        await add_pool(client, KEYS[:1])
        unary = KeyServerClient(slow_pool.socket_path, 5)
        unary._streaming = False  # the unary Acquire, as an older client calls it
        async with unary:
            for acquire in (client.acquire, unary.acquire):
                with pytest.raises(NotFound) as caught:
                    await acquire("nope", owner="")
                assert (caught.value.code, caught.value.param) == ("model_not_found", "model")
                assert "p/m" in caught.value.message
            lease = await client.acquire("m", owner="")
            await client.release(lease.lease_id, Outcome.RATE_LIMITED, retry_after_seconds=30)
            found = []
            for acquire in (client.acquire, unary.acquire):
                with pytest.raises(RateLimited) as caught:
                    await acquire("m", owner="")
                found.append((type(caught.value), caught.value.message, round(caught.value.retry_after)))
            assert found[0] == found[1]
            assert 25 <= found[0][2] <= 30


async def test_a_killed_key_server_fails_pending_acquires_at_once_and_a_restarted_one_serves(
        tmp_path: Path, socket_path: Path) -> None:
    home = tmp_path / "home"
    with start_keyserver(home, socket_path, KEY_SERVER_MAX_WAIT_SECONDS="5") as proc:
        client = KeyServerClient(socket_path, 10)
        await add_pool(client)
        await rest_every_key(client, 4)
        pending = [asyncio.ensure_future(client.acquire("m", owner="")) for _ in range(5)]
        await asyncio.sleep(0.5)
        assert not any(task.done() for task in pending)  # waiting on the key server for a key
        started = time.monotonic()
        proc.stop(signal.SIGKILL)
        results = await asyncio.wait_for(asyncio.gather(*pending, return_exceptions=True), 2)
        assert time.monotonic() - started < 2  # not the 10 s deadline
        assert all(isinstance(r, KeyServerUnavailable) for r in results), results
        assert "key server unavailable" in results[0].message
        # While it is down: the next call fails fast too.
        started = time.monotonic()
        with pytest.raises(KeyServerUnavailable):
            await client.acquire("m", owner="")
        assert time.monotonic() - started < 2
    with start_keyserver(home, socket_path) as proc:
        # The same client, not restarted, finds the key server again (within its reconnect backoff).
        deadline = time.monotonic() + 5
        while True:
            try:
                lease = await client.acquire("m", owner="")
                break
            except KeyServerUnavailable:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.1)
        await client.release(lease.lease_id, Outcome.OK)
        assert await in_flight(client) == 0
        await client.aclose()


async def test_a_hung_key_server_costs_the_deadline_and_the_late_lease_goes_back(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 0.5) as client:
        await add_pool(client)
        await client.release((await client.acquire("m", owner="")).lease_id, Outcome.OK)  # stream open
        os.kill(keyserver.process.pid, signal.SIGSTOP)
        try:
            started = time.monotonic()
            results = await asyncio.gather(*(client.acquire("m", owner="") for _ in range(3)),
                                           return_exceptions=True)
            elapsed = time.monotonic() - started
        finally:
            os.kill(keyserver.process.pid, signal.SIGCONT)
        assert 0.4 < elapsed < 1.5
        assert all(isinstance(r, KeyServerUnavailable) for r in results), results
        assert "deadline" in results[0].message
        # The key server granted them after all; nobody waits for them, so the client gives them back.
        await eventually_zero(client)
        lease = await client.acquire("m", owner="")  # the stream still serves
        await client.release(lease.lease_id, Outcome.OK)


async def test_a_cancelled_acquire_leaks_no_lease(slow_pool: Proc) -> None:
    async with KeyServerClient(slow_pool.socket_path, 10) as client:
        await add_pool(client)
        await rest_every_key(client, 1)
        waiting = asyncio.ensure_future(client.acquire("m", owner=""))
        await asyncio.sleep(0.3)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await asyncio.sleep(1.2)  # the key recovers, the key server grants, the client releases
        await eventually_zero(client)


async def test_a_closed_client_leaves_no_lease_behind(slow_pool: Proc) -> None:
    async with KeyServerClient(slow_pool.socket_path, 10) as client:
        await add_pool(client)
        await rest_every_key(client, 1)
        pending = asyncio.ensure_future(client.acquire("m", owner=""))
        await asyncio.sleep(0.3)
    with pytest.raises(KeyServerUnavailable):
        await pending
    async with KeyServerClient(slow_pool.socket_path, 10) as other:
        await asyncio.sleep(1.2)  # granted to a stream that is gone: the key server takes it back
        await eventually_zero(other)


async def test_a_down_key_server_answers_unavailable_at_once(tmp_path: Path) -> None:
    async with KeyServerClient(short_socket_dir() / "nobody.sock", 10) as client:
        started = time.monotonic()
        with pytest.raises(KeyServerUnavailable):
            await client.acquire("m", owner="")
        with pytest.raises(KeyServerUnavailable):
            await client.release("no-such-lease", Outcome.OK)
        assert time.monotonic() - started < 2


async def test_stopping_with_an_open_stream_takes_no_grace_period(tmp_path: Path, socket_path: Path) -> None:
    with start_keyserver(tmp_path / "home", socket_path) as proc:
        client = KeyServerClient(proc.socket_path, 5)
        await add_pool(client)
        lease = await client.acquire("m", owner="")
        started = time.monotonic()
        assert await asyncio.to_thread(proc.stop) == 0
        assert time.monotonic() - started < 3
        with pytest.raises(KeyServerUnavailable):
            await client.release(lease.lease_id, Outcome.OK)
        await client.aclose()


async def test_posted_releases_ride_with_the_next_acquire_or_go_alone_after_the_linger(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        first = await client.acquire("m", owner="u")
        assert client.post_release(first.lease_id, Outcome.OK, prompt_tokens=3, completion_tokens=4)
        # Nobody waits for it, and nothing else is sent: it still reaches the key server on its own.
        await eventually_zero(client, timeout=1.0)
        leases = []
        for _ in range(20):  # one client, one request at a time: each release goes with the next acquire
            lease = await client.acquire("m", owner="u")
            leases.append(lease)
            assert client.post_release(lease.lease_id, Outcome.OK, prompt_tokens=1, completion_tokens=1)
        await eventually_zero(client, timeout=1.0)
        usage = (await client.get_usage()).by_user["u"]
        assert (usage.requests, usage.prompt_tokens, usage.completion_tokens) == (21, 23, 24)


async def test_posted_releases_are_sent_before_the_client_closes(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        leases = [await client.acquire("m", owner="u") for _ in range(3)]
        for lease in leases:
            assert client.post_release(lease.lease_id, Outcome.OK)
    # Closed at once, well inside the linger: the releases went out first, not at their TTL.
    async with KeyServerClient(keyserver.socket_path, 5) as other:
        assert await in_flight(other) == 0


async def test_no_release_is_posted_without_an_open_stream(keyserver: Proc) -> None:
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        assert not client.post_release("no-such-lease", Outcome.OK)  # no lease op yet: no stream
