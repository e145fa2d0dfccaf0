"""The gRPC servicer: turns RPCs into registry calls and lease decisions.

Registry work is blocking database I/O, so it runs in a worker thread; the lease path (Acquire,
Release) touches only the in-memory pool snapshot and the lease state.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc

from llmvpn import __version__
from llmvpn.errors import InvalidRequest, KeyServerUnavailable, LlmvpnError, NotFound
from llmvpn.keyserver import convert
from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver._proto import keyserver_pb2_grpc as pb_grpc
from llmvpn.keyserver.allocator import Pool, allocate
from llmvpn.keyserver.backup import Backups
from llmvpn.keyserver.lease_stream import LeaseStreams
from llmvpn.keyserver.registry import Registry
from llmvpn.keyserver.sessions import Sessions
from llmvpn.keyserver.state.base import Allowance, KeySlot, Spend, State, UsageRecord
from llmvpn.logging import register_secret

log = logging.getLogger("llmvpn.keyserver")

# When an upstream says 429 without Retry-After, rest the key this long.
DEFAULT_COOLDOWN_SECONDS = 30.0
MISS_CHECK_SECONDS = 0.5
MAX_SESSION_DATA_BYTES = 4 * 1024 * 1024


def _session_data(raw: bytes) -> dict:
    """Session data is the web server's JSON object; refuse anything else before it is stored."""
    if not raw:
        return {}
    if len(raw) > MAX_SESSION_DATA_BYTES:
        raise InvalidRequest("session data is too large", param="data")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise InvalidRequest("session data is not valid JSON", param="data") from None
    if not isinstance(data, dict):
        raise InvalidRequest("session data must be a JSON object", param="data")
    return data


_RELEASED = pb.ReleaseResponse()


def _spend_pb(spend: Spend) -> pb.Spend:
    return pb.Spend(requests=spend.requests, tokens=spend.tokens, resets_at=spend.resets_at)


class KeyServerService(pb_grpc.KeyServerServicer):
    def __init__(self, registry: Registry, state: State, *, master_key_check: Callable[[], None],
                 lease_ttl: float = 300.0, session_ttl: float = 3600.0, max_wait: float = 1.0,
                 on_change: Callable[[], Any] | None = None, backups: Backups | None = None) -> None:
        self.registry = registry
        self.state = state
        self.sessions = Sessions(state, session_ttl)
        self.pool = Pool([])
        self.started = time.monotonic()
        self.lease_ttl = lease_ttl
        self.max_wait = max_wait
        self._master_key_check = master_key_check
        self._on_change = on_change
        self.backups = backups
        self._change_token: object = None
        self._refresh_lock = asyncio.Lock()
        self._miss_checked_at = -MISS_CHECK_SECONDS
        self._miss_check: asyncio.Future[bool] | None = None
        self.lease_streams = LeaseStreams(self)

    # -- pool snapshot ---------------------------------------------------------------------------

    async def refresh_pool(self) -> None:
        """Rebuild the pool snapshot from the registry (after a write here, or one seen from elsewhere)."""
        async with self._refresh_lock:
            token = await asyncio.to_thread(self.registry.change_token)
            entries = await asyncio.to_thread(self.registry.load_pool)
            for entry in entries:
                register_secret(entry.secret.reveal())
            self.pool = Pool(entries)
            self._change_token = token

    async def refresh_if_changed(self) -> bool:
        """Rebuild the snapshot if another process changed the registry; True if it did."""
        token = await asyncio.to_thread(self.registry.change_token)
        if token != self._change_token:
            await self.refresh_pool()
            return True
        return False

    async def _refreshed_on_miss(self) -> bool:
        """An unknown model may be one another host just added (the poll sees it within
        REGISTRY_POLL_SECONDS): look now. Misses that arrive together share one look, and a look is
        made at most every MISS_CHECK_SECONDS, so a burst of requests for a model that really is
        unknown costs one registry read, not one each."""
        if self._miss_check is None:
            now = time.monotonic()
            if now - self._miss_checked_at < MISS_CHECK_SECONDS:
                return False
            self._miss_checked_at = now
            self._miss_check = asyncio.ensure_future(self.refresh_if_changed())
            self._miss_check.add_done_callback(lambda _: setattr(self, "_miss_check", None))
        return await asyncio.shield(self._miss_check)

    async def _after_write(self) -> None:
        await self.refresh_pool()
        if self._on_change is not None:
            result = self._on_change()
            if asyncio.iscoroutine(result):
                await result

    async def _provider_pb(self, record) -> pb.Provider:
        statuses = await self._key_statuses([key.id for key in record.keys])
        return convert.provider_to_pb(record, statuses)

    async def _key_statuses(self, key_ids: list[str]) -> dict:
        try:
            return await self.state.key_statuses(key_ids)
        except KeyServerUnavailable:
            return {}  # the registry still answers while shared state is down; cooldowns just aren't shown

    # -- health ----------------------------------------------------------------------------------

    async def Health(self, request: pb.HealthRequest, context: grpc.aio.ServicerContext) -> pb.HealthResponse:
        components: dict[str, str] = {}
        providers = keys = in_flight = 0
        try:
            providers, keys = await asyncio.to_thread(self.registry.counts)
            components["database"] = "up"
        except Exception as exc:  # health reports any failure as "down" instead of failing itself
            components["database"] = f"down: {exc.__class__.__name__}"
        try:
            await asyncio.to_thread(self._master_key_check)
            components["master_key"] = "up"
        except LlmvpnError as exc:
            components["master_key"] = f"down: {exc.message}"
        try:
            await self.state.check()
            in_flight = await self.state.in_flight()
            components["state"] = "up"
        except LlmvpnError as exc:
            components["state"] = f"down: {exc.message}"
        status = "ok" if all(value == "up" for value in components.values()) else "degraded"
        if self.backups is not None:
            # Shown, but not part of `status`: leases still work, and a load balancer must not drop
            # a host because its backup file can't be written.
            components["backup"] = self.backups.status()
        return pb.HealthResponse(
            status=status, version=__version__, uptime_seconds=time.monotonic() - self.started,
            components=components, leases_in_flight=in_flight, providers=providers, keys=keys,
        )

    # -- leases ----------------------------------------------------------------------------------

    async def Acquire(self, request: pb.AcquireRequest, context: grpc.aio.ServicerContext) -> pb.Lease:
        return await self.acquire(request)

    async def Release(self, request: pb.ReleaseRequest, context: grpc.aio.ServicerContext) -> pb.ReleaseResponse:
        await self.release(request)
        return _RELEASED

    async def Leases(self, requests: AsyncIterator[pb.LeaseOps], context: grpc.aio.ServicerContext) -> None:
        await self.lease_streams.serve(requests, context)

    async def acquire(self, request: pb.AcquireRequest) -> pb.Lease:
        """Lease a key; what the unary Acquire and a stream's acquire op both run."""
        if request.key_id:
            entry = self.pool.key(request.key_id)
            if entry is None or (request.provider_id and entry.provider.id != request.provider_id):
                raise NotFound("no active key with that id", param="key_id")
            model = request.model or (entry.provider.models[0] if entry.provider.models else "")
            slot = KeySlot(entry.key.id, entry.key.rpm_limit, entry.key.tpm_limit)
            grant = await self.state.grant([slot], owner=request.owner, lease_ttl=self.lease_ttl)
        else:
            if not request.model:
                raise InvalidRequest("model is required", param="model")
            session = None
            if request.mode == pb.STATEFUL:
                session = await self.sessions.get(request.session_id, request.owner)
            for attempt in range(2):
                try:
                    candidate, grant = await allocate(
                        self.pool, self.state, model=request.model, owner=request.owner, lease_ttl=self.lease_ttl,
                        provider_id=request.provider_id, exclude=request.exclude_key_ids,
                        stateless=session is None,
                        preferred=session.bindings.get(request.model) if session else None, max_wait=self.max_wait,
                    )
                    break
                except NotFound as exc:
                    if attempt or exc.code != "model_not_found" or not await self._refreshed_on_miss():
                        raise
            if session is not None:
                # The binding holds until its key fails; then it moves with the session.
                await self.sessions.bind(session, request.model, candidate.entry.key.id)
            entry, model = candidate.entry, candidate.upstream_model
        return pb.Lease(
            lease_id=grant.lease_id, provider_id=entry.provider.id, provider_name=entry.provider.name,
            kind=entry.provider.kind, base_url=entry.provider.base_url, model=model,
            api_key=entry.secret.reveal(), key_id=entry.key.id, key_fingerprint=entry.key.fingerprint,
            expires_at=grant.expires_at,
        )

    async def release(self, request: pb.ReleaseRequest) -> None:
        """Close a lease with its outcome; what the unary Release and a stream's release op both run."""
        outcome = request.outcome
        cooldown = 0.0
        if outcome == pb.RATE_LIMITED:
            cooldown = request.retry_after_seconds if request.retry_after_seconds > 0 else DEFAULT_COOLDOWN_SECONDS
        tokens = request.prompt_tokens + request.completion_tokens
        lease = await self.state.release(request.lease_id, cooldown_seconds=cooldown, tokens=tokens)
        if lease is None:
            # Already expired by TTL or released twice: nothing to undo, and nothing to tell the caller.
            return
        entry = self.pool.key(lease.key_id)
        fingerprint = entry.key.fingerprint if entry else lease.key_id
        # Counted in memory; RedisState adds its counts to Redis in batches (flush_usage).
        await self.state.record_usage(UsageRecord(
            owner=lease.owner, provider=entry.provider.name if entry else "", key_fingerprint=fingerprint,
            error=outcome not in (pb.OK, pb.CLIENT_ERROR), prompt_tokens=request.prompt_tokens,
            completion_tokens=request.completion_tokens, latency_ms=request.latency_ms,
        ))
        if cooldown:
            log.info("key %s cooling down for %.0f s after upstream 429", fingerprint, cooldown)
        elif outcome in (pb.AUTH_FAILED, pb.PAYMENT_REQUIRED):
            reason = "upstream rejected the key" if outcome == pb.AUTH_FAILED else "upstream requires payment"
            reason = f"{reason} (HTTP {request.http_status})" if request.http_status else reason
            log.warning("key %s taken out of rotation: %s", fingerprint, reason)
            try:
                await asyncio.to_thread(self.registry.set_key_status, lease.key_id, "disabled", reason)
            except NotFound:
                return  # the provider was deleted while the lease was out
            await self._after_write()

    # -- sessions and usage ----------------------------------------------------------------------

    def _session_pb(self, session) -> pb.SessionInfo:
        bindings = {}
        for model, key_id in session.bindings.items():
            entry = self.pool.key(key_id)
            bindings[model] = f"{entry.provider.name}/{entry.key.fingerprint}" if entry else "(key removed)"
        return pb.SessionInfo(id=session.id, owner=session.owner, created_at=session.created_at,
                              expires_at=session.expires_at, bindings=bindings,
                              data=json.dumps(session.data).encode(), version=session.version)

    async def CreateSession(self, request: pb.CreateSessionRequest, context: grpc.aio.ServicerContext) -> pb.SessionInfo:
        if not request.owner:
            raise InvalidRequest("a session needs an owner", param="owner")
        return self._session_pb(await self.sessions.create(request.owner, _session_data(request.data)))

    async def GetSession(self, request: pb.GetSessionRequest, context: grpc.aio.ServicerContext) -> pb.SessionInfo:
        return self._session_pb(await self.sessions.get(request.id, request.owner))

    async def UpdateSession(self, request: pb.UpdateSessionRequest, context: grpc.aio.ServicerContext) -> pb.SessionInfo:
        expected = request.expected_version if request.HasField("expected_version") else None
        session = await self.sessions.update(request.id, request.owner, _session_data(request.data), expected)
        return self._session_pb(session)

    async def DeleteSession(self, request: pb.DeleteSessionRequest, context: grpc.aio.ServicerContext) -> pb.DeleteSessionResponse:
        await self.sessions.delete(request.id, request.owner)
        return pb.DeleteSessionResponse()

    async def GetUsage(self, request: pb.GetUsageRequest, context: grpc.aio.ServicerContext) -> pb.UsageReport:
        report = await self.state.usage(request.owner or None)
        return convert.usage_to_pb(report)

    # -- admission: per-principal rate limit and daily budgets ------------------------------------

    async def Admit(self, request: pb.AdmitRequest, context: grpc.aio.ServicerContext) -> pb.Admission:
        if not request.owner:
            raise InvalidRequest("admission needs an owner", param="owner")
        allowance = Allowance(max(0, request.requests_per_day), max(0, request.tokens_per_day),
                              max(0, request.requests_per_minute))
        admission = await self.state.admit(request.owner, allowance, tokens_estimate=max(0, request.tokens_estimate))
        return pb.Admission(reservation_id=admission.reservation_id, spend=_spend_pb(admission.spend))

    async def Settle(self, request: pb.SettleRequest, context: grpc.aio.ServicerContext) -> pb.SettleResponse:
        settled = await self.state.settle(request.reservation_id, tokens=max(0, request.tokens),
                                          refund=request.refund)
        return pb.SettleResponse(settled=settled)

    async def GetSpend(self, request: pb.GetSpendRequest, context: grpc.aio.ServicerContext) -> pb.Spend:
        return _spend_pb(await self.state.spend(request.owner))

    # -- registry --------------------------------------------------------------------------------

    async def ListProviders(self, request: pb.ListProvidersRequest, context: grpc.aio.ServicerContext) -> pb.ProviderList:
        records = await asyncio.to_thread(self.registry.list_providers, request.active_only)
        statuses = await self._key_statuses([key.id for record in records for key in record.keys])
        return pb.ProviderList(providers=[convert.provider_to_pb(r, statuses) for r in records])

    async def GetProvider(self, request: pb.GetProviderRequest, context: grpc.aio.ServicerContext) -> pb.Provider:
        record = await asyncio.to_thread(self.registry.get_provider, request.id)
        return await self._provider_pb(record)

    async def CreateProvider(self, request: pb.CreateProviderRequest, context: grpc.aio.ServicerContext) -> pb.Provider:
        record = await asyncio.to_thread(self.registry.create_provider, convert.spec_from_pb(request))
        await self._after_write()
        return await self._provider_pb(record)

    async def UpdateProvider(self, request: pb.UpdateProviderRequest, context: grpc.aio.ServicerContext) -> pb.Provider:
        expected = request.expected_version if request.HasField("expected_version") else None
        record = await asyncio.to_thread(
            self.registry.update_provider, request.id, convert.patch_from_pb(request), expected
        )
        await self._after_write()
        return await self._provider_pb(record)

    async def DeleteProvider(self, request: pb.DeleteProviderRequest, context: grpc.aio.ServicerContext) -> pb.DeleteProviderResponse:
        expected = request.expected_version if request.HasField("expected_version") else None
        await asyncio.to_thread(self.registry.delete_provider, request.id, expected)
        await self._after_write()
        return pb.DeleteProviderResponse()

    async def ImportKeys(self, request: pb.ImportKeysRequest, context: grpc.aio.ServicerContext) -> pb.ImportKeysResponse:
        entries = [(e.provider, convert.new_key_from_pb(e.key)) for e in request.entries]
        added, unchanged = await asyncio.to_thread(self.registry.import_keys, entries, request.source or "request")
        if added:
            await self._after_write()
        return pb.ImportKeysResponse(added=added, unchanged=unchanged)

    async def RotateMasterKey(self, request: pb.RotateMasterKeyRequest,
                              context: grpc.aio.ServicerContext) -> AsyncIterator[pb.RotateProgress]:
        loop = asyncio.get_running_loop()
        progress: asyncio.Queue[tuple[int, int]] = asyncio.Queue()

        def report(done: int, total: int) -> None:
            loop.call_soon_threadsafe(progress.put_nowait, (done, total))

        job = asyncio.ensure_future(asyncio.to_thread(self.registry.rotate_master_key, report))
        while not job.done() or not progress.empty():
            getter = asyncio.ensure_future(progress.get())
            await asyncio.wait({getter, job}, return_when=asyncio.FIRST_COMPLETED)
            if getter.done():
                done, total = getter.result()
                yield pb.RotateProgress(done=done, total=total)
            else:
                getter.cancel()
        new_version = job.result()
        await self._after_write()
        _, keys = await asyncio.to_thread(self.registry.counts)
        yield pb.RotateProgress(done=keys, total=keys, new_version=new_version)

    # -- test results and backups ----------------------------------------------------------------

    async def RecordTestResult(self, request: pb.RecordTestResultRequest,
                               context: grpc.aio.ServicerContext) -> pb.Provider:
        record = await asyncio.to_thread(self.registry.record_test_result, request.provider_id, request.status)
        await self._after_write()
        return await self._provider_pb(record)

    def _backups(self) -> Backups:
        if self.backups is None:
            raise KeyServerUnavailable("backups are not set up in this key server")
        return self.backups

    async def ExportBackup(self, request: pb.ExportBackupRequest, context: grpc.aio.ServicerContext) -> pb.BackupDocument:
        return pb.BackupDocument(json=await asyncio.to_thread(self._backups().export))

    async def RestoreBackup(self, request: pb.RestoreBackupRequest,
                            context: grpc.aio.ServicerContext) -> pb.RestoreBackupResponse:
        providers, keys = await asyncio.to_thread(self._backups().restore, request.json or None)
        await self._after_write()
        return pb.RestoreBackupResponse(providers=providers, keys=keys)
