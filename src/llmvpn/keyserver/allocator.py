"""Which key serves a request: the pool indexed by model, and the choice among its keys.

The pool is a snapshot of the registry (active providers x active keys, decrypted), rebuilt when the
registry changes; choosing a key reads only that snapshot and the lease state, so the lease path does
no I/O.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from llmvpn.errors import NoCapacity, NotFound, RateLimited
from llmvpn.keyserver.records import PoolEntry
from llmvpn.keyserver.state.memory import MemoryState


@dataclass(frozen=True)
class Candidate:
    entry: PoolEntry
    upstream_model: str


class Pool:
    """Keys by the model names clients may ask for: `model` and `provider/model`."""

    def __init__(self, entries: list[PoolEntry]) -> None:
        self.entries = entries
        self._by_model: dict[str, list[Candidate]] = defaultdict(list)
        self._by_key: dict[str, PoolEntry] = {}
        for entry in entries:
            self._by_key[entry.key.id] = entry
            for model in entry.provider.models:
                candidate = Candidate(entry, model)
                self._by_model[model].append(candidate)
                self._by_model[f"{entry.provider.name}/{model}"].append(candidate)

    def models(self) -> list[str]:
        return sorted(self._by_model)

    def candidates(self, model: str) -> list[Candidate]:
        found = self._by_model.get(model)
        if not found:
            known = ", ".join(self.models()[:20]) or "none configured"
            raise NotFound(f"model {model!r} is not served by any active provider (available: {known})",
                           param="model", code="model_not_found")
        return found

    def key(self, key_id: str) -> PoolEntry | None:
        return self._by_key.get(key_id)


def choose(
    candidates: list[Candidate],
    state: MemoryState,
    *,
    owner: str = "",
    exclude: frozenset[str] = frozenset(),
    now: float | None = None,
) -> Candidate:
    """Pick the key with the fewest requests in flight, then the least recently used.

    A key in its cooldown is never chosen. In stateless mode the owner's previous key is passed over
    whenever another key is usable, so consecutive queries of one person go out under different keys.
    Raises RateLimited (with the soonest recovery) when every key is cooling, NoCapacity when none is left.
    """
    now = time.time() if now is None else now
    usable: list[Candidate] = []
    soonest = float("inf")
    for candidate in candidates:
        key_id = candidate.entry.key.id
        if key_id in exclude:
            continue
        cooldown_until = state.usage(key_id).cooldown_until
        if cooldown_until > now:
            soonest = min(soonest, cooldown_until)
            continue
        usable.append(candidate)
    if not usable:
        if soonest != float("inf"):
            raise RateLimited("every key for this model is cooling down after upstream rate limits",
                              retry_after=max(1.0, soonest - now))
        raise NoCapacity("no usable key is left for this model")
    previous = state.last_key_of_owner.get(owner) if owner else None
    if previous is not None and len(usable) > 1:
        usable = [c for c in usable if c.entry.key.id != previous] or usable

    def rank(candidate: Candidate) -> tuple[int, float]:
        use = state.usage(candidate.entry.key.id)
        return use.in_flight, use.last_used

    return min(usable, key=rank)
