"""The web server's (and the CLI's) way to the key server: gRPC over its Unix socket, as plain values.

One `KeyServerClient` per process (per worker under gunicorn) holds one `grpc.aio` channel, opened
lazily inside the running event loop on the first call and closed by `aclose()`. Every call carries
the deadline, and none waits for the server to become ready: a missing or dead socket answers
UNAVAILABLE at once, so the caller can say 503 instead of holding a worker.

`acquire()` and `release()` travel on one long-lived Leases stream (lease_stream_client.py), many per
message under load, because two unary calls per request cost the key server most of its CPU; the
stream runs on the key server's lease socket (lease_socket.py: the same messages in plain frames, a
fraction of gRPC's cost per message) when it has one, else on gRPC. They
behave as the unary calls did: same errors, the same deadline per call, UNAVAILABLE at once while the
key server is down; a broken stream fails what it carried and the next call opens a new one. A key
server without the stream (an older one) is called with the unary Acquire / Release instead.

Callers get the dataclasses below, never protobuf messages, and errors from `llmvpn.errors`, never
`grpc.RpcError`: `map_grpc_errors()` is the one place that translates them.

The error contract the key server keeps (its side lives with the server):

    trailing metadata   llmvpn-error        the class name of an ApiError in llmvpn.errors,
                                            e.g. "NotFound", "Conflict", "PreconditionFailed",
                                            "InvalidRequest", "RateLimited", "NoCapacity"
                        llmvpn-param        optional: the request field at fault
                        llmvpn-code         optional: the OpenAI-style error code (e.g. model_not_found)
                        llmvpn-retry-after  optional: seconds as a float string (RateLimited,
                                            KeyServerUnavailable and its subclasses)
    status details      the message, safe to show to a client (no key, token or secret)
    status code         the nearest gRPC code; used alone when llmvpn-error is absent or unknown:

        NOT_FOUND → NotFound                 ALREADY_EXISTS → Conflict
        FAILED_PRECONDITION → PreconditionFailed
        INVALID_ARGUMENT → InvalidRequest    RESOURCE_EXHAUSTED → RateLimited
        UNAUTHENTICATED → Unauthenticated    PERMISSION_DENIED → PermissionDenied
        UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED and anything else → KeyServerUnavailable

Messages received in large documents (backups) may be up to MAX_MESSAGE_BYTES; the server must
allow the same.
"""

from __future__ import annotations

import asyncio
import json
import contextlib
import enum
import logging
import os
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import grpc
import grpc.aio

from llmvpn import errors
from llmvpn.keys import ProviderKey
from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver._proto import keyserver_pb2_grpc as pb_grpc
from llmvpn.keyserver.lease_socket import SocketWire, lease_socket_path
from llmvpn.keyserver.lease_stream_client import GrpcWire, LeaseStream, StreamStatus, StreamUnsupported

log = logging.getLogger(__name__)

ERROR_KEY = "llmvpn-error"
PARAM_KEY = "llmvpn-param"
CODE_KEY = "llmvpn-code"
RETRY_AFTER_KEY = "llmvpn-retry-after"

MAX_MESSAGE_BYTES = 64 * 1024 * 1024

_CHANNEL_OPTIONS = (
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    # gRPC's default reconnect backoff grows to two minutes; on a local socket a restarted key server
    # should be found again within a second, without restarting the web workers.
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
)


# --- values -------------------------------------------------------------------------------------


class Mode(enum.StrEnum):
    STATELESS = "stateless"
    STATEFUL = "stateful"


class Outcome(enum.StrEnum):
    """How a leased call went; the key server cools down or disables keys from this."""

    OK = "ok"
    RATE_LIMITED = "rate_limited"
    UPSTREAM_ERROR = "upstream_error"
    AUTH_FAILED = "auth_failed"
    PAYMENT_REQUIRED = "payment_required"
    TIMEOUT = "timeout"
    CONNECTION_ERROR = "connection_error"
    CANCELLED = "cancelled"
    CLIENT_ERROR = "client_error"


@dataclass(frozen=True, slots=True)
class HealthInfo:
    status: str  # "ok" | "degraded"
    version: str
    uptime_seconds: float
    components: Mapping[str, str]  # database, state, master_key -> "up" | "down: reason"
    leases_in_flight: int
    providers: int
    keys: int


@dataclass(frozen=True, slots=True)
class Lease:
    """A provider endpoint and its key for one request or session; give it back with `release()`."""

    lease_id: str
    provider_id: str
    provider_name: str
    kind: str  # "openai" | "anthropic"
    base_url: str
    model: str  # the name the upstream knows
    api_key: ProviderKey = field(repr=False)  # ProviderKey prints only its fingerprint anyway
    key_id: str
    key_fingerprint: str
    expires_at: float  # unix seconds


@dataclass(frozen=True, slots=True)
class KeyInfo:
    id: str
    fingerprint: str
    label: str
    rpm_limit: int  # 0 = unlimited
    tpm_limit: int  # 0 = unlimited
    status: str  # "active" | "disabled" | "cooling"
    disabled_reason: str


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    id: str
    name: str
    kind: str
    base_url: str
    models: tuple[str, ...]
    is_active: bool
    version: int  # optimistic concurrency: pass back as expected_version
    keys: tuple[KeyInfo, ...]
    created_at: str  # ISO 8601, UTC
    updated_at: str
    last_test_status: str = ""  # "" (never tested) | "online" | "offline" | "unauthorized" | "error"
    last_tested_at: str = ""  # ISO 8601, UTC; "" if never tested


@dataclass(frozen=True, slots=True)
class NewKey:
    secret: ProviderKey
    label: str = ""
    rpm_limit: int = 0
    tpm_limit: int = 0


@dataclass(frozen=True, slots=True)
class ImportEntry:
    provider: str  # provider name
    key: NewKey


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    unchanged: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    providers: int
    keys: int


@dataclass(frozen=True, slots=True)
class RotateProgress:
    done: int
    total: int
    new_version: int


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    owner: str
    created_at: float
    expires_at: float
    bindings: dict[str, str]  # model -> "provider/fingerprint"
    data: dict
    version: int


@dataclass(frozen=True, slots=True)
class UsageCounters:
    requests: int
    errors: int
    prompt_tokens: int
    completion_tokens: int
    latency_ms_total: float


@dataclass(frozen=True, slots=True)
class UsageReport:
    by_user: dict[str, UsageCounters]
    by_provider: dict[str, UsageCounters]
    by_key: dict[str, UsageCounters]


@dataclass(frozen=True, slots=True)
class Spend:
    """One principal's spending in the current UTC day (reservations included)."""

    requests: int
    tokens: int
    resets_at: float  # unix seconds: the next 00:00 UTC


@dataclass(frozen=True, slots=True)
class Admission:
    reservation_id: str
    spend: Spend


def _spend(msg: pb.Spend) -> Spend:
    return Spend(requests=msg.requests, tokens=msg.tokens, resets_at=msg.resets_at)


def _session_info(msg: pb.SessionInfo) -> SessionInfo:
    return SessionInfo(id=msg.id, owner=msg.owner, created_at=msg.created_at, expires_at=msg.expires_at,
                       bindings=dict(msg.bindings), data=json.loads(msg.data) if msg.data else {},
                       version=msg.version)


def _counters(table) -> dict[str, UsageCounters]:
    return {name: UsageCounters(c.requests, c.errors, c.prompt_tokens, c.completion_tokens, c.latency_ms_total)
            for name, c in table.items()}


# --- errors -------------------------------------------------------------------------------------


def _api_error_classes() -> dict[str, type[errors.ApiError]]:
    found: dict[str, type[errors.ApiError]] = {}
    pending = list(errors.ApiError.__subclasses__())
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


_ERRORS_BY_NAME = _api_error_classes()

_ERRORS_BY_CODE: dict[grpc.StatusCode, type[errors.ApiError]] = {
    grpc.StatusCode.NOT_FOUND: errors.NotFound,
    grpc.StatusCode.ALREADY_EXISTS: errors.Conflict,
    grpc.StatusCode.FAILED_PRECONDITION: errors.PreconditionFailed,
    grpc.StatusCode.INVALID_ARGUMENT: errors.InvalidRequest,
    grpc.StatusCode.RESOURCE_EXHAUSTED: errors.RateLimited,
    grpc.StatusCode.UNAUTHENTICATED: errors.Unauthenticated,
    grpc.StatusCode.PERMISSION_DENIED: errors.PermissionDenied,
}

# Transport failures: what the client is told is ours; gRPC's own text names sockets and internals.
_UNAVAILABLE_REASONS = {
    grpc.StatusCode.UNAVAILABLE: "not reachable",
    grpc.StatusCode.DEADLINE_EXCEEDED: "no answer within the deadline",
    grpc.StatusCode.CANCELLED: "call cancelled",
}


def _metadata(exc: grpc.RpcError) -> dict[str, str]:
    trailing = exc.trailing_metadata() if hasattr(exc, "trailing_metadata") else None
    values: dict[str, str] = {}
    for key, value in trailing or ():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        values.setdefault(key.lower(), value)
    return values


def _retry_after(raw: str | None, default: float) -> float:
    try:
        value = float(raw) if raw is not None else default
    except ValueError:
        return default
    return value if value >= 0 and value == value else default  # reject negatives and NaN


def translate_rpc_error(exc: grpc.RpcError) -> errors.ApiError:
    """The ApiError a failed call stands for, following the contract in this module's docstring."""
    code = exc.code() if hasattr(exc, "code") else grpc.StatusCode.UNKNOWN
    details = (exc.details() if hasattr(exc, "details") else None) or ""
    meta = _metadata(exc)
    cls = _ERRORS_BY_NAME.get(meta.get(ERROR_KEY, ""))
    if cls is None and code in _UNAVAILABLE_REASONS:
        log.debug("key server call failed: %s %s", code.name, details)
        return errors.KeyServerUnavailable(f"key server unavailable: {_UNAVAILABLE_REASONS[code]}")
    if cls is None:
        cls = _ERRORS_BY_CODE.get(code)
    if cls is None:
        # UNKNOWN, INTERNAL, ...: a bug on the server side; its text may be a raw exception message.
        log.warning("key server call failed: %s %s", code.name, details)
        return errors.KeyServerUnavailable("key server unavailable: internal error")
    message = details or f"key server: {code.name.lower()}"
    param = meta.get(PARAM_KEY) or None
    error_code = meta.get(CODE_KEY) or None
    if issubclass(cls, errors.RateLimited):
        return cls(message, retry_after=_retry_after(meta.get(RETRY_AFTER_KEY), 1.0), param=param, code=error_code)
    error = cls(message, param=param, code=error_code)
    if isinstance(error, errors.KeyServerUnavailable) and RETRY_AFTER_KEY in meta:
        error.retry_after = _retry_after(meta[RETRY_AFTER_KEY], error.retry_after)
    return error


@contextlib.contextmanager
def map_grpc_errors() -> Iterator[None]:
    """Turn any grpc.RpcError raised inside into its llmvpn ApiError; the only catcher of RpcError."""
    try:
        yield
    except grpc.RpcError as exc:
        raise translate_rpc_error(exc) from None


# --- protobuf → values --------------------------------------------------------------------------


def _key_info(msg: pb.KeyInfo) -> KeyInfo:
    return KeyInfo(id=msg.id, fingerprint=msg.fingerprint, label=msg.label, rpm_limit=msg.rpm_limit,
                   tpm_limit=msg.tpm_limit, status=msg.status, disabled_reason=msg.disabled_reason)


def _provider_info(msg: pb.Provider) -> ProviderInfo:
    return ProviderInfo(
        id=msg.id, name=msg.name, kind=msg.kind, base_url=msg.base_url, models=tuple(msg.models),
        is_active=msg.is_active, version=msg.version, keys=tuple(_key_info(k) for k in msg.keys),
        created_at=msg.created_at, updated_at=msg.updated_at, last_test_status=msg.last_test_status,
        last_tested_at=msg.last_tested_at,
    )


_MODES = {mode: pb.Mode.Value(mode.name) for mode in Mode}
_OUTCOMES = {outcome: pb.Outcome.Value(outcome.name) for outcome in Outcome}


def _new_key(key: NewKey) -> pb.NewKey:
    return pb.NewKey(secret=key.secret.reveal(), label=key.label, rpm_limit=key.rpm_limit,
                     tpm_limit=key.tpm_limit)


# --- the client ---------------------------------------------------------------------------------


class KeyServerClient:
    """Calls the key server at `socket_path`; every call ends within `deadline_seconds`.

    Bulk calls (import, export, restore, rotation) take an optional `timeout` that replaces the
    deadline, for CLI use on large registries.
    """

    def __init__(self, socket_path: str | os.PathLike[str], deadline_seconds: float) -> None:
        if deadline_seconds <= 0:
            raise ValueError("deadline_seconds must be positive")
        self.socket_path = os.fspath(socket_path)
        self.lease_socket_path = lease_socket_path(self.socket_path)
        self.deadline_seconds = deadline_seconds
        self._channel: grpc.aio.Channel | None = None
        self._grpc_stub: pb_grpc.KeyServerStub | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        # Leases go over one stream (lease_stream_client.py) unless the key server predates it.
        self._leases: LeaseStream | None = None
        self._streaming = True
        self._keys: dict[str, ProviderKey] = {}

    def __repr__(self) -> str:
        return f"KeyServerClient(unix:{self.socket_path}, deadline={self.deadline_seconds}s)"

    async def __aenter__(self) -> KeyServerClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the channel; in-flight calls end with KeyServerUnavailable."""
        self._closed = True
        leases, self._leases = self._leases, None
        if leases is not None:
            await leases.aclose()
        channel, self._channel, self._grpc_stub = self._channel, None, None
        if channel is not None:
            await channel.close()

    def _stub(self) -> pb_grpc.KeyServerStub:
        # Created on first use so that it binds to the loop that serves requests (and, under gunicorn,
        # is made after the fork: a gRPC channel must not cross one).
        loop = asyncio.get_running_loop()
        if self._closed:
            raise RuntimeError("KeyServerClient is closed")
        if self._grpc_stub is None:
            self._channel = grpc.aio.insecure_channel(f"unix:{self.socket_path}", options=_CHANNEL_OPTIONS)
            self._grpc_stub = pb_grpc.KeyServerStub(self._channel)
            self._loop = loop
        elif loop is not self._loop:
            raise RuntimeError("KeyServerClient is bound to another event loop; make one per loop")
        return self._grpc_stub

    async def _unary(self, method: str, request: Any, timeout: float | None = None) -> Any:
        call = getattr(self._stub(), method)
        with map_grpc_errors():
            # wait_for_ready=False: fail fast while the key server is down instead of queueing.
            return await call(request, timeout=timeout or self.deadline_seconds, wait_for_ready=False)

    async def _lease_op(self, op: pb.LeaseOp) -> pb.LeaseReply | None:
        """`op`'s reply over the lease stream; None if the key server has no stream (use the unary call)."""
        stub = self._stub()
        stream = self._leases
        if stream is None or stream.broken:
            # The first op, or the first after the stream broke (e.g. the key server restarted). The
            # lease socket when the key server has one (it makes it unless its path is too long).
            wire = SocketWire(self.lease_socket_path) if self.lease_socket_path.exists() else GrpcWire(stub)
            stream = self._leases = LeaseStream(wire)
        with map_grpc_errors():
            try:
                reply = await stream.call(op, self.deadline_seconds)
            except StreamUnsupported:
                log.info("the key server has no lease stream; using unary calls")
                self._streaming = False
                return None
            if reply.HasField("error"):
                raise StreamStatus.of(reply.error)
        return reply

    def _lease(self, msg: pb.Lease) -> Lease:
        # One ProviderKey per key, instead of a fingerprint hash per lease.
        key = self._keys.get(msg.api_key)
        if key is None:
            if len(self._keys) >= 1024:
                self._keys.clear()
            key = self._keys[msg.api_key] = ProviderKey(msg.api_key)
        return Lease(
            lease_id=msg.lease_id, provider_id=msg.provider_id, provider_name=msg.provider_name,
            kind=msg.kind, base_url=msg.base_url, model=msg.model, api_key=key,
            key_id=msg.key_id, key_fingerprint=msg.key_fingerprint, expires_at=msg.expires_at,
        )

    async def health(self) -> HealthInfo:
        msg = await self._unary("Health", pb.HealthRequest())
        return HealthInfo(status=msg.status, version=msg.version, uptime_seconds=msg.uptime_seconds,
                          components=dict(msg.components), leases_in_flight=msg.leases_in_flight,
                          providers=msg.providers, keys=msg.keys)

    async def acquire(
        self, model: str, *, owner: str, mode: Mode = Mode.STATELESS, session_id: str = "",
        provider_id: str = "", key_id: str = "", exclude_key_ids: Sequence[str] = (), request_id: str = "",
    ) -> Lease:
        """Lease an endpoint for `model` ("model" or "provider/model") on behalf of `owner`."""
        request = pb.AcquireRequest(
            model=model, mode=_MODES[mode], session_id=session_id, owner=owner,
            provider_id=provider_id, key_id=key_id, exclude_key_ids=exclude_key_ids, request_id=request_id,
        )
        if self._streaming:
            reply = await self._lease_op(pb.LeaseOp(acquire=request))
            if reply is not None:
                return self._lease(reply.lease)
        return self._lease(await self._unary("Acquire", request))

    async def release(
        self, lease_id: str, outcome: Outcome, *, http_status: int = 0, retry_after_seconds: float = 0.0,
        prompt_tokens: int = 0, completion_tokens: int = 0, latency_ms: float = 0.0,
    ) -> None:
        """Give a lease back with what happened, so the key server can cool down or disable the key."""
        request = pb.ReleaseRequest(
            lease_id=lease_id, outcome=_OUTCOMES[outcome], http_status=http_status,
            retry_after_seconds=retry_after_seconds, prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens, latency_ms=latency_ms,
        )
        if self._streaming and await self._lease_op(pb.LeaseOp(release=request)) is not None:
            return
        await self._unary("Release", request)

    def post_release(
        self, lease_id: str, outcome: Outcome, *, http_status: int = 0, prompt_tokens: int = 0,
        completion_tokens: int = 0, latency_ms: float = 0.0,
    ) -> bool:
        """Queue a release on the open lease stream without waiting (lease_stream_client.post): for a
        lease that ended well, whose release only records usage. False when there is no open stream;
        call `release` then."""
        stream = self._leases
        if not self._streaming or stream is None or stream.broken:
            return False
        return stream.post(pb.LeaseOp(release=pb.ReleaseRequest(
            lease_id=lease_id, outcome=_OUTCOMES[outcome], http_status=http_status, prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens, latency_ms=latency_ms,
        )))

    async def list_providers(self, *, active_only: bool = False) -> list[ProviderInfo]:
        msg = await self._unary("ListProviders", pb.ListProvidersRequest(active_only=active_only))
        return [_provider_info(p) for p in msg.providers]

    async def get_provider(self, provider_id: str) -> ProviderInfo:
        return _provider_info(await self._unary("GetProvider", pb.GetProviderRequest(id=provider_id)))

    async def create_provider(
        self, *, name: str, kind: str, base_url: str, models: Sequence[str] = (), is_active: bool = True,
        keys: Sequence[NewKey] = (),
    ) -> ProviderInfo:
        request = pb.CreateProviderRequest(name=name, kind=kind, base_url=base_url, models=list(models),
                                           is_active=is_active, keys=[_new_key(k) for k in keys])
        return _provider_info(await self._unary("CreateProvider", request))

    async def update_provider(
        self, provider_id: str, *, expected_version: int | None = None, name: str | None = None,
        kind: str | None = None, base_url: str | None = None, models: Sequence[str] | None = None,
        is_active: bool | None = None, add_keys: Sequence[NewKey] = (),
        remove_key_fingerprints: Sequence[str] = (),
    ) -> ProviderInfo:
        """Change the fields given (None leaves a field as it is); PreconditionFailed on a stale version."""
        request = pb.UpdateProviderRequest(
            id=provider_id, expected_version=expected_version, name=name, kind=kind, base_url=base_url,
            set_models=models is not None, models=list(models or ()), is_active=is_active,
            add_keys=[_new_key(k) for k in add_keys], remove_key_fingerprints=list(remove_key_fingerprints),
        )
        return _provider_info(await self._unary("UpdateProvider", request))

    async def delete_provider(self, provider_id: str, *, expected_version: int | None = None) -> None:
        await self._unary("DeleteProvider",
                          pb.DeleteProviderRequest(id=provider_id, expected_version=expected_version))

    async def record_test_result(self, provider_id: str, status: str, status_code: int | None = None,
                                 latency_ms: float | None = None) -> ProviderInfo:
        """Keep the outcome of a provider test with the provider; the provider as it is now."""
        request = pb.RecordTestResultRequest(provider_id=provider_id, status=status, status_code=status_code or 0,
                                             latency_ms=latency_ms or 0.0)
        return _provider_info(await self._unary("RecordTestResult", request))

    async def create_session(self, owner: str, data: dict | None = None) -> SessionInfo:
        """A new stateful session owned by `owner`, holding the web server's JSON `data`."""
        request = pb.CreateSessionRequest(owner=owner, data=json.dumps(data or {}).encode())
        return _session_info(await self._unary("CreateSession", request))

    async def get_session(self, session_id: str, owner: str) -> SessionInfo:
        """The session, if it exists AND belongs to `owner`; NotFound otherwise (the two look the same)."""
        return _session_info(await self._unary("GetSession", pb.GetSessionRequest(id=session_id, owner=owner)))

    async def update_session(self, session_id: str, owner: str, data: dict, *,
                             expected_version: int | None = None) -> SessionInfo:
        request = pb.UpdateSessionRequest(id=session_id, owner=owner, data=json.dumps(data).encode(),
                                          expected_version=expected_version)
        return _session_info(await self._unary("UpdateSession", request))

    async def delete_session(self, session_id: str, owner: str) -> None:
        await self._unary("DeleteSession", pb.DeleteSessionRequest(id=session_id, owner=owner))

    async def get_usage(self, owner: str = "") -> UsageReport:
        """One owner's counters, or everyone's (by user, provider and key fingerprint) with owner=""."""
        msg = await self._unary("GetUsage", pb.GetUsageRequest(owner=owner))
        return UsageReport(_counters(msg.by_user), _counters(msg.by_provider), _counters(msg.by_key))

    async def admit(self, owner: str, *, requests_per_day: int = 0, tokens_per_day: int = 0,
                    requests_per_minute: int = 0, tokens_estimate: int = 0) -> Admission:
        """Count one request of `owner` against its limits (0 = none) and reserve `tokens_estimate`;
        RateLimited (code budget_exceeded or rate_limit_exceeded, with retry_after) when spent."""
        msg = await self._unary("Admit", pb.AdmitRequest(
            owner=owner, requests_per_day=requests_per_day, tokens_per_day=tokens_per_day,
            requests_per_minute=requests_per_minute, tokens_estimate=tokens_estimate))
        return Admission(msg.reservation_id, _spend(msg.spend))

    async def settle(self, reservation_id: str, *, tokens: int = 0, refund: bool = False) -> bool:
        """Swap a reservation's estimate for the `tokens` used, or refund it; False if already settled."""
        msg = await self._unary("Settle", pb.SettleRequest(reservation_id=reservation_id, tokens=tokens,
                                                           refund=refund))
        return msg.settled

    async def get_spend(self, owner: str) -> Spend:
        """What `owner` spent in the current UTC day."""
        return _spend(await self._unary("GetSpend", pb.GetSpendRequest(owner=owner)))

    async def import_keys(self, entries: Sequence[ImportEntry], *, source: str = "",
                          timeout: float | None = None) -> ImportResult:
        request = pb.ImportKeysRequest(
            entries=[pb.ImportKeysRequest.Entry(provider=e.provider, key=_new_key(e.key)) for e in entries],
            source=source,
        )
        msg = await self._unary("ImportKeys", request, timeout)
        return ImportResult(added=msg.added, unchanged=msg.unchanged)

    async def export_backup(self, *, timeout: float | None = None) -> bytes:
        """The backup document (UTF-8 JSON; keys only as ciphertext under the master key)."""
        return (await self._unary("ExportBackup", pb.ExportBackupRequest(), timeout)).json

    async def restore_backup(self, document: bytes = b"", *, timeout: float | None = None) -> RestoreResult:
        """Restore all-or-nothing from `document`, or from the server's BACKEND_BACKUP_FILE when empty."""
        msg = await self._unary("RestoreBackup", pb.RestoreBackupRequest(json=document), timeout)
        return RestoreResult(providers=msg.providers, keys=msg.keys)

    async def rotate_master_key(self, *, timeout: float | None = None) -> AsyncIterator[RotateProgress]:
        """Re-wrap every data key under the newest master key, yielding progress as it goes."""
        call = self._stub().RotateMasterKey(pb.RotateMasterKeyRequest(),
                                            timeout=timeout or self.deadline_seconds, wait_for_ready=False)
        try:
            with map_grpc_errors():
                async for msg in call:
                    yield RotateProgress(done=msg.done, total=msg.total, new_version=msg.new_version)
        finally:
            call.cancel()  # a consumer that stops early must not leave the stream open
