"""Every exception that reaches HTTP, mapped here and nowhere else, to OpenAI's error shape:

    {"error": {"message": ..., "type": ..., "param": ..., "code": ...}}

    ApiError (llmvpn.errors) ······ its own status; Retry-After on RateLimited and
                                    KeyServerUnavailable, WWW-Authenticate on Unauthenticated
    RequestValidationError ········ 400 invalid_request_error naming the field (OpenAI clients
                                    expect 400, not FastAPI's 422)
    HTTPException (routing) ······· its status: unknown route 404, wrong method 405
    anything else ················· 500 api_error with the request id; the traceback goes to the
                                    log (through the masking filter), never into the body

The handlers serve every route of the app but chat completions, which web/edge.py serves ahead of
Starlette's stack; it asks `response_for` here, which answers as the handlers do.

The OpenAPI document lists these statuses where they can happen (`_document_errors`): 400 for any
operation with parameters or a body, 413 for a body, and the status of each shared dependency a
route uses (401 PrincipalDep, 403 AdminDep, 503 KeyServerDep); a route declares the rest itself.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from llmvpn.errors import (
    ApiError, Conflict, InvalidRequest, KeyServerUnavailable, NotFound, PayloadTooLarge, PermissionDenied,
    PreconditionFailed, RateLimited, Unauthenticated, UnsupportedMediaType,
)

log = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def request_id_of(request: Request) -> str | None:
    """The id the request-id middleware gave this request (None outside it)."""
    return getattr(request.state, "request_id", None)


def _retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


def error_response(exc: ApiError, *, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON response for an ApiError, with the headers its class calls for."""
    extra = dict(headers or {})
    if isinstance(exc, (RateLimited, KeyServerUnavailable)):
        extra["Retry-After"] = _retry_after_header(exc.retry_after)
    if isinstance(exc, Unauthenticated):
        extra["WWW-Authenticate"] = "Bearer"
    body = {"error": {"message": exc.message, "type": exc.type, "param": exc.param, "code": exc.code}}
    return JSONResponse(body, status_code=exc.status_code, headers=extra)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc)


def _field_name(loc: tuple[Any, ...]) -> str | None:
    # ("body", "messages", 0, "content") -> "messages[0].content"; the leading "body"/"query" goes.
    parts = list(loc[1:]) if loc and loc[0] in ("body", "query", "path", "header", "cookie") else list(loc)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or None


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return _invalid(exc)


def _invalid(exc: RequestValidationError) -> JSONResponse:
    problems = exc.errors()
    first = problems[0] if problems else {"msg": "invalid request", "loc": ()}
    if first.get("type") == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "")
        return error_response(InvalidRequest(f"request body is not valid JSON: {reason}".rstrip(": "),
                                             code="invalid_json"))
    param = _field_name(tuple(first.get("loc", ())))
    message = f"{param}: {first['msg']}" if param else str(first["msg"])
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more)"
    return error_response(InvalidRequest(message, param=param))


# Routing and Starlette raise HTTPException with a bare status; give it the class of our tree.
_BY_STATUS: dict[int, type[ApiError]] = {
    cls.status_code: cls
    for cls in (InvalidRequest, Unauthenticated, PermissionDenied, NotFound, Conflict, PreconditionFailed,
                PayloadTooLarge, UnsupportedMediaType)
}


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 404 and exc.detail == "Not Found":
        error: ApiError = NotFound(f"unknown URL: {request.method} {request.url.path}", code="unknown_url")
    elif exc.status_code == 405:
        error = InvalidRequest(f"method {request.method} not allowed on {request.url.path}",
                               code="method_not_allowed")
        error.status_code = 405
    elif exc.status_code in _BY_STATUS:
        error = _BY_STATUS[exc.status_code](str(exc.detail))
    else:
        error = ApiError(str(exc.detail))
        error.status_code = exc.status_code
        error.type = "invalid_request_error" if exc.status_code < 500 else "api_error"
    return error_response(error, headers=headers)


def internal_error_response(exc: BaseException, method: str, path: str, request_id: str) -> JSONResponse:
    """The 500 for an exception nothing else maps; the traceback goes to the log (masked), not the body."""
    # The path only: a query string may carry something secret-shaped.
    log.error("unhandled %s in %s %s (request id %s)", type(exc).__name__, method, path, request_id, exc_info=exc)
    response = error_response(ApiError(f"internal error (request id {request_id})"))
    # This answer is made outside the request-id middleware, so it sets the header itself.
    response.headers[REQUEST_ID_HEADER] = request_id
    return response


def response_for(exc: Exception, method: str, path: str, request_id: str) -> JSONResponse:
    """What a route served outside Starlette's stack (web/edge.py) answers for an exception it raised:
    what the handlers below answer for the same exception."""
    if isinstance(exc, ApiError):
        return error_response(exc)
    if isinstance(exc, RequestValidationError):
        return _invalid(exc)
    # (HTTPException comes from routing, which such a route does not go through.)
    return internal_error_response(exc, method, path, request_id)


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    return internal_error_response(exc, request.method, request.url.path, request_id_of(request) or "unknown")


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler above on `app`, and document the error statuses in its OpenAPI."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _internal_error)
    _document_errors(app)


def _shared_errors() -> dict[Any, tuple[int, str]]:
    """The error each shared dependency may answer with, by the dependency: a route that uses one
    answers its status, whatever the route itself declares."""
    # Imported here: deps pulls in the privacy pipeline, which this module's other users never need.
    from llmvpn.web import deps

    return {
        deps.get_principal: (Unauthenticated.status_code, "Missing, invalid or expired bearer token"),
        deps.get_admin: (PermissionDenied.status_code, "The token has no admin claim"),
        deps.get_keyserver: (KeyServerUnavailable.status_code, "The key server is unavailable; retry after "
                                                               "`Retry-After` seconds"),
    }


def _dependency_calls(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _dependency_calls(sub)


def _documented_errors(dependant: Dependant, operation: dict[str, Any], shared: dict[Any, tuple[int, str]]
                       ) -> dict[int, str]:
    """The error statuses a route answers without saying so itself: request checks, the body limit
    (BodyLimitMiddleware) and the shared dependencies."""
    found: dict[int, str] = {}
    if operation.get("parameters") or operation.get("requestBody"):
        found[InvalidRequest.status_code] = "Invalid request"
    if operation.get("requestBody"):
        found[PayloadTooLarge.status_code] = "Request body over the configured limit"
    for call in _dependency_calls(dependant):
        if call in shared:
            status, text = shared[call]
            found[status] = text
    return found


def _document_errors(app: FastAPI) -> None:
    """Make the schema tell the truth about errors: FastAPI's documented 422 becomes the 400 this app
    answers, and each operation lists the statuses its checks, the body limit and its shared
    dependencies answer, all with the ErrorResponse body."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        error_content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
        shared = _shared_errors()
        paths = schema.get("paths", {})
        # Route contexts, not app.routes: included routers sit there unflattened, their own and their
        # router's dependencies joined only in the context.
        for route in iter_route_contexts(app.routes):
            dependant = getattr(route, "dependant", None)
            if dependant is None or not getattr(route, "include_in_schema", False):
                continue
            for method in route.methods or ():
                operation = paths.get(route.path_format, {}).get(method.lower())
                if operation is None:
                    continue
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                for status, text in _documented_errors(dependant, operation, shared).items():
                    # A route's own entry (e.g. /api/health's 503 with its Health body) stays.
                    responses.setdefault(str(status), {"description": text, "content": error_content})
                operation["responses"] = dict(sorted(responses.items(), key=lambda item: item[0]))
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        definitions = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(definitions.pop("$defs", {}))
        components["ErrorResponse"] = definitions
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
