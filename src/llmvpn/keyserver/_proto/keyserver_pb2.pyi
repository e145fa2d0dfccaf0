from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODE_UNSPECIFIED: _ClassVar[Mode]
    STATELESS: _ClassVar[Mode]
    STATEFUL: _ClassVar[Mode]

class Outcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OUTCOME_UNSPECIFIED: _ClassVar[Outcome]
    OK: _ClassVar[Outcome]
    RATE_LIMITED: _ClassVar[Outcome]
    UPSTREAM_ERROR: _ClassVar[Outcome]
    AUTH_FAILED: _ClassVar[Outcome]
    PAYMENT_REQUIRED: _ClassVar[Outcome]
    TIMEOUT: _ClassVar[Outcome]
    CONNECTION_ERROR: _ClassVar[Outcome]
    CANCELLED: _ClassVar[Outcome]
    CLIENT_ERROR: _ClassVar[Outcome]
MODE_UNSPECIFIED: Mode
STATELESS: Mode
STATEFUL: Mode
OUTCOME_UNSPECIFIED: Outcome
OK: Outcome
RATE_LIMITED: Outcome
UPSTREAM_ERROR: Outcome
AUTH_FAILED: Outcome
PAYMENT_REQUIRED: Outcome
TIMEOUT: Outcome
CONNECTION_ERROR: Outcome
CANCELLED: Outcome
CLIENT_ERROR: Outcome

class HealthRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HealthResponse(_message.Message):
    __slots__ = ("status", "version", "uptime_seconds", "components", "leases_in_flight", "providers", "keys")
    class ComponentsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    UPTIME_SECONDS_FIELD_NUMBER: _ClassVar[int]
    COMPONENTS_FIELD_NUMBER: _ClassVar[int]
    LEASES_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    status: str
    version: str
    uptime_seconds: float
    components: _containers.ScalarMap[str, str]
    leases_in_flight: int
    providers: int
    keys: int
    def __init__(self, status: _Optional[str] = ..., version: _Optional[str] = ..., uptime_seconds: _Optional[float] = ..., components: _Optional[_Mapping[str, str]] = ..., leases_in_flight: _Optional[int] = ..., providers: _Optional[int] = ..., keys: _Optional[int] = ...) -> None: ...

class AcquireRequest(_message.Message):
    __slots__ = ("model", "mode", "session_id", "owner", "provider_id", "key_id", "exclude_key_ids", "request_id")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    EXCLUDE_KEY_IDS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    model: str
    mode: Mode
    session_id: str
    owner: str
    provider_id: str
    key_id: str
    exclude_key_ids: _containers.RepeatedScalarFieldContainer[str]
    request_id: str
    def __init__(self, model: _Optional[str] = ..., mode: _Optional[_Union[Mode, str]] = ..., session_id: _Optional[str] = ..., owner: _Optional[str] = ..., provider_id: _Optional[str] = ..., key_id: _Optional[str] = ..., exclude_key_ids: _Optional[_Iterable[str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class Lease(_message.Message):
    __slots__ = ("lease_id", "provider_id", "provider_name", "kind", "base_url", "model", "api_key", "key_id", "key_fingerprint", "expires_at")
    LEASE_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    lease_id: str
    provider_id: str
    provider_name: str
    kind: str
    base_url: str
    model: str
    api_key: str
    key_id: str
    key_fingerprint: str
    expires_at: float
    def __init__(self, lease_id: _Optional[str] = ..., provider_id: _Optional[str] = ..., provider_name: _Optional[str] = ..., kind: _Optional[str] = ..., base_url: _Optional[str] = ..., model: _Optional[str] = ..., api_key: _Optional[str] = ..., key_id: _Optional[str] = ..., key_fingerprint: _Optional[str] = ..., expires_at: _Optional[float] = ...) -> None: ...

class ReleaseRequest(_message.Message):
    __slots__ = ("lease_id", "outcome", "http_status", "retry_after_seconds", "prompt_tokens", "completion_tokens", "latency_ms")
    LEASE_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    HTTP_STATUS_FIELD_NUMBER: _ClassVar[int]
    RETRY_AFTER_SECONDS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MS_FIELD_NUMBER: _ClassVar[int]
    lease_id: str
    outcome: Outcome
    http_status: int
    retry_after_seconds: float
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    def __init__(self, lease_id: _Optional[str] = ..., outcome: _Optional[_Union[Outcome, str]] = ..., http_status: _Optional[int] = ..., retry_after_seconds: _Optional[float] = ..., prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., latency_ms: _Optional[float] = ...) -> None: ...

class ReleaseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LeaseOp(_message.Message):
    __slots__ = ("id", "acquire", "release")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACQUIRE_FIELD_NUMBER: _ClassVar[int]
    RELEASE_FIELD_NUMBER: _ClassVar[int]
    id: int
    acquire: AcquireRequest
    release: ReleaseRequest
    def __init__(self, id: _Optional[int] = ..., acquire: _Optional[_Union[AcquireRequest, _Mapping]] = ..., release: _Optional[_Union[ReleaseRequest, _Mapping]] = ...) -> None: ...

class LeaseOps(_message.Message):
    __slots__ = ("ops",)
    OPS_FIELD_NUMBER: _ClassVar[int]
    ops: _containers.RepeatedCompositeFieldContainer[LeaseOp]
    def __init__(self, ops: _Optional[_Iterable[_Union[LeaseOp, _Mapping]]] = ...) -> None: ...

class LeaseError(_message.Message):
    __slots__ = ("code", "details", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CODE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    code: int
    details: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, code: _Optional[int] = ..., details: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class LeaseReply(_message.Message):
    __slots__ = ("id", "lease", "released", "error")
    ID_FIELD_NUMBER: _ClassVar[int]
    LEASE_FIELD_NUMBER: _ClassVar[int]
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    id: int
    lease: Lease
    released: ReleaseResponse
    error: LeaseError
    def __init__(self, id: _Optional[int] = ..., lease: _Optional[_Union[Lease, _Mapping]] = ..., released: _Optional[_Union[ReleaseResponse, _Mapping]] = ..., error: _Optional[_Union[LeaseError, _Mapping]] = ...) -> None: ...

class LeaseReplies(_message.Message):
    __slots__ = ("replies",)
    REPLIES_FIELD_NUMBER: _ClassVar[int]
    replies: _containers.RepeatedCompositeFieldContainer[LeaseReply]
    def __init__(self, replies: _Optional[_Iterable[_Union[LeaseReply, _Mapping]]] = ...) -> None: ...

class KeyInfo(_message.Message):
    __slots__ = ("id", "fingerprint", "label", "rpm_limit", "tpm_limit", "status", "disabled_reason")
    ID_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    RPM_LIMIT_FIELD_NUMBER: _ClassVar[int]
    TPM_LIMIT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DISABLED_REASON_FIELD_NUMBER: _ClassVar[int]
    id: str
    fingerprint: str
    label: str
    rpm_limit: int
    tpm_limit: int
    status: str
    disabled_reason: str
    def __init__(self, id: _Optional[str] = ..., fingerprint: _Optional[str] = ..., label: _Optional[str] = ..., rpm_limit: _Optional[int] = ..., tpm_limit: _Optional[int] = ..., status: _Optional[str] = ..., disabled_reason: _Optional[str] = ...) -> None: ...

class Provider(_message.Message):
    __slots__ = ("id", "name", "kind", "base_url", "models", "is_active", "version", "keys", "created_at", "updated_at", "last_test_status", "last_tested_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_TEST_STATUS_FIELD_NUMBER: _ClassVar[int]
    LAST_TESTED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    kind: str
    base_url: str
    models: _containers.RepeatedScalarFieldContainer[str]
    is_active: bool
    version: int
    keys: _containers.RepeatedCompositeFieldContainer[KeyInfo]
    created_at: str
    updated_at: str
    last_test_status: str
    last_tested_at: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., kind: _Optional[str] = ..., base_url: _Optional[str] = ..., models: _Optional[_Iterable[str]] = ..., is_active: _Optional[bool] = ..., version: _Optional[int] = ..., keys: _Optional[_Iterable[_Union[KeyInfo, _Mapping]]] = ..., created_at: _Optional[str] = ..., updated_at: _Optional[str] = ..., last_test_status: _Optional[str] = ..., last_tested_at: _Optional[str] = ...) -> None: ...

class RecordTestResultRequest(_message.Message):
    __slots__ = ("provider_id", "status", "status_code", "latency_ms")
    PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MS_FIELD_NUMBER: _ClassVar[int]
    provider_id: str
    status: str
    status_code: int
    latency_ms: float
    def __init__(self, provider_id: _Optional[str] = ..., status: _Optional[str] = ..., status_code: _Optional[int] = ..., latency_ms: _Optional[float] = ...) -> None: ...

class NewKey(_message.Message):
    __slots__ = ("secret", "label", "rpm_limit", "tpm_limit")
    SECRET_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    RPM_LIMIT_FIELD_NUMBER: _ClassVar[int]
    TPM_LIMIT_FIELD_NUMBER: _ClassVar[int]
    secret: str
    label: str
    rpm_limit: int
    tpm_limit: int
    def __init__(self, secret: _Optional[str] = ..., label: _Optional[str] = ..., rpm_limit: _Optional[int] = ..., tpm_limit: _Optional[int] = ...) -> None: ...

class ListProvidersRequest(_message.Message):
    __slots__ = ("active_only",)
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    active_only: bool
    def __init__(self, active_only: _Optional[bool] = ...) -> None: ...

class ProviderList(_message.Message):
    __slots__ = ("providers",)
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    providers: _containers.RepeatedCompositeFieldContainer[Provider]
    def __init__(self, providers: _Optional[_Iterable[_Union[Provider, _Mapping]]] = ...) -> None: ...

class GetProviderRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class CreateProviderRequest(_message.Message):
    __slots__ = ("name", "kind", "base_url", "models", "is_active", "keys")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    base_url: str
    models: _containers.RepeatedScalarFieldContainer[str]
    is_active: bool
    keys: _containers.RepeatedCompositeFieldContainer[NewKey]
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., base_url: _Optional[str] = ..., models: _Optional[_Iterable[str]] = ..., is_active: _Optional[bool] = ..., keys: _Optional[_Iterable[_Union[NewKey, _Mapping]]] = ...) -> None: ...

class UpdateProviderRequest(_message.Message):
    __slots__ = ("id", "expected_version", "name", "kind", "base_url", "set_models", "models", "is_active", "add_keys", "remove_key_fingerprints")
    ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    SET_MODELS_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    ADD_KEYS_FIELD_NUMBER: _ClassVar[int]
    REMOVE_KEY_FINGERPRINTS_FIELD_NUMBER: _ClassVar[int]
    id: str
    expected_version: int
    name: str
    kind: str
    base_url: str
    set_models: bool
    models: _containers.RepeatedScalarFieldContainer[str]
    is_active: bool
    add_keys: _containers.RepeatedCompositeFieldContainer[NewKey]
    remove_key_fingerprints: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., expected_version: _Optional[int] = ..., name: _Optional[str] = ..., kind: _Optional[str] = ..., base_url: _Optional[str] = ..., set_models: _Optional[bool] = ..., models: _Optional[_Iterable[str]] = ..., is_active: _Optional[bool] = ..., add_keys: _Optional[_Iterable[_Union[NewKey, _Mapping]]] = ..., remove_key_fingerprints: _Optional[_Iterable[str]] = ...) -> None: ...

class DeleteProviderRequest(_message.Message):
    __slots__ = ("id", "expected_version")
    ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    expected_version: int
    def __init__(self, id: _Optional[str] = ..., expected_version: _Optional[int] = ...) -> None: ...

class DeleteProviderResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ImportKeysRequest(_message.Message):
    __slots__ = ("entries", "source")
    class Entry(_message.Message):
        __slots__ = ("provider", "key")
        PROVIDER_FIELD_NUMBER: _ClassVar[int]
        KEY_FIELD_NUMBER: _ClassVar[int]
        provider: str
        key: NewKey
        def __init__(self, provider: _Optional[str] = ..., key: _Optional[_Union[NewKey, _Mapping]] = ...) -> None: ...
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[ImportKeysRequest.Entry]
    source: str
    def __init__(self, entries: _Optional[_Iterable[_Union[ImportKeysRequest.Entry, _Mapping]]] = ..., source: _Optional[str] = ...) -> None: ...

class ImportKeysResponse(_message.Message):
    __slots__ = ("added", "unchanged")
    ADDED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    added: int
    unchanged: int
    def __init__(self, added: _Optional[int] = ..., unchanged: _Optional[int] = ...) -> None: ...

class ExportBackupRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BackupDocument(_message.Message):
    __slots__ = ("json",)
    JSON_FIELD_NUMBER: _ClassVar[int]
    json: bytes
    def __init__(self, json: _Optional[bytes] = ...) -> None: ...

class RestoreBackupRequest(_message.Message):
    __slots__ = ("json",)
    JSON_FIELD_NUMBER: _ClassVar[int]
    json: bytes
    def __init__(self, json: _Optional[bytes] = ...) -> None: ...

class RestoreBackupResponse(_message.Message):
    __slots__ = ("providers", "keys")
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    providers: int
    keys: int
    def __init__(self, providers: _Optional[int] = ..., keys: _Optional[int] = ...) -> None: ...

class RotateMasterKeyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RotateProgress(_message.Message):
    __slots__ = ("done", "total", "new_version")
    DONE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    NEW_VERSION_FIELD_NUMBER: _ClassVar[int]
    done: int
    total: int
    new_version: int
    def __init__(self, done: _Optional[int] = ..., total: _Optional[int] = ..., new_version: _Optional[int] = ...) -> None: ...

class SessionInfo(_message.Message):
    __slots__ = ("id", "owner", "created_at", "expires_at", "bindings", "data", "version")
    class BindingsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    BINDINGS_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner: str
    created_at: float
    expires_at: float
    bindings: _containers.ScalarMap[str, str]
    data: bytes
    version: int
    def __init__(self, id: _Optional[str] = ..., owner: _Optional[str] = ..., created_at: _Optional[float] = ..., expires_at: _Optional[float] = ..., bindings: _Optional[_Mapping[str, str]] = ..., data: _Optional[bytes] = ..., version: _Optional[int] = ...) -> None: ...

class CreateSessionRequest(_message.Message):
    __slots__ = ("owner", "data")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    owner: str
    data: bytes
    def __init__(self, owner: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class GetSessionRequest(_message.Message):
    __slots__ = ("id", "owner")
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner: str
    def __init__(self, id: _Optional[str] = ..., owner: _Optional[str] = ...) -> None: ...

class UpdateSessionRequest(_message.Message):
    __slots__ = ("id", "owner", "data", "expected_version")
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner: str
    data: bytes
    expected_version: int
    def __init__(self, id: _Optional[str] = ..., owner: _Optional[str] = ..., data: _Optional[bytes] = ..., expected_version: _Optional[int] = ...) -> None: ...

class DeleteSessionRequest(_message.Message):
    __slots__ = ("id", "owner")
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner: str
    def __init__(self, id: _Optional[str] = ..., owner: _Optional[str] = ...) -> None: ...

class DeleteSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUsageRequest(_message.Message):
    __slots__ = ("owner",)
    OWNER_FIELD_NUMBER: _ClassVar[int]
    owner: str
    def __init__(self, owner: _Optional[str] = ...) -> None: ...

class UsageCounters(_message.Message):
    __slots__ = ("requests", "errors", "prompt_tokens", "completion_tokens", "latency_ms_total")
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    requests: int
    errors: int
    prompt_tokens: int
    completion_tokens: int
    latency_ms_total: float
    def __init__(self, requests: _Optional[int] = ..., errors: _Optional[int] = ..., prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., latency_ms_total: _Optional[float] = ...) -> None: ...

class UsageReport(_message.Message):
    __slots__ = ("by_user", "by_provider", "by_key")
    class ByUserEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: UsageCounters
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[UsageCounters, _Mapping]] = ...) -> None: ...
    class ByProviderEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: UsageCounters
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[UsageCounters, _Mapping]] = ...) -> None: ...
    class ByKeyEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: UsageCounters
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[UsageCounters, _Mapping]] = ...) -> None: ...
    BY_USER_FIELD_NUMBER: _ClassVar[int]
    BY_PROVIDER_FIELD_NUMBER: _ClassVar[int]
    BY_KEY_FIELD_NUMBER: _ClassVar[int]
    by_user: _containers.MessageMap[str, UsageCounters]
    by_provider: _containers.MessageMap[str, UsageCounters]
    by_key: _containers.MessageMap[str, UsageCounters]
    def __init__(self, by_user: _Optional[_Mapping[str, UsageCounters]] = ..., by_provider: _Optional[_Mapping[str, UsageCounters]] = ..., by_key: _Optional[_Mapping[str, UsageCounters]] = ...) -> None: ...

class AdmitRequest(_message.Message):
    __slots__ = ("owner", "requests_per_day", "tokens_per_day", "requests_per_minute", "tokens_estimate")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    TOKENS_PER_DAY_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_PER_MINUTE_FIELD_NUMBER: _ClassVar[int]
    TOKENS_ESTIMATE_FIELD_NUMBER: _ClassVar[int]
    owner: str
    requests_per_day: int
    tokens_per_day: int
    requests_per_minute: int
    tokens_estimate: int
    def __init__(self, owner: _Optional[str] = ..., requests_per_day: _Optional[int] = ..., tokens_per_day: _Optional[int] = ..., requests_per_minute: _Optional[int] = ..., tokens_estimate: _Optional[int] = ...) -> None: ...

class Spend(_message.Message):
    __slots__ = ("requests", "tokens", "resets_at")
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    TOKENS_FIELD_NUMBER: _ClassVar[int]
    RESETS_AT_FIELD_NUMBER: _ClassVar[int]
    requests: int
    tokens: int
    resets_at: float
    def __init__(self, requests: _Optional[int] = ..., tokens: _Optional[int] = ..., resets_at: _Optional[float] = ...) -> None: ...

class Admission(_message.Message):
    __slots__ = ("reservation_id", "spend")
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    SPEND_FIELD_NUMBER: _ClassVar[int]
    reservation_id: str
    spend: Spend
    def __init__(self, reservation_id: _Optional[str] = ..., spend: _Optional[_Union[Spend, _Mapping]] = ...) -> None: ...

class SettleRequest(_message.Message):
    __slots__ = ("reservation_id", "tokens", "refund")
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    TOKENS_FIELD_NUMBER: _ClassVar[int]
    REFUND_FIELD_NUMBER: _ClassVar[int]
    reservation_id: str
    tokens: int
    refund: bool
    def __init__(self, reservation_id: _Optional[str] = ..., tokens: _Optional[int] = ..., refund: _Optional[bool] = ...) -> None: ...

class SettleResponse(_message.Message):
    __slots__ = ("settled",)
    SETTLED_FIELD_NUMBER: _ClassVar[int]
    settled: bool
    def __init__(self, settled: _Optional[bool] = ...) -> None: ...

class GetSpendRequest(_message.Message):
    __slots__ = ("owner",)
    OWNER_FIELD_NUMBER: _ClassVar[int]
    owner: str
    def __init__(self, owner: _Optional[str] = ...) -> None: ...
