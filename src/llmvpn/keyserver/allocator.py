"""Which key serves a request: the pool indexed by model, and the choice among its keys.

The pool is a snapshot of the registry (active providers x active keys, decrypted), rebuilt when the
registry changes; choosing a key reads only that snapshot and the lease state (state/), so the lease
path never touches the database.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from llmvpn.errors import NotFound, RateLimited
from llmvpn.keyserver.records import PoolEntry
from llmvpn.keyserver.state.base import Grant, KeySlot, State


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: PoolEntry
    upstream_model: str
    slot: KeySlot


class Pool:
    """Keys by the model names clients may ask for: `model` and `provider/model`."""

    def __init__(self, entries: list[PoolEntry]) -> None:
        self.entries = entries
        self._by_model: dict[str, list[Candidate]] = defaultdict(list)
        self._by_key: dict[str, PoolEntry] = {}
        for entry in entries:
            self._by_key[entry.key.id] = entry
            slot = KeySlot(entry.key.id, entry.key.rpm_limit, entry.key.tpm_limit)
            for model in entry.provider.models:
                candidate = Candidate(entry, model, slot)
                self._by_model[model].append(candidate)
                self._by_model[f"{entry.provider.name}/{model}"].append(candidate)
        # What a lease for a model with no pin and no exclusion (the common case) chooses among,
        # built once per snapshot instead of once per lease.
        self._choices = {model: ([c.slot for c in found], {c.entry.key.id: c for c in found})
                         for model, found in self._by_model.items()}

    def models(self) -> list[str]:
        return sorted(self._by_model)

    def _not_served(self, model: str) -> NotFound:
        known = ", ".join(self.models()[:20]) or "none configured"
        return NotFound(f"model {model!r} is not served by any active provider (available: {known})",
                        param="model", code="model_not_found")

    def candidates(self, model: str) -> list[Candidate]:
        found = self._by_model.get(model)
        if not found:
            raise self._not_served(model)
        return found

    def choices(self, model: str) -> tuple[list[KeySlot], dict[str, Candidate]]:
        """The slots of `model`'s candidates, and its candidates by key id."""
        found = self._choices.get(model)
        if found is None:
            raise self._not_served(model)
        return found

    def key(self, key_id: str) -> PoolEntry | None:
        return self._by_key.get(key_id)


async def allocate(
    pool: Pool,
    state: State,
    *,
    model: str,
    owner: str,
    lease_ttl: float,
    provider_id: str = "",
    exclude: Collection[str] = (),
    stateless: bool = True,
    preferred: str | None = None,
    max_wait: float = 0.0,
) -> tuple[Candidate, Grant]:
    """Lease a key for `model` (see state/base.py for how the key is chosen).

    When every key is resting, wait for the earliest recovery if it comes within `max_wait` seconds,
    then try once more; otherwise the RateLimited (with Retry-After) goes to the caller.
    """
    if provider_id or exclude:
        candidates = pool.candidates(model)
        if provider_id:
            candidates = [c for c in candidates if c.entry.provider.id == provider_id]
            if not candidates:
                raise NotFound("that provider does not serve this model", param="model")
        excluded = frozenset(exclude)
        candidates = [c for c in candidates if c.entry.key.id not in excluded]
        by_key = {c.entry.key.id: c for c in candidates}
        slots = [c.slot for c in candidates]
    else:
        slots, by_key = pool.choices(model)
    deadline = time.monotonic() + max_wait
    while True:
        try:
            grant = await state.grant(slots, owner=owner, lease_ttl=lease_ttl, avoid_previous=stateless,
                                      preferred=preferred)
        except RateLimited as exc:
            if time.monotonic() + exc.retry_after > deadline:
                raise
            await asyncio.sleep(exc.retry_after)
            continue
        return by_key[grant.key_id], grant
