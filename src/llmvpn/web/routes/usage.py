"""`/api/usage`: what the pool was used for, counted by the key server when each lease comes back.

A user sees their own counters (and today's budget, when one is configured); an admin sees everyone's
by user, by provider and by key fingerprint, or their own with `scope=own`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from llmvpn.errors import PermissionDenied
from llmvpn.web.admission import limits_configured
from llmvpn.web.deps import KeyServerDep, PrincipalDep, SettingsDep
from llmvpn.web.errors import ErrorResponse
from llmvpn.web.schemas.usage import Budget, Counters, UsageView
from llmvpn.web.schemas.webui import timestamp

router = APIRouter(prefix="/api", tags=["usage"])

Scope = Annotated[Literal["own", "all"] | None, Query(
    description="`own` (the default for users) or `all` (admins only; their default)")]


@router.get("/usage", responses={status: {"model": ErrorResponse} for status in (401, 403, 503)})
async def usage(principal: PrincipalDep, settings: SettingsDep, keyserver: KeyServerDep,
                scope: Scope = None) -> UsageView:
    """Report request, token, error and latency counters: your own, or (admins) everyone's."""
    chosen = scope or ("all" if principal.admin else "own")
    if chosen == "all" and not principal.admin:
        raise PermissionDenied("everyone's usage needs an admin token")
    report = await keyserver.get_usage("" if chosen == "all" else principal.sub)
    view = UsageView(scope=chosen, user=principal.sub,
                     by_user={name: Counters.of(c) for name, c in report.by_user.items()})
    if chosen == "all":
        view.by_provider = {name: Counters.of(c) for name, c in report.by_provider.items()}
        view.by_key = {name: Counters.of(c) for name, c in report.by_key.items()}
    if limits_configured(settings):
        spend = await keyserver.get_spend(principal.sub)
        view.budget = Budget(requests_today=spend.requests, tokens_today=spend.tokens,
                             daily_request_budget=settings.daily_request_budget or None,
                             daily_token_budget=settings.daily_token_budget or None,
                             rate_limit_per_minute=settings.rate_limit_per_minute or None,
                             resets_at=timestamp(spend.resets_at))
    return view
