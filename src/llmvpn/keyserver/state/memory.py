"""In-process lease state: the embedded default, for one key server on one host.

Holds what changes per request and must be fast: leases in flight, per-key in-flight counts and last
use, and which key each owner used last (stateless mode avoids handing it out twice in a row). The
registry (database) is never written on this path.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field


@dataclass
class LeaseState:
    lease_id: str
    key_id: str
    owner: str
    expires_at: float


@dataclass
class KeyUse:
    in_flight: int = 0
    last_used: float = 0.0
    cooldown_until: float = 0.0


@dataclass
class MemoryState:
    """Lease bookkeeping in this process's memory. Not shared across hosts (see state/redis.py)."""

    lease_ttl_seconds: float
    leases: dict[str, LeaseState] = field(default_factory=dict)
    keys: dict[str, KeyUse] = field(default_factory=dict)
    last_key_of_owner: dict[str, str] = field(default_factory=dict)

    def usage(self, key_id: str) -> KeyUse:
        use = self.keys.get(key_id)
        if use is None:
            use = self.keys[key_id] = KeyUse()
        return use

    def open_lease(self, key_id: str, owner: str, now: float | None = None) -> LeaseState:
        now = time.time() if now is None else now
        lease = LeaseState(uuid.uuid4().hex, key_id, owner, now + self.lease_ttl_seconds)
        self.leases[lease.lease_id] = lease
        use = self.usage(key_id)
        use.in_flight += 1
        use.last_used = now
        if owner:
            self.last_key_of_owner[owner] = key_id
        return lease

    def close_lease(self, lease_id: str) -> LeaseState | None:
        lease = self.leases.pop(lease_id, None)
        if lease is not None:
            use = self.usage(lease.key_id)
            use.in_flight = max(0, use.in_flight - 1)
        return lease

    def cool_down(self, key_id: str, seconds: float, now: float | None = None) -> None:
        """A second 429 extends a cooldown, never shortens it."""
        now = time.time() if now is None else now
        use = self.usage(key_id)
        use.cooldown_until = max(use.cooldown_until, now + seconds)

    def expire_leases(self, now: float | None = None) -> int:
        """Close leases whose holder never released them (a crashed worker); returns how many."""
        now = time.time() if now is None else now
        stale = [lease_id for lease_id, lease in self.leases.items() if lease.expires_at <= now]
        for lease_id in stale:
            self.close_lease(lease_id)
        return len(stale)

    def in_flight(self) -> int:
        return len(self.leases)
