"""What a route may ask for, as Annotated aliases; each comes from `request.app.state`, set by create_app.

    SettingsDep    the WebSettings the app was built with
    KeyServerDep   the process's KeyServerClient
    UpstreamDep    the process's pooled UpstreamClient (httpx, no cookies) for upstream providers
    MetricsDep     the app's Prometheus metrics
    PrivacyDep     the worker's privacy pipeline (detector, default policy, session-state sealer)
    TokensDep      the worker's token counter (for answers without the upstream's usage)
    PrincipalDep   the caller of a valid bearer JWT (401 otherwise)
    AdminDep       the same, with the admin claim (403 for a user token)
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from llmvpn.config import WebSettings
from llmvpn.errors import PermissionDenied
from llmvpn.keyserver.client import KeyServerClient
from llmvpn.providers.tokens import TokenCounter
from llmvpn.providers.upstream import UpstreamClient
from llmvpn.web.auth import Principal, TokenVerifier
from llmvpn.web.metrics import Metrics
from llmvpn.web.privacy import PrivacyService


# async on purpose: FastAPI runs a plain `def` dependency in the thread pool, a cost per request for
# what is an attribute read.
async def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


async def get_keyserver(request: Request) -> KeyServerClient:
    return request.app.state.keyserver


async def get_upstream(request: Request) -> UpstreamClient:
    return request.app.state.upstream


async def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


async def get_privacy(request: Request) -> PrivacyService:
    return request.app.state.privacy


async def get_tokens(request: Request) -> TokenCounter:
    return request.app.state.tokens


SettingsDep = Annotated[WebSettings, Depends(get_settings)]
KeyServerDep = Annotated[KeyServerClient, Depends(get_keyserver)]
UpstreamDep = Annotated[UpstreamClient, Depends(get_upstream)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
PrivacyDep = Annotated[PrivacyService, Depends(get_privacy)]
TokensDep = Annotated[TokenCounter, Depends(get_tokens)]

# auto_error=False: a missing token must be our Unauthenticated, not FastAPI's own 403/401 shape.
_bearer = HTTPBearer(auto_error=False, bearerFormat="JWT", description="A JWT from `llmvpn token issue`.")


async def get_principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    verifier: TokenVerifier = request.app.state.verifier
    if credentials is None:
        return verifier.bearer("", "")
    return verifier.bearer(credentials.scheme, credentials.credentials)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


async def get_admin(principal: PrincipalDep) -> Principal:
    if not principal.admin:
        raise PermissionDenied("this operation needs an admin token")
    return principal


AdminDep = Annotated[Principal, Depends(get_admin)]
