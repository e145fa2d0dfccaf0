"""Cross-cutting concerns of every RPC: our exceptions to gRPC status, and one log line per call.

The error contract with `client.py`: the status details carry the safe message, and trailing metadata
names our class (`llmvpn-error`), the field at fault (`llmvpn-param`) and, for rate limits, the wait
(`llmvpn-retry-after`), so the web server re-raises exactly what the key server raised.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc

from llmvpn import errors

log = logging.getLogger("llmvpn.keyserver.rpc")

# Most specific first: the first class an exception is an instance of decides.
_STATUS: list[tuple[type[errors.LlmvpnError], grpc.StatusCode]] = [
    (errors.PreconditionFailed, grpc.StatusCode.FAILED_PRECONDITION),
    (errors.Conflict, grpc.StatusCode.ALREADY_EXISTS),
    (errors.InvalidRequest, grpc.StatusCode.INVALID_ARGUMENT),
    (errors.PayloadTooLarge, grpc.StatusCode.INVALID_ARGUMENT),
    (errors.Unauthenticated, grpc.StatusCode.UNAUTHENTICATED),
    (errors.PermissionDenied, grpc.StatusCode.PERMISSION_DENIED),
    (errors.NotFound, grpc.StatusCode.NOT_FOUND),
    (errors.RateLimited, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (errors.KeyServerUnavailable, grpc.StatusCode.UNAVAILABLE),
    (errors.ApiError, grpc.StatusCode.INTERNAL),
]


def status_for(exc: BaseException) -> tuple[grpc.StatusCode, str, list[tuple[str, str]]]:
    """The status, safe message and trailing metadata that stand for `exc` on the wire."""
    if isinstance(exc, errors.MasterKeyUnavailable):
        # The client sees a temporary outage, never a crypto detail.
        exc = errors.KeyServerUnavailable(f"master key backend unavailable: {exc.message}")
    elif isinstance(exc, errors.CryptoError):
        exc = errors.KeyServerUnavailable("a stored key could not be decrypted; see the key server log")
    if not isinstance(exc, errors.ApiError):
        return grpc.StatusCode.INTERNAL, "internal error in the key server", []
    code = next(code for cls, code in _STATUS if isinstance(exc, cls))
    metadata = [("llmvpn-error", type(exc).__name__)]
    if exc.param:
        metadata.append(("llmvpn-param", exc.param))
    if exc.code and exc.code != type(exc).code:
        metadata.append(("llmvpn-code", exc.code))
    if isinstance(exc, errors.RateLimited):
        metadata.append(("llmvpn-retry-after", f"{exc.retry_after:.3f}"))
    return code, exc.message, metadata


class ErrorInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self) -> None:
        # gRPC asks for the handler on every call; wrapping it once per method keeps that off the
        # lease path (the set of methods is fixed, so the cache stays small).
        self._wrapped: dict[str, grpc.RpcMethodHandler] = {}

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        wrapped = self._wrapped.get(details.method)
        if wrapped is None:
            wrapped = await self._wrap(continuation, details)
            if wrapped is not None:
                self._wrapped[details.method] = wrapped
        return wrapped

    async def _wrap(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(details)
        if handler is None:
            return handler
        method = details.method.rsplit("/", 1)[-1]
        if handler.unary_unary is not None:
            return grpc.unary_unary_rpc_method_handler(
                _wrap_unary(handler.unary_unary, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream is not None:
            return grpc.unary_stream_rpc_method_handler(
                _wrap_stream(handler.unary_stream, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_stream is not None:
            return grpc.stream_stream_rpc_method_handler(
                _wrap_bidi(handler.stream_stream, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return handler


def failed(method: str, exc: BaseException, started: float) -> tuple[grpc.StatusCode, str, list[tuple[str, str]]]:
    """Log a failed call (or a failed op of a stream) and give the status that stands for it."""
    code, message, metadata = status_for(exc)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if code is grpc.StatusCode.INTERNAL:
        log.error("rpc %s failed after %.1f ms", method, elapsed_ms, exc_info=exc)
    else:
        log.info("rpc %s -> %s (%s) in %.1f ms", method, code.name, message, elapsed_ms)
    return code, message, metadata


async def _fail(context: grpc.aio.ServicerContext, method: str, exc: BaseException, started: float) -> None:
    code, message, metadata = failed(method, exc, started)
    await context.abort(code, message, trailing_metadata=tuple(metadata))


def _wrap_unary(inner: Callable[..., Awaitable[Any]], method: str) -> Callable[..., Awaitable[Any]]:
    async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
        started = time.perf_counter()
        try:
            response = await inner(request, context)
        except errors.LlmvpnError as exc:
            await _fail(context, method, exc, started)
        except Exception as exc:  # last resort: a bug must cost one RPC, not leak a traceback to the peer
            await _fail(context, method, exc, started)
        else:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("rpc %s ok in %.2f ms", method, (time.perf_counter() - started) * 1000)
            return response

    return unary


def _wrap_stream(inner: Callable[..., AsyncIterator[Any]], method: str) -> Callable[..., AsyncIterator[Any]]:
    async def stream(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        started = time.perf_counter()
        try:
            async for item in inner(request, context):
                yield item
        except errors.LlmvpnError as exc:
            await _fail(context, method, exc, started)
        except Exception as exc:  # last resort, as above
            await _fail(context, method, exc, started)

    return stream


def _wrap_bidi(inner: Callable[..., Awaitable[None]], method: str) -> Callable[..., Awaitable[None]]:
    # A coroutine (not a generator): the handler reads and writes through the context itself.
    async def bidi(requests: AsyncIterator[Any], context: grpc.aio.ServicerContext) -> None:
        started = time.perf_counter()
        try:
            await inner(requests, context)
        except errors.LlmvpnError as exc:
            await _fail(context, method, exc, started)
        except Exception as exc:  # last resort, as above
            await _fail(context, method, exc, started)

    return bidi
