"""One suite, two homes: the in-process state and the Redis state behave the same."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator

import pytest

from llmvpn.errors import KeyServerUnavailable, NoCapacity, RateLimited
from llmvpn.keyserver.state.base import Allowance, KeySlot, Session, Spend, UsageRecord, next_day
from llmvpn.keyserver.state.memory import MemoryState
from llmvpn.keyserver.state.redis import RedisState
from tests.fixtures.redis import run_redis

SLOTS = [KeySlot("a"), KeySlot("b"), KeySlot("c"), KeySlot("d")]


@pytest.fixture(params=["memory", "redis"])
async def state(request: pytest.FixtureRequest) -> AsyncIterator[MemoryState | RedisState]:
    if request.param == "memory":
        yield MemoryState()
        return
    server = request.getfixturevalue("redis_server")
    store = RedisState(server.url)
    yield store
    await store.aclose()


async def test_consecutive_grants_of_one_owner_never_reuse_the_previous_key(state) -> None:
    previous = None
    for _ in range(20):
        grant = await state.grant(SLOTS, owner="alice", lease_ttl=30, avoid_previous=True)
        assert grant.key_id != previous
        previous = grant.key_id
        await state.release(grant.lease_id)


async def test_load_spreads_over_the_least_busy_keys(state) -> None:
    grants = [await state.grant(SLOTS, owner="", lease_ttl=30) for _ in range(8)]
    assert Counter(g.key_id for g in grants) == {"a": 2, "b": 2, "c": 2, "d": 2}
    assert await state.in_flight() == 8
    for grant in grants:
        assert (await state.release(grant.lease_id)).key_id == grant.key_id
    assert await state.in_flight() == 0


async def test_a_key_with_a_larger_limit_takes_more_of_the_load(state) -> None:
    slots = [KeySlot("small", rpm_limit=10), KeySlot("large", rpm_limit=100)]
    grants = [await state.grant(slots, owner="", lease_ttl=30) for _ in range(11)]
    assert Counter(g.key_id for g in grants) == {"large": 10, "small": 1}


async def test_a_cooling_key_is_never_chosen_and_a_second_cooldown_only_extends(state) -> None:
    grant = await state.grant([KeySlot("a")], owner="", lease_ttl=30)
    await state.release(grant.lease_id, cooldown_seconds=30)
    for _ in range(5):
        other = await state.grant([KeySlot("a"), KeySlot("b")], owner="", lease_ttl=30)
        assert other.key_id == "b"
        await state.release(other.lease_id)
    with pytest.raises(RateLimited) as first:
        await state.grant([KeySlot("a")], owner="", lease_ttl=30)
    assert 29 <= first.value.retry_after <= 30
    # A shorter second cooldown leaves the longer one in force.
    grant = await state.grant([KeySlot("b")], owner="", lease_ttl=30)
    statuses = await state.key_statuses(["a"])
    assert statuses["a"].cooldown_until > time.time() + 29
    await state.release(grant.lease_id, cooldown_seconds=1)


async def test_rpm_limit_is_never_exceeded_and_names_when_a_slot_frees(state) -> None:
    slots = [KeySlot("a", rpm_limit=3)]
    for _ in range(3):
        await state.release((await state.grant(slots, owner="", lease_ttl=30)).lease_id)
    with pytest.raises(RateLimited) as caught:
        await state.grant(slots, owner="", lease_ttl=30)
    assert 55 < caught.value.retry_after <= 60


async def test_tpm_limit_counts_settled_tokens(state) -> None:
    slots = [KeySlot("a", tpm_limit=1000)]
    grant = await state.grant(slots, owner="", lease_ttl=30)
    await state.release(grant.lease_id, tokens=1000)
    with pytest.raises(RateLimited):
        await state.grant(slots, owner="", lease_ttl=30)


async def test_no_slot_at_all_is_no_capacity(state) -> None:
    with pytest.raises(NoCapacity):
        await state.grant([], owner="", lease_ttl=30)


async def test_a_session_keeps_its_preferred_key_while_usable(state) -> None:
    for _ in range(5):
        grant = await state.grant(SLOTS, owner="bob", lease_ttl=30, avoid_previous=False, preferred="c")
        assert grant.key_id == "c"
        await state.release(grant.lease_id)
    grant = await state.grant(SLOTS, owner="bob", lease_ttl=30, preferred="c")
    await state.release(grant.lease_id, cooldown_seconds=60)
    moved = await state.grant(SLOTS, owner="bob", lease_ttl=30, preferred="c")
    assert moved.key_id != "c"


async def test_leases_past_their_ttl_are_closed_once(state) -> None:
    await state.grant(SLOTS, owner="", lease_ttl=0.2)
    kept = await state.grant(SLOTS, owner="", lease_ttl=30)
    await asyncio.sleep(0.4)
    assert await state.expire_leases() == 1
    assert await state.expire_leases() == 0
    assert await state.in_flight() == 1
    assert (await state.key_statuses([kept.key_id]))[kept.key_id].in_flight == 1


async def test_releasing_twice_is_harmless(state) -> None:
    grant = await state.grant(SLOTS, owner="", lease_ttl=30)
    assert await state.release(grant.lease_id) is not None
    assert await state.release(grant.lease_id) is None
    assert (await state.key_statuses([grant.key_id]))[grant.key_id].in_flight == 0


async def test_sessions_round_trip_expire_and_delete(state) -> None:
    session = Session("s1", "carol", time.time(), {"m": "a"}, {"history": [{"role": "user", "content": "hi"}]})
    await state.save_session(session, ttl=0.5)
    loaded = await state.load_session("s1")
    assert loaded == session
    loaded.bindings["m"] = "b"  # not saved: the stored session is unchanged
    assert (await state.load_session("s1")).bindings == {"m": "a"}
    await asyncio.sleep(0.7)
    await state.expire_leases()
    assert await state.load_session("s1") is None
    await state.save_session(session, ttl=30)
    assert await state.delete_session("s1")
    assert await state.load_session("s1") is None


async def test_a_session_save_over_a_stale_version_is_refused(state) -> None:
    session = Session("s2", "carol", time.time(), {}, {"turns": 0}, version=1)
    await state.save_session(session, ttl=30)
    first, second = await state.load_session("s2"), await state.load_session("s2")
    first.data, first.version = {"turns": 1}, 2
    second.data, second.version = {"turns": 99}, 2
    assert await state.save_session(first, ttl=30, expected_version=1)
    assert not await state.save_session(second, ttl=30, expected_version=1)  # it read version 1 too
    assert (await state.load_session("s2")).data == {"turns": 1}
    assert not await state.save_session(second, ttl=30, expected_version=5)
    missing = Session("never-saved", "carol", time.time(), {}, {}, version=2)
    assert not await state.save_session(missing, ttl=30, expected_version=1)


async def test_concurrent_turns_on_two_key_servers_lose_no_write(redis_server) -> None:
    from llmvpn.errors import PreconditionFailed
    from llmvpn.keyserver.sessions import Sessions

    hosts = [Sessions(RedisState(redis_server.url), 30), Sessions(RedisState(redis_server.url), 30)]
    created = await hosts[0].create("dave", {"turns": []})

    async def turn(i: int) -> None:
        sessions = hosts[i % 2]
        while True:  # what a web worker does: load, change, save over the version it loaded; retry
            current = await sessions.get(created.id, "dave")
            try:
                await sessions.update(created.id, "dave", {"turns": [*current.data["turns"], i]},
                                      expected_version=current.version)
                return
            except PreconditionFailed:
                await asyncio.sleep(0)

    await asyncio.gather(*(turn(i) for i in range(20)))
    final = await hosts[1].get(created.id, "dave")
    assert sorted(final.data["turns"]) == list(range(20))
    assert final.version == created.version + 20
    for sessions in hosts:
        await sessions._state.aclose()


async def test_two_key_servers_sharing_redis_never_exceed_a_key_rpm_limit(redis_server) -> None:
    hosts = [RedisState(redis_server.url), RedisState(redis_server.url)]
    slots = [KeySlot("a", rpm_limit=10), KeySlot("b", rpm_limit=10)]

    async def one(store: RedisState) -> str | None:
        try:
            grant = await store.grant(slots, owner="", lease_ttl=30)
        except RateLimited:
            return None
        await store.release(grant.lease_id)
        return grant.key_id

    results = await asyncio.gather(*(one(hosts[i % 2]) for i in range(60)))
    assert Counter(r for r in results if r) == {"a": 10, "b": 10}
    for store in hosts:
        await store.aclose()


async def test_redis_down_is_a_clear_unavailable_error_and_recovers() -> None:
    with run_redis() as server:
        store = RedisState(server.url, timeout=0.5)
        await store.check()
        server.stop()
        started = time.monotonic()
        with pytest.raises(KeyServerUnavailable, match="Redis"):
            await store.grant(SLOTS, owner="", lease_ttl=30)
        assert time.monotonic() - started < 1.5
        server.start()
        grant = await store.grant(SLOTS, owner="", lease_ttl=30)
        assert grant.key_id in {"a", "b", "c", "d"}
        await store.aclose()


async def test_usage_is_counted_per_user_provider_and_key(state) -> None:
    await state.record_usage(UsageRecord("alice", "openai", "fp-a", False, 10, 20, 100.0))
    await state.record_usage(UsageRecord("alice", "openai", "fp-b", True, 0, 0, 50.0))
    await state.record_usage(UsageRecord("bob", "groq", "fp-c", False, 1, 2, 10.0))
    everyone = await state.usage()
    assert everyone.by_user["alice"].requests == 2 and everyone.by_user["alice"].errors == 1
    assert everyone.by_user["alice"].completion_tokens == 20
    assert everyone.by_provider["openai"].latency_ms_total == 150.0
    assert set(everyone.by_key) == {"fp-a", "fp-b", "fp-c"}
    mine = await state.usage("bob")
    assert set(mine.by_user) == {"bob"} and not mine.by_provider and not mine.by_key


# -- admission: per-principal rate limit and daily budgets ---------------------------------------


async def test_a_daily_request_budget_admits_exactly_its_size_then_429_until_midnight_utc(state) -> None:
    allowance = Allowance(requests_per_day=3)
    for expected in (1, 2, 3):
        admission = await state.admit("alice", allowance)
        assert admission.spend.requests == expected
    with pytest.raises(RateLimited) as caught:
        await state.admit("alice", allowance)
    assert caught.value.code == "budget_exceeded"
    assert abs(caught.value.retry_after - (next_day(time.time()) - time.time())) < 5
    assert (await state.admit("bob", allowance)).spend.requests == 1  # another principal is unaffected
    assert (await state.spend("alice")).requests == 3


async def test_settling_swaps_the_estimate_and_a_refund_returns_request_and_tokens(state) -> None:
    allowance = Allowance(tokens_per_day=1000)
    first = await state.admit("carol", allowance, tokens_estimate=100)
    second = await state.admit("carol", allowance, tokens_estimate=50)
    assert second.spend == Spend(2, 150, second.spend.resets_at)
    assert await state.settle(first.reservation_id, tokens=400)
    assert not await state.settle(first.reservation_id, tokens=400)  # idempotent
    assert await state.settle(second.reservation_id, refund=True)
    spend = await state.spend("carol")
    assert (spend.requests, spend.tokens) == (1, 400)
    assert not await state.settle("no-such-reservation", tokens=5)


async def test_a_spent_token_budget_refuses_the_next_request(state) -> None:
    allowance = Allowance(tokens_per_day=100)
    admission = await state.admit("dave", allowance, tokens_estimate=10)
    await state.settle(admission.reservation_id, tokens=120)  # the last request may overshoot
    with pytest.raises(RateLimited) as caught:
        await state.admit("dave", allowance, tokens_estimate=10)
    assert caught.value.code == "budget_exceeded" and "tokens" in caught.value.message


async def test_the_per_minute_rate_limit_refuses_past_its_size_and_spares_others(state) -> None:
    allowance = Allowance(requests_per_minute=3)
    for _ in range(3):
        await state.admit("erin", allowance)
    with pytest.raises(RateLimited) as caught:
        await state.admit("erin", allowance)
    assert caught.value.code == "rate_limit_exceeded" and 55 < caught.value.retry_after <= 60
    await state.admit("frank", allowance)
    # A refused request counts nothing: the daily spend holds the three admitted ones only.
    assert (await state.spend("erin")).requests == 3


async def test_two_key_servers_racing_for_the_last_units_of_a_budget_never_overshoot(redis_server) -> None:
    hosts = [RedisState(redis_server.url), RedisState(redis_server.url)]
    allowance = Allowance(requests_per_day=10)

    async def one(store: RedisState) -> bool:
        try:
            await store.admit("grace", allowance, tokens_estimate=5)
        except RateLimited:
            return False
        return True

    results = await asyncio.gather(*(one(hosts[i % 2]) for i in range(40)))
    assert sum(results) == 10
    assert (await hosts[0].spend("grace")) == Spend(10, 50, next_day(time.time()))
    for store in hosts:
        await store.aclose()
