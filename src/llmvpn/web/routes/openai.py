"""The OpenAI-compatible API: chat completions (streamed or not) and the models of the pool.

The official `openai` SDK works unchanged with `base_url="http://host:8000/v1"` and a user JWT as
its api_key.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from starlette.datastructures import State
from starlette.responses import Response
from starlette.types import Receive

from llmvpn.config import WebSettings
from llmvpn.errors import NotFound
from llmvpn.keyserver.client import KeyServerClient, ProviderInfo
from llmvpn.providers.tokens import TokenCounter
from llmvpn.providers.upstream import UpstreamClient
from llmvpn.web.chat import ChatCall, chat_completion
from llmvpn.web.deps import KeyServerDep, MetricsDep, PrincipalDep, PrivacyDep, SettingsDep, TokensDep, UpstreamDep
from llmvpn.web.errors import ErrorResponse, request_id_of
from llmvpn.web.metrics import Metrics
from llmvpn.web.privacy import PrivacyService
from llmvpn.web.schemas_openai import (
    SSE_CONTENT, ChatCompletion, Model, ModelList, parse_chat_request, request_body_schema,
)

router = APIRouter(prefix="/v1", tags=["openai"])

_CHAT_RESPONSES: dict[int | str, dict] = {
    200: {"model": ChatCompletion, "description": "The completion, or with `stream: true` server-sent events "
                                                  "of chat.completion.chunk ending with `data: [DONE]`",
          "content": SSE_CONTENT},
    **{status: {"model": ErrorResponse} for status in (404, 415, 429, 502, 504)},
}


@router.post("/chat/completions", responses=_CHAT_RESPONSES, response_model=None,
             openapi_extra={"requestBody": request_body_schema()})
async def chat_completions(request: Request, principal: PrincipalDep, settings: SettingsDep,
                           keyserver: KeyServerDep, upstream: UpstreamDep, metrics: MetricsDep,
                           privacy: PrivacyDep, tokens: TokensDep) -> Response:
    """Create a chat completion through a pooled key (OpenAI's API, streaming included).

    Every message passes the privacy pipeline first; a request may choose its policy with a `privacy`
    object (`{"pii": "pseudonymize", "entities": [...], "restore": true, "show_sent": false}`)."""
    # The documented operation. Requests are answered by web/edge.py before they reach the router, with
    # the same work (_complete) and dependencies (serve_chat below); this body runs for an app that is
    # not the Gateway.
    return await _complete(await request.body(), request.headers.get("content-type"), owner=principal.sub,
                           request_id=request_id_of(request) or "", receive=request.receive, settings=settings,
                           keyserver=keyserver, upstream=upstream, metrics=metrics, privacy=privacy,
                           tokens=tokens)


async def _complete(raw: bytes, content_type: str | None, *, owner: str, request_id: str, receive: Receive,
                    settings: WebSettings, keyserver: KeyServerClient, upstream: UpstreamClient,
                    metrics: Metrics, privacy: PrivacyService, tokens: TokenCounter) -> Response:
    """The work of both forms of the route, from the raw body to the answer."""
    # The body is parsed here, once, by orjson: FastAPI's own parsing would decode it a second time.
    body, checked = parse_chat_request(raw, content_type, settings)
    call = ChatCall(body=body, request=checked, owner=owner, request_id=request_id, keyserver=keyserver,
                    client=upstream, settings=settings, metrics=metrics, hooks=privacy.hooks(body), tokens=tokens,
                    receive=receive)
    return await chat_completion(call)


async def serve_chat(state: State, raw: bytes, content_type: str | None, authorization: str, *,
                     request_id: str, receive: Receive) -> Response:
    """`chat_completions` without FastAPI's request handling, for web/edge.py, which answers this route
    ahead of Starlette's stack (it says why). The work (`_complete`) and the dependencies are those of
    `chat_completions`, read from `app.state` as web/deps.py reads them; errors are raised as there."""
    # Split as HTTPBearer splits it for get_principal.
    scheme, _, token = authorization.partition(" ")
    principal = state.verifier.bearer(scheme, token)
    return await _complete(raw, content_type, owner=principal.sub, request_id=request_id, receive=receive,
                           settings=state.settings, keyserver=state.keyserver, upstream=state.upstream,
                           metrics=state.metrics, privacy=state.privacy, tokens=state.tokens)


def _created(provider: ProviderInfo) -> int:
    try:
        return int(datetime.fromisoformat(provider.created_at).timestamp())
    except ValueError:
        return 0


async def served_models(keyserver: KeyServerDep) -> list[Model]:
    """Every model a chat request may name, as /v1/models lists them."""
    # A provider counts when it can serve: active, with at least one key not taken out of rotation.
    providers = [p for p in await keyserver.list_providers(active_only=True)
                 if any(k.status != "disabled" for k in p.keys)]
    servers: dict[str, set[str]] = {}
    for provider in providers:
        for name in provider.models:
            servers.setdefault(name, set()).add(provider.name)
    models: list[Model] = []
    for provider in sorted(providers, key=lambda p: p.name):
        created = _created(provider)
        for name in provider.models:
            models.append(Model(id=f"{provider.name}/{name}", created=created, owned_by=provider.name))
            if servers[name] == {provider.name}:
                models.append(Model(id=name, created=created, owned_by=provider.name))
    return models


@router.get("/models")
async def list_models(principal: PrincipalDep, keyserver: KeyServerDep) -> ModelList:
    """List every model of every active provider, as `provider/model` and, where unique, `model`."""
    return ModelList(data=await served_models(keyserver))


@router.get("/models/{model:path}", responses={404: {"model": ErrorResponse}})
async def get_model(model: str, principal: PrincipalDep, keyserver: KeyServerDep) -> Model:
    """Describe one model by the name /v1/models lists it under."""
    for entry in await served_models(keyserver):
        if entry.id == model:
            return entry
    raise NotFound(f"model {model!r} is not served by any active provider", param="model",
                   code="model_not_found")
