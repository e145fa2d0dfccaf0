"""What the key server keeps per request and per session, behind one protocol with two homes.

`memory.MemoryState` (one key server, the default) and `redis.RedisState` (several key servers sharing
one pool) implement the same `State`, and one test suite runs against both. The key choice itself lives
here too, because on Redis it must be one atomic step: check cooldowns and per-minute limits, pick,
count — two key servers racing for a key's last request of the minute can't both win.

Choosing a key (`grant`), among the slots the caller passes (already filtered to the model, minus keys
the request has tried):
1. a key in its cooldown is never chosen; nor one whose requests (RPM) or tokens (TPM) in the last 60 s
   reached its limit;
2. `preferred` (a stateful session's bound key) wins whenever it is usable;
3. with `avoid_previous`, the owner's previous key is passed over when another is usable (stateless
   queries of one person go out under different keys);
4. otherwise the fewest requests in flight per unit of limit (a key allowed 600 rpm takes ten times the
   load of one allowed 60), then the least recently used.
None usable: RateLimited with the soonest recovery if some key will recover, else NoCapacity.

Admission of one principal's request (`admit`, then `settle`), also one atomic step: a per-minute
request window, and daily budgets of requests and tokens per UTC day. Admitting counts one request
and reserves an estimate of its tokens; settling swaps the estimate for the real count, or gives both
back (a request that was refused upstream or cancelled before an answer). Two hosts racing for the
last request of a budget can't both win; a token budget is overshot by at most the last request's
tokens beyond its estimate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

WINDOW_SECONDS = 60.0
DAY_SECONDS = 86_400
# A reservation nobody settles (its web worker died) is forgotten after this; what it counted stays.
RESERVATION_TTL_SECONDS = 2 * DAY_SECONDS
# The weight of a key without an RPM limit, against keys with one: "a large limit".
UNLIMITED_WEIGHT = 10_000


@dataclass(frozen=True, slots=True)
class KeySlot:
    key_id: str
    rpm_limit: int = 0  # 0 = unlimited
    tpm_limit: int = 0

    @property
    def weight(self) -> int:
        return self.rpm_limit if self.rpm_limit > 0 else UNLIMITED_WEIGHT


@dataclass(frozen=True, slots=True)
class Grant:
    lease_id: str
    key_id: str
    expires_at: float


@dataclass(frozen=True, slots=True)
class ReleasedLease:
    lease_id: str
    key_id: str
    owner: str


@dataclass(frozen=True, slots=True)
class KeyStatus:
    in_flight: int = 0
    cooldown_until: float = 0.0
    requests_in_window: int = 0


@dataclass(slots=True)
class Usage:
    requests: int = 0
    errors: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms_total: float = 0.0


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """One finished request, counted under its user, its provider and its key (by fingerprint)."""

    owner: str
    provider: str
    key_fingerprint: str
    error: bool
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0


@dataclass(slots=True)
class UsageReport:
    by_user: dict[str, Usage] = field(default_factory=dict)
    by_provider: dict[str, Usage] = field(default_factory=dict)
    by_key: dict[str, Usage] = field(default_factory=dict)


@dataclass(slots=True)
class Session:
    """A stateful conversation: its owner, model → bound key, messages and pseudonym mapping."""

    id: str
    owner: str
    created_at: float
    bindings: dict[str, str] = field(default_factory=dict)  # model -> key id
    data: dict = field(default_factory=dict)  # opaque to the key server: models, history, mapping
    version: int = 1
    expires_at: float = 0.0


@dataclass(frozen=True, slots=True)
class Allowance:
    """What one principal may spend; 0 = no limit of that kind."""

    requests_per_day: int = 0
    tokens_per_day: int = 0
    requests_per_minute: int = 0


@dataclass(frozen=True, slots=True)
class Spend:
    """A principal's spending in the current UTC day (reservations included)."""

    requests: int = 0
    tokens: int = 0
    resets_at: float = 0.0  # unix seconds: the next 00:00 UTC


@dataclass(frozen=True, slots=True)
class Admission:
    reservation_id: str
    spend: Spend  # after this admission


def next_day(now: float) -> float:
    """The next 00:00 UTC after `now` (unix seconds)."""
    return (now // DAY_SECONDS + 1) * DAY_SECONDS


class State(Protocol):
    async def grant(self, slots: Sequence[KeySlot], *, owner: str, lease_ttl: float,
                    avoid_previous: bool = False, preferred: str | None = None) -> Grant:
        """Choose a key among `slots` as the module docstring says, and open a lease on it."""
        ...

    async def release(self, lease_id: str, *, cooldown_seconds: float = 0.0, tokens: int = 0) -> ReleasedLease | None:
        """Close a lease; rest its key for `cooldown_seconds` (extends, never shortens); count `tokens`."""
        ...

    async def expire_leases(self) -> int:
        """Close leases past their TTL (a holder that died); returns how many."""
        ...

    async def in_flight(self) -> int: ...

    async def key_statuses(self, key_ids: Sequence[str]) -> dict[str, KeyStatus]: ...

    async def save_session(self, session: Session, ttl: float, *, expected_version: int | None = None) -> bool:
        """Create or replace a session; it expires `ttl` seconds after its last save. With
        `expected_version`, only over a stored session still at that version (atomically); False if not."""
        ...

    async def load_session(self, session_id: str) -> Session | None: ...

    async def delete_session(self, session_id: str) -> bool: ...

    async def record_usage(self, record: UsageRecord) -> None:
        """Count a finished request; in memory only, never a round trip (see flush_usage)."""
        ...

    async def flush_usage(self) -> None:
        """Move the counts recorded since the last flush to the shared store (a no-op in memory).
        The key server calls it every second; usage() and aclose() flush first."""
        ...

    async def usage(self, owner: str | None = None) -> UsageReport:
        """Counters since start (memory) or since the Redis data began; one owner's, or everyone's."""
        ...

    async def admit(self, owner: str, allowance: Allowance, *, tokens_estimate: int = 0) -> Admission:
        """Count one request of `owner` and reserve `tokens_estimate`, or raise RateLimited (code
        "rate_limit_exceeded" for the per-minute window, "budget_exceeded" for a daily budget, with the
        seconds until it frees) without counting anything."""
        ...

    async def settle(self, reservation_id: str, *, tokens: int = 0, refund: bool = False) -> bool:
        """Replace a reservation's estimate by the `tokens` used, or with `refund` return its request
        and its estimate; False when it was settled already or is unknown (settling is idempotent)."""
        ...

    async def spend(self, owner: str) -> Spend: ...

    async def check(self) -> None:
        """Raise KeyServerUnavailable if the state backend can't serve right now."""
        ...

    async def aclose(self) -> None: ...
