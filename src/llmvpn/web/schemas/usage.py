"""Bodies of `/api/usage`: counters since the key server's state began, and today's budget."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from llmvpn.keyserver.client import UsageCounters


class Counters(BaseModel):
    requests: int
    errors: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    average_latency_ms: float = Field(description="Mean upstream latency per request")

    @classmethod
    def of(cls, counters: UsageCounters) -> Counters:
        average = counters.latency_ms_total / counters.requests if counters.requests else 0.0
        return cls(requests=counters.requests, errors=counters.errors, prompt_tokens=counters.prompt_tokens,
                   completion_tokens=counters.completion_tokens,
                   total_tokens=counters.prompt_tokens + counters.completion_tokens,
                   average_latency_ms=round(average, 3))


class Budget(BaseModel):
    """The caller's spending today (UTC) against the configured limits (null: no limit)."""

    requests_today: int
    tokens_today: int
    daily_request_budget: int | None
    daily_token_budget: int | None
    rate_limit_per_minute: int | None
    resets_at: datetime


class UsageView(BaseModel):
    scope: Literal["own", "all"]
    user: str = Field(description="The caller")
    by_user: dict[str, Counters]
    by_provider: dict[str, Counters] | None = Field(default=None, description="scope=all only")
    by_key: dict[str, Counters] | None = Field(default=None, description="scope=all only; by key fingerprint")
    budget: Budget | None = Field(default=None, description="When a budget or rate limit is configured")
