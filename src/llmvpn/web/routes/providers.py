"""`/api/providers`: the provider registry as a façade over the key server, which alone holds the keys.

Reading needs any valid token (users see public fields, admins everything but key values); changing
needs an admin token. Concurrency is optimistic: every provider carries a `version`, sent as the
`ETag: "<version>"` header; PATCH and DELETE take `If-Match: "<version>"` and answer 412 when the
provider has moved on (without If-Match they apply to whatever version is current). Key values go in
and never come out: responses name keys by fingerprint.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Header, Response

from llmvpn.config import WebSettings
from llmvpn.errors import ApiError, InvalidRequest, NotFound
from llmvpn.providers.probe import probe_provider
from llmvpn.providers.urls import UrlPolicy, check_url
from llmvpn.web.deps import AdminDep, KeyServerDep, PrincipalDep, SettingsDep
from llmvpn.web.errors import ErrorResponse
from llmvpn.web.schemas.providers import (
    KeyTestResult, ProviderAdmin, ProviderCreate, ProviderPatch, ProviderPublic, ProviderTestResult,
    provider_out,
)

router = APIRouter(prefix="/api/providers", tags=["providers"])


def _errors(*statuses: int, **described: str) -> dict[int | str, dict]:
    """OpenAPI `responses` for the error statuses a route answers (503: key server down, always)."""
    found: dict[int | str, dict] = {status: {"model": ErrorResponse} for status in (*statuses, 503)}
    for name, text in described.items():  # _409="..." documents 409 with a description
        found[int(name[1:])] = {"model": ErrorResponse, "description": text}
    return found


IfMatch = Annotated[str | None, Header(
    alias="If-Match", description='The provider\'s ETag (`"<version>"`): apply only to that version, '
                                  "else 412.", examples=['"3"'])]


def url_policy(settings: WebSettings) -> UrlPolicy:
    """The URL rules this server's settings ask for (LLMVPN_ALLOW_*_UPSTREAMS)."""
    return UrlPolicy(allow_private=settings.allow_private_upstreams,
                     allow_link_local=settings.allow_link_local_upstreams)


def _etag(version: int) -> str:
    return f'"{version}"'


def expected_version(if_match: str | None) -> int | None:
    """The version an If-Match header asks for; None for no header or `*` (any version)."""
    if if_match is None or if_match.strip() == "*":
        return None
    text = if_match.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise InvalidRequest('If-Match must be the provider\'s ETag, e.g. "3"', param="If-Match")
    return int(text)


# The key server names fields as its RPCs do; a client must see the names of this API.
_RENAMES = ((re.compile(r"^keys\["), "api_keys["), (re.compile(r"^add_keys\["), "add_api_keys["),
            (re.compile(r"\.secret$"), ".key"), (re.compile(r"^expected_version$"), "If-Match"),
            (re.compile(r"^id$"), "provider_id"))


@contextlib.contextmanager
def _in_api_terms() -> Iterator[None]:
    try:
        yield
    except ApiError as exc:
        old = exc.param
        if not old:
            raise
        new = old
        for pattern, replacement in _RENAMES:
            new = pattern.sub(replacement, new)
        # Only indexed names ("add_keys[0]") are spelled out in messages; "id" is also an ordinary word.
        message = exc.message.replace(old, new) if "[" in old else exc.message
        if isinstance(exc, NotFound) and new.startswith("remove_key_fingerprints"):
            # The provider exists; a 404 would tell the client it does not.
            raise InvalidRequest(message, param=new) from None
        exc.param, exc.message = new, message
        raise


@router.get("", response_model=list[ProviderAdmin] | list[ProviderPublic], responses=_errors(401))
async def list_providers(principal: PrincipalDep, keyserver: KeyServerDep) -> list[ProviderPublic]:
    """List providers: public fields for users, everything but key values for admins."""
    return [provider_out(info, admin=principal.admin) for info in await keyserver.list_providers()]


@router.post("", status_code=201, response_model=ProviderAdmin,
             responses=_errors(401, 403, _409="A provider with this name exists"))
async def create_provider(body: ProviderCreate, response: Response, admin: AdminDep, keyserver: KeyServerDep,
                          settings: SettingsDep) -> ProviderPublic:
    """Create a provider with its key pool (admin)."""
    keys = body.new_keys()
    await check_url(body.base_url, url_policy(settings))
    with _in_api_terms():
        info = await keyserver.create_provider(name=body.name, kind=body.kind, base_url=body.base_url,
                                               models=body.models, is_active=body.is_active, keys=keys)
    response.headers["Location"] = f"{router.prefix}/{info.id}"
    response.headers["ETag"] = _etag(info.version)
    return provider_out(info, admin=True)


@router.get("/{provider_id}", response_model=ProviderAdmin | ProviderPublic, responses=_errors(401, 404))
async def get_provider(provider_id: str, response: Response, principal: PrincipalDep,
                       keyserver: KeyServerDep) -> ProviderPublic:
    """Show one provider: public fields for users, everything but key values for admins."""
    with _in_api_terms():
        info = await keyserver.get_provider(provider_id)
    response.headers["ETag"] = _etag(info.version)
    return provider_out(info, admin=principal.admin)


@router.patch("/{provider_id}", response_model=ProviderAdmin, responses=_errors(
    401, 403, 404, _409="The new name or a key is taken", _412="If-Match names another version"))
async def update_provider(provider_id: str, body: ProviderPatch, response: Response, admin: AdminDep,
                          keyserver: KeyServerDep, settings: SettingsDep,
                          if_match: IfMatch = None) -> ProviderPublic:
    """Change a provider's fields, add keys or remove them by fingerprint (admin)."""
    version = expected_version(if_match)
    keys = body.new_keys()
    if body.base_url is not None:
        await check_url(body.base_url, url_policy(settings))
    with _in_api_terms():
        info = await keyserver.update_provider(
            provider_id, expected_version=version, name=body.name, kind=body.kind, base_url=body.base_url,
            models=body.models, is_active=body.is_active, add_keys=keys,
            remove_key_fingerprints=body.remove_key_fingerprints,
        )
    response.headers["ETag"] = _etag(info.version)
    return provider_out(info, admin=True)


@router.delete("/{provider_id}", status_code=204, response_class=Response,
               responses=_errors(401, 403, 404, _412="If-Match names another version"))
async def delete_provider(provider_id: str, admin: AdminDep, keyserver: KeyServerDep,
                          if_match: IfMatch = None) -> Response:
    """Delete a provider and all its keys (admin)."""
    version = expected_version(if_match)
    with _in_api_terms():
        await keyserver.delete_provider(provider_id, expected_version=version)
    return Response(status_code=204)


@router.post("/{provider_id}/test", response_model=ProviderTestResult,
             responses=_errors(401, 403, 404, _400="The base URL breaks a URL rule"))
async def test_provider(provider_id: str, admin: AdminDep, keyserver: KeyServerDep,
                        settings: SettingsDep) -> ProviderTestResult:
    """Check each key of a provider through its own API (`GET {base_url}/models`); keep the result (admin)."""
    with _in_api_terms():
        info = await keyserver.get_provider(provider_id)
    report = await probe_provider(keyserver, info, url_policy(settings), owner=admin.sub,
                                  timeout=settings.request_timeout_seconds)
    tested_at = None
    if report.tested:
        with _in_api_terms():
            recorded = await keyserver.record_test_result(info.id, report.status, report.status_code,
                                                          report.latency_ms)
        tested_at = recorded.last_tested_at or None
    return ProviderTestResult(
        status=report.status, status_code=report.status_code, latency_ms=report.latency_ms,
        detail=report.detail, model_count=report.model_count, tested_at=tested_at,
        keys=[KeyTestResult(fingerprint=k.fingerprint, status=k.result.status,
                            status_code=k.result.status_code, latency_ms=k.result.latency_ms,
                            detail=k.result.detail) for k in report.keys],
    )
