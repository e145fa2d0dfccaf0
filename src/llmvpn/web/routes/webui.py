"""The Web API, for a browser app: sessions with a chosen set of models, and their turns.

    POST   /api/web/initialize-session   a new session (optionally with its models)
    PUT    /api/web/session/models       set the session's models (each as /v1/models names it)
    POST   /api/web/generate             one turn: a `prompt` or `messages`, streamed or not
    GET    /api/web/session/{id}         the session: models, history, created/expires
    DELETE /api/web/session/{id}         end it now (it also ends by itself, KEY_SERVER_SESSION_TTL_SECONDS
                                         after its last turn)

Which model answers a turn: the request's `model` if given, which must be one of the session's
models; otherwise the session's first. A session belongs to the token (JWT `sub`) that created it;
for anyone else every route answers 404, exactly as for an id that never existed, and changes
nothing. Sessions are shared with the Direct API's stateful-query: either can continue the other's.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from starlette.responses import Response as StarletteResponse

from llmvpn.config import WebSettings
from llmvpn.errors import InvalidRequest
from llmvpn.keyserver.client import KeyServerClient
from llmvpn.web.chat import chat_completion
from llmvpn.web.deps import KeyServerDep, MetricsDep, PrincipalDep, PrivacyDep, SettingsDep, TokensDep, UpstreamDep
from llmvpn.web.errors import ErrorResponse
from llmvpn.web.privacy import PrivacyService, SessionScope
from llmvpn.web.routes.direct import stateful_call
from llmvpn.web.routes.openai import served_models
from llmvpn.web.schemas.direct import StatefulCompletion
from llmvpn.web.schemas.webui import Generate, InitializeSession, SessionView, SetModels, timestamp
from llmvpn.web.schemas_openai import SSE_CONTENT, ChatRequest, parse_chat_request
from llmvpn.web.sessions import Conversation, new_conversation, open_conversation

router = APIRouter(prefix="/api/web", tags=["web"])


def _errors(*statuses: int) -> dict[int | str, dict]:
    return {status: {"model": ErrorResponse} for status in (401, *statuses, 503)}


def _view(conversation: Conversation, privacy: PrivacyService) -> SessionView:
    """The session as its owner sees it: the history with the originals back in place of surrogates."""
    info = conversation.info
    messages = privacy.restore_history(conversation.messages,
                                       SessionScope(conversation.privacy, info.id, conversation.owner))
    return SessionView(session_id=info.id, models=conversation.models, messages=messages,
                       created_at=timestamp(info.created_at), expires_at=timestamp(info.expires_at))


async def _check_models(keyserver: KeyServerClient, models: list[str]) -> None:
    """400 naming the first model that /v1/models does not list."""
    if not models:
        return
    served = [model.id for model in await served_models(keyserver)]
    known = set(served)
    for index, name in enumerate(models):
        if name not in known:
            listed = ", ".join(served[:20]) or "none configured"
            raise InvalidRequest(f"models[{index}]: {name!r} is not served by any active provider "
                                 f"(available: {listed})", param=f"models[{index}]", code="model_not_found")


@router.post("/initialize-session", status_code=201, responses=_errors(400))
async def initialize_session(principal: PrincipalDep, keyserver: KeyServerDep, privacy: PrivacyDep,
                             body: InitializeSession | None = None) -> SessionView:
    """Start a session for the caller, optionally with its models (the first is the default)."""
    models = body.models if body is not None else []
    await _check_models(keyserver, models)
    return _view(await new_conversation(keyserver, principal.sub, models), privacy)


@router.put("/session/models", responses=_errors(400, 404))
async def set_models(body: SetModels, principal: PrincipalDep, keyserver: KeyServerDep,
                     privacy: PrivacyDep) -> SessionView:
    """Set the models of one of the caller's sessions (each as /v1/models names it)."""
    await _check_models(keyserver, body.models)
    conversation = await open_conversation(keyserver, principal.sub, body.session_id)
    await conversation.set_models(body.models)
    return _view(conversation, privacy)


@router.get("/session/{session_id}", responses=_errors(404))
async def get_session(session_id: str, principal: PrincipalDep, keyserver: KeyServerDep,
                      privacy: PrivacyDep) -> SessionView:
    """Show one of the caller's sessions: models, history (as the caller wrote it) and times (never a key)."""
    return _view(await open_conversation(keyserver, principal.sub, session_id), privacy)


@router.delete("/session/{session_id}", status_code=204, response_class=Response, responses=_errors(404))
async def delete_session(session_id: str, principal: PrincipalDep, keyserver: KeyServerDep) -> Response:
    """End one of the caller's sessions now, history and key binding with it."""
    await keyserver.delete_session(session_id, principal.sub)
    return Response(status_code=204)


@router.post("/generate", response_model=None, responses={
    200: {"model": StatefulCompletion, "content": SSE_CONTENT,
          "description": "A chat completion with its `session_id`, or its stream with `stream: true`"},
    **_errors(400, 404, 413, 429, 502, 504)})
async def generate(request: Request, body: Generate, principal: PrincipalDep, settings: SettingsDep,
                   keyserver: KeyServerDep, upstream: UpstreamDep, metrics: MetricsDep,
                   privacy: PrivacyDep, tokens: TokensDep) -> StarletteResponse:
    """Answer one turn of a session with one of its models, the history sent before it."""
    conversation = await open_conversation(keyserver, principal.sub, body.session_id)
    model = _model_for(body, conversation)
    chat_body, checked = _chat_request(await request.body(), body, model, settings)
    return await chat_completion(stateful_call(conversation, request, chat_body, checked, owner=principal.sub,
                                               settings=settings, keyserver=keyserver, upstream=upstream,
                                               metrics=metrics, privacy=privacy, tokens=tokens))


def _model_for(body: Generate, conversation: Conversation) -> str:
    models = conversation.models
    if not models:
        raise InvalidRequest("model: the session has no models yet; set them with "
                             "PUT /api/web/session/models", param="model", code="no_models")
    if body.model is None:
        return models[0]
    if body.model not in models:
        raise InvalidRequest(f"model: {body.model!r} is not one of the session's models "
                             f"({', '.join(models)})", param="model", code="model_not_in_session")
    return body.model


def _chat_request(raw: bytes, body: Generate, model: str,
                  settings: WebSettings) -> tuple[dict[str, Any], ChatRequest]:
    """The turn as a chat-completions body, checked against the same limits as /v1/chat/completions."""
    chat = body.chat_body(model)
    if body.messages is not None:
        # The messages as sent: fields the check does not model (name, tool_call_id, image parts) stay.
        chat["messages"] = orjson.loads(raw)["messages"]
    try:
        return parse_chat_request(orjson.dumps(chat), "application/json", settings)
    except InvalidRequest as exc:
        if body.prompt is not None and exc.param and exc.param.startswith("messages"):
            exc.param = "prompt"
            exc.message = "prompt:" + exc.message.split(":", 1)[-1]
        raise
