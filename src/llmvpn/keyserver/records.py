"""What the registry takes in and gives out, and the rules a provider or key must follow.

Records (`ProviderRecord`, `KeyRecord`) carry no secret: a key leaves the registry as its
fingerprint. Specs carry secrets in (`NewKeySpec.secret`, never in its repr); `PoolEntry` carries
a decrypted key out, as a `ProviderKey` that can't print itself; `ProviderSnapshot`/`SealedKey` carry
keys out sealed (ciphertext and wrapped data key, never plaintext) for backups. The `check_*` functions raise
InvalidRequest naming the field (`param`) and return the cleaned-up value the registry stores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from llmvpn.errors import InvalidRequest
from llmvpn.keys import MAX_KEY_LENGTH, ProviderKey, fingerprint, sendable

KINDS = ("openai", "anthropic")
KEY_STATUSES = ("active", "disabled")
TEST_STATUSES = ("online", "offline", "unauthorized", "error")
MAX_NAME = 100
MAX_LABEL = 200
MAX_REASON = 500
MAX_URL = 2048
MAX_MODEL = 200
MAX_SECRET = MAX_KEY_LENGTH
MAX_LIMIT = 2**31 - 1  # the proto's int32
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FINGERPRINT = re.compile(r"[0-9a-f]{8}(\.\.\.\S{4})?")


@dataclass(frozen=True, slots=True)
class KeyRecord:
    id: str
    provider_id: str
    fingerprint: str
    label: str
    rpm_limit: int  # 0 = unlimited
    tpm_limit: int  # 0 = unlimited
    status: str  # "active" | "disabled"
    disabled_reason: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ProviderRecord:
    id: str
    name: str
    kind: str
    base_url: str
    models: tuple[str, ...]
    is_active: bool
    version: int
    keys: tuple[KeyRecord, ...]
    created_at: datetime
    updated_at: datetime
    last_test_status: str = ""  # "" (never tested) | one of TEST_STATUSES
    last_tested_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SealedKey:
    """A key as stored, for backups: its record fields and its sealed secret, never the plaintext.

    `ciphertext` opens only with the data key in `wrapped_key`, which only the master key (backend
    `wrap_backend`, version `wrap_version`) unwraps, and only for this key id (the AAD).
    """

    id: str
    fingerprint: str
    label: str
    rpm_limit: int
    tpm_limit: int
    status: str
    disabled_reason: str
    created_at: datetime
    wrap_backend: str
    wrap_version: int
    ciphertext: bytes = field(repr=False)
    wrapped_key: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class ProviderSnapshot:
    """A provider with everything a backup holds: its columns and its keys sealed as stored."""

    id: str
    name: str
    kind: str
    base_url: str
    models: tuple[str, ...]
    is_active: bool
    version: int
    created_at: datetime
    updated_at: datetime
    last_test_status: str
    last_tested_at: datetime | None
    keys: tuple[SealedKey, ...]


@dataclass(frozen=True, slots=True)
class NewKeySpec:
    """A key to add. Its repr shows the fingerprint, never the secret."""

    secret: str = field(repr=False)
    label: str = ""
    rpm_limit: int = 0
    tpm_limit: int = 0

    def __repr__(self) -> str:
        shown = fingerprint(self.secret) if isinstance(self.secret, str) and self.secret else "<empty>"
        return (f"NewKeySpec({shown}, label={self.label!r}, rpm_limit={self.rpm_limit}, "
                f"tpm_limit={self.tpm_limit})")

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    name: str
    kind: str = "openai"
    base_url: str = ""
    models: tuple[str, ...] = ()
    is_active: bool = True
    keys: tuple[NewKeySpec, ...] = ()


@dataclass(frozen=True, slots=True)
class ProviderPatch:
    """Fields left at None (or empty) are not changed."""

    name: str | None = None
    kind: str | None = None
    base_url: str | None = None
    models: tuple[str, ...] | None = None
    is_active: bool | None = None
    add_keys: tuple[NewKeySpec, ...] = ()
    remove_key_fingerprints: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PoolEntry:
    """One usable (provider, key) pair with the key decrypted, for the allocator."""

    provider: ProviderRecord
    key: KeyRecord
    secret: ProviderKey


# -- rules ---------------------------------------------------------------------------------------

def check_name(value: object, param: str = "name") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequest(f"{param} must be a non-empty string", param=param)
    value = value.strip()
    if len(value) > MAX_NAME:
        raise InvalidRequest(f"{param} is longer than {MAX_NAME} characters", param=param)
    # "provider/model" is how clients pin a provider, so a slash in a name would be ambiguous.
    if "/" in value or _CONTROL.search(value):
        raise InvalidRequest(f"{param} must not contain '/' or control characters", param=param)
    return value


def check_kind(value: object, param: str = "kind") -> str:
    if value not in KINDS:
        raise InvalidRequest(f"{param} must be one of {', '.join(KINDS)}", param=param)
    return str(value)


def check_base_url(value: object, param: str = "base_url") -> str:
    """An absolute http(s) URL with a host; trailing slashes dropped. SSRF rules are providers/urls.py's."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequest(f"{param} must be a non-empty URL", param=param)
    value = value.strip()
    if len(value) > MAX_URL or _CONTROL.search(value) or " " in value:
        raise InvalidRequest(f"{param} is not a valid URL", param=param)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise InvalidRequest(f"{param} is not a valid URL", param=param) from None
    if parts.scheme not in ("http", "https"):
        raise InvalidRequest(f"{param} must start with http:// or https://", param=param)
    if not parts.hostname:
        raise InvalidRequest(f"{param} must name a host", param=param)
    if parts.username or parts.password:
        raise InvalidRequest(f"{param} must not carry credentials; add keys to the provider instead",
                             param=param)
    return value.rstrip("/")


def check_models(value: object, param: str = "models") -> tuple[str, ...]:
    # A bare string would otherwise pass as a sequence of one-letter models.
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise InvalidRequest(f"{param} must be a list of model names", param=param)
    models: list[str] = []
    for index, given in enumerate(value):
        item = f"{param}[{index}]"
        if not isinstance(given, str) or not given.strip():
            raise InvalidRequest(f"{item} must be a non-empty string", param=item)
        model = given.strip()
        if len(model) > MAX_MODEL or _CONTROL.search(model):
            raise InvalidRequest(f"{item} is not a valid model name", param=item)
        if model not in models:  # duplicates are harmless; keep the first
            models.append(model)
    return tuple(models)


def check_limit(value: object, param: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_LIMIT:
        raise InvalidRequest(f"{param} must be an integer from 0 (unlimited) to {MAX_LIMIT}", param=param)
    return value


def check_key(spec: object, param: str) -> NewKeySpec:
    """A clean NewKeySpec: secret stripped and checked, label and limits in range. Never echoes the secret."""
    if not isinstance(spec, NewKeySpec):
        raise InvalidRequest(f"{param} must be a key", param=param)
    secret = spec.secret.strip() if isinstance(spec.secret, str) else None
    if not secret:
        raise InvalidRequest(f"{param}.secret must be a non-empty string", param=f"{param}.secret")
    # The API checks the same (keys.sendable): this also covers a CSV, the provider file and a restore.
    if not sendable(secret):
        raise InvalidRequest(f"{param}.secret must be one line of printable ASCII without spaces, at most "
                             f"{MAX_SECRET} characters", param=f"{param}.secret")
    label = spec.label.strip() if isinstance(spec.label, str) else None
    if label is None or len(label) > MAX_LABEL or _CONTROL.search(label):
        raise InvalidRequest(f"{param}.label must be a string of at most {MAX_LABEL} characters",
                             param=f"{param}.label")
    return NewKeySpec(secret, label, check_limit(spec.rpm_limit, f"{param}.rpm_limit"),
                      check_limit(spec.tpm_limit, f"{param}.tpm_limit"))


def check_keys(specs: object, param: str = "keys") -> tuple[NewKeySpec, ...]:
    """Checked keys; the same key twice in one request is an error naming both positions."""
    if not isinstance(specs, (list, tuple)):
        raise InvalidRequest(f"{param} must be a list of keys", param=param)
    seen: dict[str, int] = {}
    keys = []
    for index, spec in enumerate(specs):
        key = check_key(spec, f"{param}[{index}]")
        fp = fingerprint(key.secret)
        if fp in seen:
            raise InvalidRequest(f"{param}[{index}] is the same key as {param}[{seen[fp]}] ({fp})",
                                 param=f"{param}[{index}]")
        seen[fp] = index
        keys.append(key)
    return tuple(keys)


def check_spec(spec: ProviderSpec) -> ProviderSpec:
    """The spec with every field checked and normalised; InvalidRequest naming the first bad field."""
    if not isinstance(spec.is_active, bool):
        raise InvalidRequest("is_active must be true or false", param="is_active")
    return ProviderSpec(check_name(spec.name), check_kind(spec.kind), check_base_url(spec.base_url),
                        check_models(spec.models), spec.is_active, check_keys(spec.keys))


def check_status(status: object, reason: object) -> tuple[str, str]:
    if status not in KEY_STATUSES:
        raise InvalidRequest(f"status must be one of {', '.join(KEY_STATUSES)}", param="status")
    reason = "" if status == "active" else str(reason or "").strip()
    return str(status), _CONTROL.sub(" ", reason)[:MAX_REASON]


def check_test_status(status: object) -> str:
    """One of TEST_STATUSES, the outcome of a provider's connectivity test."""
    if status not in TEST_STATUSES:
        raise InvalidRequest(f"status must be one of {', '.join(TEST_STATUSES)}", param="status")
    return str(status)


_KEY_PREFIXES = ("sk-", "sk_", "gsk_", "rk-", "rk_", "pk-", "pk_", "AIza", "key-", "xox", "gh", "hvs.")


def looks_like_key(text: str) -> bool:
    """Whether a value given as a name could be a key put in the wrong place (long, or a key prefix)."""
    return len(text) > 40 or text.startswith(_KEY_PREFIXES)


def shown_name(name: str) -> str:
    """A provider name fit for a message: a value that looks like a key (swapped CSV columns) is
    shown by its fingerprint."""
    if looks_like_key(name):
        return f"<{fingerprint(name)}: looks like an API key; are the columns swapped?>"
    return repr(name)


@dataclass(frozen=True, slots=True)
class ApplySummary:
    """What `Registry.upsert_providers` (a provider file) changed."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    keys_added: int = 0

    def __str__(self) -> str:
        return (f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.keys_added} key(s) added")


def check_patch(patch: ProviderPatch) -> tuple[dict[str, object], tuple[NewKeySpec, ...], tuple[str, ...]]:
    """(column changes, keys to add, fingerprints to remove) of a patch, each field checked."""
    if not isinstance(patch, ProviderPatch):
        raise InvalidRequest("expected a provider patch")
    changes: dict[str, object] = {}
    if patch.name is not None:
        changes["name"] = check_name(patch.name)
    if patch.kind is not None:
        changes["kind"] = check_kind(patch.kind)
    if patch.base_url is not None:
        changes["base_url"] = check_base_url(patch.base_url)
    if patch.models is not None:
        changes["models"] = check_models(patch.models)
    if patch.is_active is not None:
        if not isinstance(patch.is_active, bool):
            raise InvalidRequest("is_active must be true or false", param="is_active")
        changes["is_active"] = patch.is_active
    removals = []
    for index, given in enumerate(patch.remove_key_fingerprints):
        if not isinstance(given, str) or not given.strip():
            param = f"remove_key_fingerprints[{index}]"
            raise InvalidRequest(f"{param} must be a key fingerprint", param=param)
        fp = given.strip()
        # Someone who pastes the key itself means that key; and it must not come back in a message.
        removals.append(fp if _FINGERPRINT.fullmatch(fp) else fingerprint(fp))
    return changes, check_keys(patch.add_keys, "add_keys"), tuple(dict.fromkeys(removals))
