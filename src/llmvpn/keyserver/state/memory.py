"""In-process state: the embedded default, for one key server on one host.

Every method runs to completion without awaiting anything, so on one event loop each is atomic, as the
Redis scripts are.
"""

from __future__ import annotations

import copy
import time
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from llmvpn.errors import NoCapacity, RateLimited
from llmvpn.keyserver.state.base import (
    DAY_SECONDS, RESERVATION_TTL_SECONDS, WINDOW_SECONDS, Admission, Allowance, Grant, KeySlot, KeyStatus,
    ReleasedLease, Session, Spend, Usage, UsageRecord, UsageReport, next_day,
)


@dataclass(slots=True)
class _Key:
    in_flight: int = 0
    last_used: float = 0.0
    cooldown_until: float = 0.0
    # Kept only while the key has that limit: a window of every lease of an unlimited key would hold
    # a minute of traffic (tens of MiB at a few thousand leases a second) for nothing.
    requests: deque[float] = field(default_factory=deque)                # start times in the window
    tokens: deque[tuple[float, int]] = field(default_factory=deque)      # (time, tokens) in the window

    def trim(self, now: float) -> None:
        horizon = now - WINDOW_SECONDS
        while self.requests and self.requests[0] <= horizon:
            self.requests.popleft()
        while self.tokens and self.tokens[0][0] <= horizon:
            self.tokens.popleft()

    def blocked_until(self, slot: KeySlot, now: float) -> float:
        """0 if usable now, else when it may be usable again."""
        self.trim(now)
        until = self.cooldown_until if self.cooldown_until > now else 0.0
        if slot.rpm_limit and len(self.requests) >= slot.rpm_limit:
            until = max(until, self.requests[0] + WINDOW_SECONDS)
        if slot.tpm_limit and sum(t for _, t in self.tokens) >= slot.tpm_limit:
            until = max(until, self.tokens[0][0] + WINDOW_SECONDS)
        return until


@dataclass(slots=True)
class _Lease:
    key_id: str
    owner: str
    expires_at: float
    count_tokens: bool  # the key had a TPM limit when leased


@dataclass(slots=True)
class _Budget:
    day: int
    requests: int = 0
    tokens: int = 0


@dataclass(frozen=True, slots=True)
class _Reservation:
    owner: str
    day: int
    estimate: int
    expires_at: float


@dataclass(slots=True)
class _StoredSession:
    session: Session
    expires_at: float


class MemoryState:
    """State in this process's memory. Not shared across hosts: use RedisState for that."""

    def __init__(self, clock=time.time) -> None:
        self._clock = clock
        self._keys: dict[str, _Key] = {}
        self._leases: dict[str, _Lease] = {}
        self._last_key_of_owner: dict[str, str] = {}
        self._sessions: dict[str, _StoredSession] = {}
        self._usage = UsageReport()
        self._budgets: dict[str, _Budget] = {}                 # owner -> the current day's spend
        self._windows: dict[str, deque[float]] = {}            # owner -> admission times, last minute
        self._reservations: dict[str, _Reservation] = {}

    def _key(self, key_id: str) -> _Key:
        key = self._keys.get(key_id)
        if key is None:
            key = self._keys[key_id] = _Key()
        return key

    async def grant(self, slots: Sequence[KeySlot], *, owner: str, lease_ttl: float,
                    avoid_previous: bool = False, preferred: str | None = None) -> Grant:
        now = self._clock()
        usable: list[KeySlot] = []
        soonest = 0.0
        for slot in slots:
            until = self._key(slot.key_id).blocked_until(slot, now)
            if until:
                soonest = until if not soonest else min(soonest, until)
            else:
                usable.append(slot)
        if not usable:
            if soonest:
                raise RateLimited("every key for this model is resting after rate limits",
                                  retry_after=max(0.001, soonest - now))
            raise NoCapacity("no usable key is left for this model")
        chosen = next((s for s in usable if s.key_id == preferred), None) if preferred else None
        if chosen is None:
            previous = self._last_key_of_owner.get(owner) if (avoid_previous and owner) else None
            if previous is not None and len(usable) > 1:
                usable = [s for s in usable if s.key_id != previous]
            chosen = min(usable, key=lambda s: ((self._key(s.key_id).in_flight + 1) / s.weight,
                                                self._key(s.key_id).last_used))
        key = self._key(chosen.key_id)
        key.in_flight += 1
        key.last_used = now
        if chosen.rpm_limit:
            key.requests.append(now)
        if owner:
            self._last_key_of_owner[owner] = chosen.key_id
        lease_id = uuid.uuid4().hex
        self._leases[lease_id] = _Lease(chosen.key_id, owner, now + lease_ttl, chosen.tpm_limit > 0)
        return Grant(lease_id, chosen.key_id, now + lease_ttl)

    async def release(self, lease_id: str, *, cooldown_seconds: float = 0.0, tokens: int = 0) -> ReleasedLease | None:
        lease = self._leases.pop(lease_id, None)
        if lease is None:
            return None
        now = self._clock()
        key = self._key(lease.key_id)
        key.in_flight = max(0, key.in_flight - 1)
        if cooldown_seconds > 0:
            key.cooldown_until = max(key.cooldown_until, now + cooldown_seconds)
        if tokens > 0 and lease.count_tokens:
            key.tokens.append((now, tokens))
        return ReleasedLease(lease_id, lease.key_id, lease.owner)

    async def expire_leases(self) -> int:
        now = self._clock()
        stale = [lease_id for lease_id, lease in self._leases.items() if lease.expires_at <= now]
        for lease_id in stale:
            await self.release(lease_id)
        for session_id in [s for s, stored in self._sessions.items() if stored.expires_at <= now]:
            del self._sessions[session_id]
        self._sweep_admissions(now)
        return len(stale)

    async def in_flight(self) -> int:
        return len(self._leases)

    async def key_statuses(self, key_ids: Sequence[str]) -> dict[str, KeyStatus]:
        now = self._clock()
        statuses = {}
        for key_id in key_ids:
            key = self._key(key_id)
            key.trim(now)
            statuses[key_id] = KeyStatus(key.in_flight, key.cooldown_until, len(key.requests))
        return statuses

    async def save_session(self, session: Session, ttl: float, *, expected_version: int | None = None) -> bool:
        if expected_version is not None:
            stored = self._sessions.get(session.id)
            if stored is None or stored.expires_at <= self._clock() or stored.session.version != expected_version:
                return False
        # Copies both ways, so a caller holding a loaded session changes nothing until it saves, as on Redis.
        self._sessions[session.id] = _StoredSession(copy.deepcopy(session), self._clock() + ttl)
        return True

    async def load_session(self, session_id: str) -> Session | None:
        stored = self._sessions.get(session_id)
        if stored is None or stored.expires_at <= self._clock():
            return None
        return copy.deepcopy(stored.session)

    async def delete_session(self, session_id: str) -> bool:
        return self._sessions.pop(session_id, None) is not None

    async def record_usage(self, record: UsageRecord) -> None:
        for table, name in ((self._usage.by_user, record.owner), (self._usage.by_provider, record.provider),
                            (self._usage.by_key, record.key_fingerprint)):
            if not name:
                continue
            usage = table.get(name)
            if usage is None:
                usage = table[name] = Usage()
            usage.requests += 1
            usage.errors += int(record.error)
            usage.prompt_tokens += record.prompt_tokens
            usage.completion_tokens += record.completion_tokens
            usage.latency_ms_total += record.latency_ms

    async def flush_usage(self) -> None:
        return None

    async def usage(self, owner: str | None = None) -> UsageReport:
        if owner is None:
            return copy.deepcopy(self._usage)
        mine = self._usage.by_user.get(owner)
        return UsageReport(by_user={owner: copy.copy(mine)} if mine else {})

    # -- admission ------------------------------------------------------------------------------

    def _budget(self, owner: str, now: float) -> _Budget:
        day = int(now // DAY_SECONDS)
        budget = self._budgets.get(owner)
        if budget is None or budget.day != day:
            budget = self._budgets[owner] = _Budget(day)
        return budget

    async def admit(self, owner: str, allowance: Allowance, *, tokens_estimate: int = 0) -> Admission:
        now = self._clock()
        budget = self._budget(owner, now)
        # The daily budgets first: when both refuse, the later renewal is the wait worth telling.
        if allowance.requests_per_day and budget.requests >= allowance.requests_per_day:
            raise RateLimited(f"daily budget of {allowance.requests_per_day} requests spent; it renews at "
                              "00:00 UTC", retry_after=next_day(now) - now, code="budget_exceeded")
        if allowance.tokens_per_day and budget.tokens >= allowance.tokens_per_day:
            raise RateLimited(f"daily budget of {allowance.tokens_per_day} tokens spent; it renews at "
                              "00:00 UTC", retry_after=next_day(now) - now, code="budget_exceeded")
        if allowance.requests_per_minute:
            window = self._windows.setdefault(owner, deque())
            while window and window[0] <= now - WINDOW_SECONDS:
                window.popleft()
            if len(window) >= allowance.requests_per_minute:
                raise RateLimited(f"rate limit of {allowance.requests_per_minute} requests per minute reached",
                                  retry_after=max(0.001, window[0] + WINDOW_SECONDS - now))
            window.append(now)
        budget.requests += 1
        budget.tokens += tokens_estimate
        reservation_id = uuid.uuid4().hex
        self._reservations[reservation_id] = _Reservation(owner, budget.day, tokens_estimate,
                                                          now + RESERVATION_TTL_SECONDS)
        return Admission(reservation_id, Spend(budget.requests, budget.tokens, next_day(now)))

    async def settle(self, reservation_id: str, *, tokens: int = 0, refund: bool = False) -> bool:
        reservation = self._reservations.pop(reservation_id, None)
        if reservation is None:
            return False
        budget = self._budgets.get(reservation.owner)
        if budget is None or budget.day != reservation.day:
            return True  # its day is over: there is nothing left to correct
        if refund:
            budget.requests = max(0, budget.requests - 1)
            budget.tokens = max(0, budget.tokens - reservation.estimate)
        else:
            budget.tokens = max(0, budget.tokens + tokens - reservation.estimate)
        return True

    async def spend(self, owner: str) -> Spend:
        now = self._clock()
        budget = self._budgets.get(owner)
        if budget is None or budget.day != int(now // DAY_SECONDS):
            return Spend(0, 0, next_day(now))
        return Spend(budget.requests, budget.tokens, next_day(now))

    def _sweep_admissions(self, now: float) -> None:
        day = int(now // DAY_SECONDS)
        for owner in [o for o, b in self._budgets.items() if b.day != day]:
            del self._budgets[owner]
        for owner in [o for o, w in self._windows.items() if not w or w[-1] <= now - WINDOW_SECONDS]:
            del self._windows[owner]
        for reservation_id in [r for r, res in self._reservations.items() if res.expires_at <= now]:
            del self._reservations[reservation_id]

    async def check(self) -> None:
        return None

    async def aclose(self) -> None:
        return None
