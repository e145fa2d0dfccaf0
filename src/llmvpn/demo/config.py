"""How a demo upstream behaves when nothing is scripted: its models, keys and speed."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MODELS = ("demo-model", "gpt-4o-mini")


@dataclass(frozen=True, slots=True)
class UpstreamConfig:
    """Settings of one demo upstream; built once and passed to `create_upstream_app`.

    Keys are kept out of `repr` so a config printed in a failing test can't spill a canary.
    """

    models: tuple[str, ...] = DEFAULT_MODELS
    # None accepts any non-empty key, like a provider that has never seen our keys rejecting none.
    valid_keys: frozenset[str] | None = field(default=None, repr=False)
    # Always 401, with the key echoed in the body (FAULTS row 20 proves the gateway never relays it).
    bad_keys: frozenset[str] = field(default=frozenset(), repr=False)
    latency_ms: float = 0.0            # before the response headers, on every API request
    tokens_per_second: float | None = None  # pacing of the answer; None: as fast as possible
    chunk_chars: int = 4               # characters per streamed delta (about one token)
    control: bool = True               # serve /_control/*; off for `llmvpn up --demo`
    max_records: int = 10_000          # received() keeps the newest N, so benchmarks stay bounded

    def __post_init__(self) -> None:
        if self.chunk_chars < 1:
            raise ValueError("chunk_chars must be at least 1")
        if self.tokens_per_second is not None and self.tokens_per_second <= 0:
            raise ValueError("tokens_per_second must be positive")
