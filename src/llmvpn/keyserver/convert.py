"""Registry records to protobuf messages and back; the one place that knows both shapes."""

from __future__ import annotations

import time

from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver.records import KeyRecord, NewKeySpec, ProviderPatch, ProviderRecord, ProviderSpec
from llmvpn.keyserver.state.base import KeyStatus, Usage, UsageReport


def _key_to_pb(key: KeyRecord, statuses: dict[str, KeyStatus], now: float) -> pb.KeyInfo:
    status = key.status
    live = statuses.get(key.id)
    if status == "active" and live is not None and live.cooldown_until > now:
        status = "cooling"
    return pb.KeyInfo(id=key.id, fingerprint=key.fingerprint, label=key.label or "", rpm_limit=key.rpm_limit,
                      tpm_limit=key.tpm_limit, status=status, disabled_reason=key.disabled_reason or "")


def provider_to_pb(record: ProviderRecord, statuses: dict[str, KeyStatus]) -> pb.Provider:
    now = time.time()
    return pb.Provider(
        id=record.id, name=record.name, kind=record.kind, base_url=record.base_url, models=list(record.models),
        is_active=record.is_active, version=record.version,
        keys=[_key_to_pb(key, statuses, now) for key in record.keys],
        created_at=record.created_at.isoformat(), updated_at=record.updated_at.isoformat(),
        last_test_status=record.last_test_status,
        last_tested_at=record.last_tested_at.isoformat() if record.last_tested_at else "",
    )


def new_key_from_pb(key: pb.NewKey) -> NewKeySpec:
    return NewKeySpec(secret=key.secret, label=key.label, rpm_limit=key.rpm_limit, tpm_limit=key.tpm_limit)


def spec_from_pb(request: pb.CreateProviderRequest) -> ProviderSpec:
    return ProviderSpec(
        name=request.name, kind=request.kind or "openai", base_url=request.base_url, models=tuple(request.models),
        is_active=request.is_active if request.HasField("is_active") else True, keys=tuple(new_key_from_pb(k) for k in request.keys),
    )


def patch_from_pb(request: pb.UpdateProviderRequest) -> ProviderPatch:
    return ProviderPatch(
        name=request.name if request.HasField("name") else None,
        kind=request.kind if request.HasField("kind") else None,
        base_url=request.base_url if request.HasField("base_url") else None,
        models=tuple(request.models) if request.set_models else None,
        is_active=request.is_active if request.HasField("is_active") else None,
        add_keys=tuple(new_key_from_pb(k) for k in request.add_keys),
        remove_key_fingerprints=tuple(request.remove_key_fingerprints),
    )


def _counters(usage: Usage) -> pb.UsageCounters:
    return pb.UsageCounters(requests=usage.requests, errors=usage.errors, prompt_tokens=usage.prompt_tokens,
                            completion_tokens=usage.completion_tokens, latency_ms_total=usage.latency_ms_total)


def usage_to_pb(report: UsageReport) -> pb.UsageReport:
    return pb.UsageReport(
        by_user={name: _counters(u) for name, u in report.by_user.items()},
        by_provider={name: _counters(u) for name, u in report.by_provider.items()},
        by_key={name: _counters(u) for name, u in report.by_key.items()},
    )
