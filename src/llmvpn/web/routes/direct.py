"""The Direct API: chat completions with the gateway's two modes made explicit.

    POST /api/v1/stateless-query   a fresh lease per query, released after the answer; nothing kept
    POST /api/v1/stateful-query    a conversation: the first call may omit `session_id` and gets one
                                   back; later calls send it with only their NEW messages, and the
                                   server sends the history before them. The session keeps one key per
                                   model until that key fails.

Requests and answers are chat completions' (streaming included) plus a top-level `session_id` on the
stateful route, in the answer, in every streamed chunk, and in the `X-Session-ID` header. A session
of another principal is a 404 exactly like one that never existed.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from llmvpn.config import WebSettings
from llmvpn.keyserver.client import KeyServerClient, Mode
from llmvpn.providers.tokens import TokenCounter
from llmvpn.providers.upstream import UpstreamClient
from llmvpn.web.chat import ChatCall, chat_completion
from llmvpn.web.deps import KeyServerDep, MetricsDep, PrincipalDep, PrivacyDep, SettingsDep, TokensDep, UpstreamDep
from llmvpn.web.errors import ErrorResponse, request_id_of
from llmvpn.web.hooks import HookStack
from llmvpn.web.metrics import Metrics
from llmvpn.web.privacy import PrivacyService, SessionScope
from llmvpn.web.schemas.direct import StatefulCompletion, direct_body_schema, parse_direct_request
from llmvpn.web.schemas_openai import SSE_CONTENT, ChatCompletion, ChatRequest
from llmvpn.web.sessions import Conversation, SessionHooks, new_conversation, open_conversation

router = APIRouter(prefix="/api/v1", tags=["direct"])

SESSION_HEADER = "X-Session-ID"
_STREAM = SSE_CONTENT
_ERRORS: dict[int | str, dict] = {
    status: {"model": ErrorResponse} for status in (401, 404, 413, 415, 429, 502, 503, 504)}


def stateful_call(conversation: Conversation, request: Request, body: dict[str, Any], checked: ChatRequest, *,
                  owner: str, settings: WebSettings, keyserver: KeyServerClient, upstream: UpstreamClient,
                  metrics: Metrics, privacy: PrivacyService, tokens: TokenCounter) -> ChatCall:
    """A chat call within `conversation`: its key binding, its history, its id on the answer, and the
    session's pseudonym mapping."""
    scope = SessionScope(conversation.privacy, conversation.id, owner)
    hooks = HookStack(privacy.hooks(body, scope), SessionHooks(conversation, settings.session_max_messages))
    return ChatCall(body=body, request=checked, owner=owner, request_id=request_id_of(request) or "",
                    keyserver=keyserver, client=upstream, settings=settings, metrics=metrics,
                    mode=Mode.STATEFUL, session_id=conversation.id, hooks=hooks,
                    headers={SESSION_HEADER: conversation.id}, tokens=tokens, receive=request.receive)


@router.post("/stateless-query", response_model=None,
             openapi_extra={"requestBody": direct_body_schema(stateful=False)},
             responses={200: {"model": ChatCompletion, "content": _STREAM,
                              "description": "A chat completion, or its stream with `stream: true`"}, **_ERRORS})
async def stateless_query(request: Request, principal: PrincipalDep, settings: SettingsDep,
                          keyserver: KeyServerDep, upstream: UpstreamDep, metrics: MetricsDep,
                          privacy: PrivacyDep, tokens: TokensDep) -> Response:
    """Answer one chat request under a fresh lease, keeping no conversation."""
    body, checked, _ = parse_direct_request(await request.body(), request.headers.get("content-type"),
                                            settings, stateful=False)
    call = ChatCall(body=body, request=checked, owner=principal.sub, request_id=request_id_of(request) or "",
                    keyserver=keyserver, client=upstream, settings=settings, metrics=metrics,
                    hooks=privacy.hooks(body), tokens=tokens, receive=request.receive)
    return await chat_completion(call)


@router.post("/stateful-query", response_model=None,
             openapi_extra={"requestBody": direct_body_schema(stateful=True)},
             responses={200: {"model": StatefulCompletion, "content": _STREAM,
                              "description": "A chat completion with its `session_id`, or its stream"}, **_ERRORS})
async def stateful_query(request: Request, principal: PrincipalDep, settings: SettingsDep,
                         keyserver: KeyServerDep, upstream: UpstreamDep, metrics: MetricsDep,
                         privacy: PrivacyDep, tokens: TokensDep) -> Response:
    """Continue a conversation (or start one without `session_id`): send only the new messages."""
    body, checked, session_id = parse_direct_request(await request.body(), request.headers.get("content-type"),
                                                     settings, stateful=True)
    privacy.choice(body.get("privacy"))  # a bad `privacy` is a 400 before a session is made for it
    if session_id is None:
        conversation = await new_conversation(keyserver, principal.sub)
    else:
        conversation = await open_conversation(keyserver, principal.sub, session_id)
    return await chat_completion(stateful_call(conversation, request, body, checked, owner=principal.sub,
                                               settings=settings, keyserver=keyserver, upstream=upstream,
                                               metrics=metrics, privacy=privacy, tokens=tokens))
