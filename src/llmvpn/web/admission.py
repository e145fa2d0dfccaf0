"""Per-principal admission of chat requests: a rate limit per minute and daily budgets of requests
and tokens (WEB_SERVER_RATE_LIMIT_PER_MINUTE, WEB_SERVER_DAILY_REQUEST_BUDGET, ..._TOKEN_BUDGET).

The key server counts, in its shared state, so every worker and host sees one count: `admit` counts
the request and reserves an estimate of its tokens before the upstream call (429 with Retry-After
when spent: the per-minute window's next free slot, or the next 00:00 UTC for a budget); afterwards
the reservation is settled with the tokens really used, or refunded when the request got no answer
(refused, failed upstream, or cancelled before its first byte). With no limit configured nothing is
asked of the key server at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import anyio

from llmvpn.config import WebSettings
from llmvpn.errors import ApiError
from llmvpn.keyserver.client import KeyServerClient
from llmvpn.providers.upstream import Usage

log = logging.getLogger(__name__)

# Tokens reserved for the answer when the request sets no max_tokens: a typical chat answer. Only a
# reservation: settling replaces it by the real count.
DEFAULT_ANSWER_ESTIMATE = 256


@dataclass(slots=True)
class Reservation:
    """One admitted request's reservation; settle or refund it once (later calls do nothing)."""

    keyserver: KeyServerClient | None
    reservation_id: str = ""
    closed: bool = False

    async def settle(self, usage: Usage) -> None:
        await self._close(tokens=usage.prompt_tokens + usage.completion_tokens, refund=False)

    async def refund(self) -> None:
        await self._close(tokens=0, refund=True)

    async def _close(self, *, tokens: int, refund: bool) -> None:
        if self.closed or self.keyserver is None:
            return
        self.closed = True
        with anyio.CancelScope(shield=True):
            try:
                await self.keyserver.settle(self.reservation_id, tokens=tokens, refund=refund)
            except ApiError as exc:
                # The reservation stays counted as estimated: the budget errs on the safe side.
                log.warning("could not settle a budget reservation: %s", exc.message)


NOT_COUNTED = Reservation(None, closed=True)


def limits_configured(settings: WebSettings) -> bool:
    return bool(settings.daily_request_budget or settings.daily_token_budget or settings.rate_limit_per_minute)


def estimate_tokens(body: dict[str, Any]) -> int:
    """A rough count of what `body` will cost: about four characters a token, plus the answer."""
    chars = 0
    for message in body.get("messages") or ():
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            chars += len(content)
        elif isinstance(content, list):
            chars += sum(len(p.get("text") or "") for p in content if isinstance(p, dict))
    answer = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_ANSWER_ESTIMATE
    return chars // 4 + len(body.get("messages") or ()) + (answer if isinstance(answer, int) else 0)


async def admit(keyserver: KeyServerClient, settings: WebSettings, owner: str,
                body: dict[str, Any]) -> Reservation:
    """Admit one request of `owner` or raise RateLimited; the reservation to close afterwards."""
    if not limits_configured(settings):
        return NOT_COUNTED
    admission = await keyserver.admit(
        owner, requests_per_day=settings.daily_request_budget, tokens_per_day=settings.daily_token_budget,
        requests_per_minute=settings.rate_limit_per_minute,
        tokens_estimate=estimate_tokens(body) if settings.daily_token_budget else 0,
    )
    return Reservation(keyserver, admission.reservation_id)
