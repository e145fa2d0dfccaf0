"""Bodies of the provider API: what an admin sends, what users and admins get back.

Requests are strict (`extra="forbid"`, no coercion: `"true"` is not a boolean, `1.0` not an integer),
so a typo or a wrong type is a 400 naming the field instead of a silently ignored setting. The rules
mirror the key server's (keyserver/records.py), which checks again: this side answers first and
names the fields as this API spells them. Keys come in as SecretStr and go out only as fingerprints.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, GetJsonSchemaHandler, SecretStr,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from llmvpn.errors import InvalidRequest
from llmvpn.keys import MAX_KEY_LENGTH, ProviderKey, fingerprint, sendable
from llmvpn.keyserver.client import NewKey, ProviderInfo

MAX_LIMIT = 2**31 - 1  # the proto's int32
MAX_KEY = MAX_KEY_LENGTH
MAX_ITEMS = 1000  # models or keys in one request
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

TestStatus = Literal["online", "offline", "unauthorized", "error"]


def _no_control(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


def _plain_name(value: str) -> str:
    # "provider/model" is how clients pin a provider, so a slash in a name would be ambiguous.
    if "/" in value:
        raise ValueError("must not contain '/'")
    return _no_control(value)


def _check_key(value: SecretStr) -> SecretStr:
    # Messages never include the value: a validation error must not become a way to echo a key.
    text = value.get_secret_value().strip()
    if not text:
        raise ValueError("must be a non-empty key")
    if not sendable(text):
        raise ValueError(f"must be one line of printable ASCII without spaces, at most {MAX_KEY} characters")
    return SecretStr(text)


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
                 AfterValidator(_plain_name), Field(examples=["openai"])]
BaseUrl = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2048),
                    Field(description="The API root as the provider documents it; requests go to "
                                      "`{base_url}/chat/completions` and `{base_url}/models`.",
                          examples=["https://api.openai.com/v1"],
                          json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"})]
ModelName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
                      AfterValidator(_no_control)]
Models = Annotated[list[ModelName], Field(max_length=MAX_ITEMS, examples=[["gpt-4o-mini", "gpt-4o"]])]
Kind = Annotated[Literal["openai", "anthropic"], Field(description="The API the provider speaks.")]
Limit = Annotated[int, Field(ge=0, le=MAX_LIMIT, description="Per minute; 0 = unlimited.")]
ApiKeyValue = Annotated[SecretStr, AfterValidator(_check_key),
                        Field(description="The provider's API key; stored encrypted by the key server, never "
                                          "shown again (only its fingerprint).", examples=["sk-..."])]


class NewApiKey(BaseModel):
    """A key to add to a provider's pool, with an optional label and rate limits."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={
        "examples": [{"key": "sk-...", "label": "team A", "rpm_limit": 500, "tpm_limit": 200000}]})

    key: ApiKeyValue
    label: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200),
                     AfterValidator(_no_control)] = ""
    rpm_limit: Limit = 0
    tpm_limit: Limit = 0

    def to_new_key(self) -> NewKey:
        return NewKey(ProviderKey(self.key.get_secret_value()), self.label, self.rpm_limit, self.tpm_limit)


class _StringOrKey:
    """JSON schema of a key given either as a bare string or as a NewApiKey object."""

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string", "format": "password", "writeOnly": True, "minLength": 1,
                           "maxLength": MAX_KEY}, handler(schema)]}


def _key_object(value: Any) -> Any:
    return {"key": value} if isinstance(value, str) else value


ApiKeyItem = Annotated[NewApiKey, BeforeValidator(_key_object), _StringOrKey]
ApiKeys = Annotated[list[ApiKeyItem], Field(max_length=MAX_ITEMS)]


def _distinct(keys: list[NewApiKey], param: str) -> list[NewKey]:
    seen: dict[str, int] = {}
    for index, item in enumerate(keys):
        fp = fingerprint(item.key.get_secret_value())
        if fp in seen:
            raise InvalidRequest(f"{param}[{index}] is the same key as {param}[{seen[fp]}] ({fp})",
                                 param=f"{param}[{index}]")
        seen[fp] = index
    return [item.to_new_key() for item in keys]


class ProviderCreate(BaseModel):
    """A new provider: where it is, what it speaks, its models and its key pool."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [
        {"name": "openai", "base_url": "https://api.openai.com/v1", "kind": "openai",
         "api_keys": ["sk-...", {"key": "sk-...", "label": "backup", "rpm_limit": 60}],
         "models": ["gpt-4o-mini", "gpt-4o"], "is_active": True},
        {"name": "ollama", "base_url": "http://127.0.0.1:11434/v1", "api_key": "ollama",
         "models": ["llama3.1"]},
    ]})

    name: Name
    base_url: BaseUrl
    kind: Kind = "openai"
    api_key: ApiKeyValue | None = None
    api_keys: ApiKeys | None = Field(default=None, description="Keys as strings, or objects with a label "
                                                                "and limits. Give this or `api_key`.")
    models: Models = []
    is_active: bool = True

    def new_keys(self) -> list[NewKey]:
        """The keys to store; InvalidRequest if both forms are given or a key is repeated."""
        if self.api_key is not None and self.api_keys is not None:
            raise InvalidRequest("give api_key or api_keys, not both", param="api_keys")
        if self.api_key is not None:
            return [NewApiKey(key=self.api_key).to_new_key()]
        return _distinct(self.api_keys or [], "api_keys")


class ProviderPatch(BaseModel):
    """Fields to change; a field left out (or null) stays as it is. Keys are added or removed, never shown."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [
        {"models": ["gpt-4o-mini"], "is_active": False},
        {"add_api_keys": ["sk-..."], "remove_key_fingerprints": ["3f2a9c1e...x7Qa"]},
    ]})

    name: Name | None = None
    base_url: BaseUrl | None = None
    kind: Kind | None = None
    models: Models | None = None
    is_active: bool | None = None
    add_api_keys: ApiKeys = []
    remove_key_fingerprints: Annotated[
        list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_KEY)]],
        Field(max_length=MAX_ITEMS, description="Fingerprints as listed under `keys`.",
              examples=[["3f2a9c1e...x7Qa"]]),
    ] = []

    def new_keys(self) -> list[NewKey]:
        return _distinct(self.add_api_keys, "add_api_keys")


# --- responses ----------------------------------------------------------------------------------


class KeyOut(BaseModel):
    """A key of the pool, by its fingerprint (a hash prefix and the last 4 characters)."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"fingerprint": "3f2a9c1e...x7Qa", "label": "team A", "rpm_limit": 500, "tpm_limit": 0,
         "status": "active", "disabled_reason": None}]})

    fingerprint: str
    label: str
    rpm_limit: int
    tpm_limit: int
    status: Literal["active", "disabled", "cooling"]
    disabled_reason: str | None


class ProviderPublic(BaseModel):
    """What any signed-in user may know about a provider."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "6f1c...", "name": "openai", "models": ["gpt-4o-mini"], "status": "active",
         "last_test_status": "online", "last_tested_at": "2026-11-23T18:00:00+00:00"}]})

    id: str
    name: str
    models: list[str]
    status: Literal["active", "inactive"]
    last_test_status: TestStatus | None = Field(description="Result of the last test; null if never tested.")
    last_tested_at: str | None


class ProviderAdmin(ProviderPublic):
    """Everything about a provider except its keys' values; for admins."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "6f1c...", "name": "openai", "models": ["gpt-4o-mini"], "status": "active",
         "last_test_status": "online", "last_tested_at": "2026-11-23T18:00:00+00:00", "kind": "openai",
         "base_url": "https://api.openai.com/v1", "is_active": True, "version": 3, "key_count": 1,
         "keys": [{"fingerprint": "3f2a9c1e...x7Qa", "label": "", "rpm_limit": 0, "tpm_limit": 0,
                   "status": "active", "disabled_reason": None}],
         "created_at": "2026-11-23T17:00:00+00:00", "updated_at": "2026-11-23T18:00:00+00:00"}]})

    kind: Literal["openai", "anthropic"]
    base_url: str
    is_active: bool
    version: int = Field(description="Bumped on every change; send it back as `If-Match: \"<version>\"`.")
    key_count: int
    keys: list[KeyOut]
    created_at: str
    updated_at: str


def provider_out(info: ProviderInfo, *, admin: bool) -> ProviderPublic:
    """The response body for `info`, with the admin fields only for an admin."""
    public: dict[str, Any] = {
        "id": info.id, "name": info.name, "models": list(info.models),
        "status": "active" if info.is_active else "inactive",
        "last_test_status": info.last_test_status or None, "last_tested_at": info.last_tested_at or None,
    }
    if not admin:
        return ProviderPublic(**public)
    keys = [KeyOut(fingerprint=k.fingerprint, label=k.label, rpm_limit=k.rpm_limit, tpm_limit=k.tpm_limit,
                   status=k.status, disabled_reason=k.disabled_reason or None) for k in info.keys]
    return ProviderAdmin(**public, kind=info.kind, base_url=info.base_url, is_active=info.is_active,
                         version=info.version, key_count=len(keys), keys=keys, created_at=info.created_at,
                         updated_at=info.updated_at)


class KeyTestResult(BaseModel):
    """How one key of the pool fared."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"fingerprint": "91bb04d2...Qz2k", "status": "unauthorized", "status_code": 401, "latency_ms": 95.0,
         "detail": "the key was rejected (401)"}]})

    fingerprint: str
    status: Literal["online", "offline", "unauthorized", "error", "skipped"]
    status_code: int | None = Field(description="The provider's HTTP status; null if none came.")
    latency_ms: float | None
    detail: str


class ProviderTestResult(BaseModel):
    """The outcome of `GET {base_url}/models` through each key; never the provider's own answer."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"status": "online", "status_code": 200, "latency_ms": 182.4,
         "detail": "12 model(s) listed; keys: 1 online, 1 unauthorized", "model_count": 12,
         "keys": [{"fingerprint": "3f2a9c1e...x7Qa", "status": "online", "status_code": 200,
                   "latency_ms": 182.4, "detail": "12 model(s) listed"},
                  {"fingerprint": "91bb04d2...Qz2k", "status": "unauthorized", "status_code": 401,
                   "latency_ms": 95.0, "detail": "the key was rejected (401)"}],
         "tested_at": "2026-11-23T18:00:00+00:00"}]})

    status: TestStatus = Field(description="online if at least one key works; otherwise the most telling of "
                                           "unauthorized, error, offline.")
    status_code: int | None
    latency_ms: float | None
    detail: str
    model_count: int | None
    keys: list[KeyTestResult]
    tested_at: str | None = Field(description="When the result was recorded; null if no request went out.")


class RestoreResult(BaseModel):
    """What a restore put in place (all or nothing)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"providers": 3, "keys": 7,
                                                               "source": "backup_file"}]})

    providers: int
    keys: int
    source: Literal["backup_file", "request"] = Field(
        description="backup_file: the key server's BACKEND_BACKUP_FILE; request: the document sent.")
