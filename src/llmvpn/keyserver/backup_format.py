"""The providers backup document: built from the registry's snapshot, and checked item by item on the way back.

    {"format": "llmvpn-providers-backup", "schema_version": 1, "created_at": "<ISO 8601 UTC>",
     "master_key": {"backend": "local" | "vault", "versions": [<master-key versions the keys use>]},
     "providers": [{"id", "name", "kind", "base_url", "models", "is_active", "version", "created_at",
                    "updated_at", "last_test_status", "last_tested_at",
                    "keys": [{"id", "fingerprint", "label", "rpm_limit", "tpm_limit", "status",
                              "disabled_reason", "created_at", "ciphertext": "<base64>",
                              "wrapped_key": {"backend", "version", "blob": "<base64>"}}]}],
     "mac": {"wrapped_key": {"backend", "version", "blob"}, "hmac_sha256": "<hex>"},
     "checksum": "sha256:<hex>"}

Keys are there only as stored: `ciphertext` (nonce || AES-256-GCM under the key's data key, AAD
"key:<id>") and the data key wrapped by the master key. The same master key restores them.

Two seals, over the canonical JSON (sorted keys, no spaces, UTF-8) of the document:
- `checksum`: SHA-256 of everything but `checksum`. Says "this file is damaged" (a truncated copy,
  a flipped bit) before anything else is looked at.
- `mac`: HMAC-SHA256 of everything but `checksum` and `mac`, under a random key wrapped by the master
  key. A checksum anyone can recompute; this only a holder of the master key can, so a planted or
  hand-edited file can't point the stored keys at another base_url. (keyserver.backup checks it.)

`parse` checks a whole document and raises InvalidRequest naming the first bad item
(`providers[3].keys[1].wrapped_key.blob: ...`); nothing here decrypts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from llmvpn.crypto.envelope import NONCE_BYTES, WrappedKey
from llmvpn.errors import InvalidRequest
from llmvpn.keyserver.records import (
    KEY_STATUSES,
    MAX_LABEL,
    MAX_REASON,
    TEST_STATUSES,
    ProviderSnapshot,
    SealedKey,
    check_base_url,
    check_kind,
    check_limit,
    check_models,
    check_name,
    looks_like_key,
)

FORMAT = "llmvpn-providers-backup"
SCHEMA_VERSION = 1
CHECKSUM_PREFIX = "sha256:"
BACKENDS = ("local", "vault")
MAX_VERSION = 2**31 - 1  # the Integer columns
GCM_TAG_BYTES = 16
_ID = re.compile(r"[A-Za-z0-9-]{1,36}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Where a plaintext key would sit if someone fed a provider file (or hand-made JSON) to restore.
_PLAINTEXT_FIELDS = frozenset({"api_key", "api_keys", "apikey", "secret", "secrets", "key", "plaintext",
                               "value", "token"})

PROVIDER_FIELDS = ("id", "name", "kind", "base_url", "models", "is_active", "version", "created_at",
                   "updated_at", "last_test_status", "last_tested_at", "keys")
KEY_FIELDS = ("id", "fingerprint", "label", "rpm_limit", "tpm_limit", "status", "disabled_reason",
              "created_at", "ciphertext", "wrapped_key")
TOP_FIELDS = ("format", "schema_version", "created_at", "master_key", "providers", "mac", "checksum")


# -- writing ---------------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _wrapped(backend: str, version: int, blob: bytes) -> dict[str, Any]:
    return {"backend": backend, "version": version, "blob": _b64(blob)}


def _key_json(key: SealedKey) -> dict[str, Any]:
    return {"id": key.id, "fingerprint": key.fingerprint, "label": key.label, "rpm_limit": key.rpm_limit,
            "tpm_limit": key.tpm_limit, "status": key.status, "disabled_reason": key.disabled_reason,
            "created_at": _time(key.created_at), "ciphertext": _b64(key.ciphertext),
            "wrapped_key": _wrapped(key.wrap_backend, key.wrap_version, key.wrapped_key)}


def _provider_json(provider: ProviderSnapshot) -> dict[str, Any]:
    return {"id": provider.id, "name": provider.name, "kind": provider.kind, "base_url": provider.base_url,
            "models": list(provider.models), "is_active": provider.is_active, "version": provider.version,
            "created_at": _time(provider.created_at), "updated_at": _time(provider.updated_at),
            "last_test_status": provider.last_test_status,
            "last_tested_at": _time(provider.last_tested_at) if provider.last_tested_at else None,
            "keys": [_key_json(key) for key in provider.keys]}


def build_body(providers: list[ProviderSnapshot], backend: str, created_at: datetime) -> dict[str, Any]:
    """The document without its two seals (see `seal`)."""
    versions = sorted({key.wrap_version for provider in providers for key in provider.keys})
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "created_at": _time(created_at),
            "master_key": {"backend": backend, "versions": versions},
            "providers": [_provider_json(provider) for provider in providers]}


def canonical(value: Any) -> bytes:
    """The one byte string a JSON value has, for checksums and MACs: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def content_digest(document: dict[str, Any]) -> str:
    """What a backup says about the registry (not when or how it was sealed): equal digests, same content."""
    return hashlib.sha256(canonical({"master_key": document.get("master_key"),
                                     "providers": document.get("providers")})).hexdigest()


def mac_of(mac_key: bytes, document: dict[str, Any]) -> str:
    body = {name: value for name, value in document.items() if name not in ("mac", "checksum")}
    return hmac.new(mac_key, canonical(body), hashlib.sha256).hexdigest()


def checksum_of(document: dict[str, Any]) -> str:
    body = {name: value for name, value in document.items() if name != "checksum"}
    return CHECKSUM_PREFIX + hashlib.sha256(canonical(body)).hexdigest()


def seal(body: dict[str, Any], mac_key: bytes, wrapped_mac_key: WrappedKey) -> bytes:
    """The finished document as UTF-8 JSON: `body` plus its MAC and checksum, indented for people."""
    document = dict(body)
    document["mac"] = {"wrapped_key": _wrapped(wrapped_mac_key.backend, wrapped_mac_key.version,
                                               wrapped_mac_key.blob),
                       "hmac_sha256": mac_of(mac_key, body)}
    document["checksum"] = checksum_of(document)
    return (json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


# -- reading ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ParsedBackup:
    """A document that passed every check short of decryption (see keyserver.backup.validate)."""

    created_at: datetime
    backend: str
    providers: tuple[ProviderSnapshot, ...]
    mac_wrapped_key: WrappedKey
    mac_hex: str
    document: dict[str, Any]


def _bad(where: str, message: str) -> InvalidRequest:
    return InvalidRequest(f"{where}: {message}", param=where)


def _shown_field(name: str) -> str:
    # A field name is the document's text too: one that looks like a key is not repeated.
    return "<a name that looks like an API key>" if looks_like_key(name) else repr(name[:40])


def _no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in pairs:
        if name in found:
            # json.loads would keep the last silently: two readers could see two documents.
            raise InvalidRequest(f"the backup is not valid: field {_shown_field(name)} appears twice in one object")
        found[name] = value
    return found


def _refuse_constant(name: str) -> None:
    raise InvalidRequest(f"the backup is not valid JSON: {name} is not a number JSON allows")


def _load_json(data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidRequest(f"the backup is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InvalidRequest("the backup is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_fields, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        # Position only: the text around it could be anything, even a key pasted in the wrong place.
        raise InvalidRequest(f"the backup is not valid JSON (truncated or damaged?): {exc.msg} at line "
                             f"{exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise InvalidRequest("the backup is not valid: nested too deeply") from None


def _object(value: Any, where: str, fields: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(where, "must be an object")
    for name in value:
        if name not in fields:
            raise _bad(where, f"unknown field {_shown_field(name)}")
    for name in fields:
        if name not in value and name not in optional:
            raise _bad(where, f"field {name!r} is missing")
    return value


def _text(value: Any, where: str, max_length: int, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value) or len(value) > max_length \
            or _CONTROL.search(value):
        size = "" if empty else "non-empty "
        raise _bad(where, f"must be a {size}string of at most {max_length} characters without control characters")
    return value


def _id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _bad(where, "must be an id (1 to 36 letters, digits or '-')")
    return value


def _integer(value: Any, where: str, low: int, high: int = MAX_VERSION) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _bad(where, f"must be an integer from {low} to {high}")
    return value


def _time_of(value: Any, where: str, *, optional: bool = False) -> datetime | None:
    if optional and value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise _bad(where, "must be an ISO 8601 time with a UTC offset" + (" or null" if optional else ""))
    return parsed.astimezone(UTC)


def _bytes(value: Any, where: str, min_bytes: int) -> bytes:
    try:
        decoded = base64.b64decode(value, validate=True) if isinstance(value, str) else None
    except (binascii.Error, ValueError):
        decoded = None
    if decoded is None:
        raise _bad(where, "must be base64")
    if len(decoded) < min_bytes:
        raise _bad(where, f"is {len(decoded)} bytes long, too short to be what llmvpn wrote (truncated?)")
    return decoded


def _wrapped_key(value: Any, where: str) -> WrappedKey:
    obj = _object(value, where, ("backend", "version", "blob"))
    if obj["backend"] not in BACKENDS:
        raise _bad(f"{where}.backend", f"must be one of {', '.join(BACKENDS)}")
    return WrappedKey(obj["backend"], _integer(obj["version"], f"{where}.version", 1),
                      _bytes(obj["blob"], f"{where}.blob", 1))


def _checked(where: str, check: Any, value: Any) -> Any:
    """Run one of records' check_* rules, re-raising its error under the item's path."""
    try:
        return check(value)
    except InvalidRequest as exc:
        raise InvalidRequest(f"{where}: {exc.message}", param=f"{where}.{exc.param}") from None


def _key(value: Any, where: str) -> SealedKey:
    obj = _object(value, where, KEY_FIELDS)
    if obj["status"] not in KEY_STATUSES:
        raise _bad(f"{where}.status", f"must be one of {', '.join(KEY_STATUSES)}")
    wrapped = _wrapped_key(obj["wrapped_key"], f"{where}.wrapped_key")
    return SealedKey(
        id=_id(obj["id"], f"{where}.id"),
        fingerprint=_text(obj["fingerprint"], f"{where}.fingerprint", 64, empty=False),
        label=_text(obj["label"], f"{where}.label", MAX_LABEL),
        rpm_limit=_checked(where, lambda v: check_limit(v, "rpm_limit"), obj["rpm_limit"]),
        tpm_limit=_checked(where, lambda v: check_limit(v, "tpm_limit"), obj["tpm_limit"]),
        status=obj["status"],
        disabled_reason=_text(obj["disabled_reason"], f"{where}.disabled_reason", MAX_REASON),
        created_at=_time_of(obj["created_at"], f"{where}.created_at"),  # type: ignore[arg-type]
        wrap_backend=wrapped.backend,
        wrap_version=wrapped.version,
        ciphertext=_bytes(obj["ciphertext"], f"{where}.ciphertext", NONCE_BYTES + GCM_TAG_BYTES + 1),
        wrapped_key=wrapped.blob,
    )


def _provider(value: Any, where: str) -> ProviderSnapshot:
    obj = _object(value, where, PROVIDER_FIELDS)
    if not isinstance(obj["is_active"], bool):
        raise _bad(f"{where}.is_active", "must be true or false")
    if obj["last_test_status"] not in ("", *TEST_STATUSES):
        raise _bad(f"{where}.last_test_status", f"must be \"\" (never tested) or one of {', '.join(TEST_STATUSES)}")
    if not isinstance(obj["keys"], list):
        raise _bad(f"{where}.keys", "must be a list")
    keys = tuple(_key(key, f"{where}.keys[{index}]") for index, key in enumerate(obj["keys"]))
    seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key.fingerprint in seen:
            raise _bad(f"{where}.keys[{index}]", f"the same key as {where}.keys[{seen[key.fingerprint]}] "
                                                 f"(fingerprint {key.fingerprint})")
        seen[key.fingerprint] = index
    return ProviderSnapshot(
        id=_id(obj["id"], f"{where}.id"),
        name=_checked(where, check_name, obj["name"]),
        kind=_checked(where, check_kind, obj["kind"]),
        base_url=_checked(where, check_base_url, obj["base_url"]),
        models=_checked(where, check_models, obj["models"]),
        is_active=obj["is_active"],
        version=_integer(obj["version"], f"{where}.version", 1),
        created_at=_time_of(obj["created_at"], f"{where}.created_at"),  # type: ignore[arg-type]
        updated_at=_time_of(obj["updated_at"], f"{where}.updated_at"),  # type: ignore[arg-type]
        last_test_status=obj["last_test_status"],
        last_tested_at=_time_of(obj["last_tested_at"], f"{where}.last_tested_at", optional=True),
        keys=keys,
    )


def _refuse_plaintext(document: dict[str, Any]) -> None:
    """Plaintext keys are not restored (there is no import flag): say so before any other complaint."""
    items = document.get("providers")
    for index, provider in enumerate(items if isinstance(items, list) else ()):
        if not isinstance(provider, dict):
            continue
        places = [(f"providers[{index}]", provider)]
        keys = provider.get("keys")
        places += [(f"providers[{index}].keys[{number}]", key)
                   for number, key in enumerate(keys if isinstance(keys, list) else ()) if isinstance(key, dict)]
        for where, item in places:
            for name in item:
                if name.lower() in _PLAINTEXT_FIELDS:
                    raise _bad(f"{where}.{name}", "the backup holds a key in plaintext, and restore takes keys "
                               "only as ciphertext sealed by the master key (there is no flag to import "
                               "plaintext here); add plaintext keys with a provider file (PROVIDER_FILE) or "
                               "`llmvpn keys import` instead")


def _no_duplicates(providers: tuple[ProviderSnapshot, ...]) -> None:
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    key_ids: dict[str, str] = {}
    for index, provider in enumerate(providers):
        where = f"providers[{index}]"
        if provider.id in ids:
            raise _bad(f"{where}.id", f"duplicate id: providers[{ids[provider.id]}] has the same id")
        if provider.name in names:
            raise _bad(f"{where}.name", f"duplicate name: providers[{names[provider.name]}] is also named "
                                        f"{provider.name!r}")
        ids[provider.id], names[provider.name] = index, index
        for number, key in enumerate(provider.keys):
            if key.id in key_ids:
                raise _bad(f"{where}.keys[{number}].id", f"duplicate key id: {key_ids[key.id]} has the same id")
            key_ids[key.id] = f"{where}.keys[{number}]"


def parse(data: bytes) -> ParsedBackup:
    """Check a whole backup document; InvalidRequest naming the first problem and where it is.

    In order: JSON, format, schema_version, no plaintext keys, checksum, every field of every item,
    no duplicate provider ids, names or key ids (fingerprints: per provider). Decryption and the MAC
    need the master key and are keyserver.backup's.
    """
    document = _load_json(data)
    if not isinstance(document, dict):
        raise InvalidRequest("the backup is not valid: expected a JSON object")
    if document.get("format") != FORMAT:
        raise _bad("format", f"this is not an llmvpn providers backup (expected format {FORMAT!r})")
    version = document.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        shown = repr(version) if isinstance(version, int) else "missing or not a number"
        raise _bad("schema_version", f"{shown} is not supported; this llmvpn reads backups of schema_version "
                                     f"{SCHEMA_VERSION}")
    _refuse_plaintext(document)
    checksum = document.get("checksum")
    if not isinstance(checksum, str) or not checksum.startswith(CHECKSUM_PREFIX):
        raise _bad("checksum", f"missing or not of the form {CHECKSUM_PREFIX}<hex>")
    if not hmac.compare_digest(checksum, checksum_of(document)):
        raise _bad("checksum", "does not match the content: the backup is damaged or was edited")
    _object(document, "backup", TOP_FIELDS)
    master = _object(document["master_key"], "master_key", ("backend", "versions"))
    if master["backend"] not in BACKENDS:
        raise _bad("master_key.backend", f"must be one of {', '.join(BACKENDS)}")
    if not isinstance(master["versions"], list):
        raise _bad("master_key.versions", "must be a list of integers")
    for index, number in enumerate(master["versions"]):
        _integer(number, f"master_key.versions[{index}]", 1)
    mac = _object(document["mac"], "mac", ("wrapped_key", "hmac_sha256"))
    mac_wrapped = _wrapped_key(mac["wrapped_key"], "mac.wrapped_key")
    if not isinstance(mac["hmac_sha256"], str) or not _HEX64.fullmatch(mac["hmac_sha256"]):
        raise _bad("mac.hmac_sha256", "must be 64 lowercase hex digits")
    if not isinstance(document["providers"], list):
        raise _bad("providers", "must be a list")
    providers = tuple(_provider(item, f"providers[{index}]") for index, item in enumerate(document["providers"]))
    _no_duplicates(providers)
    return ParsedBackup(created_at=_time_of(document["created_at"], "created_at"),  # type: ignore[arg-type]
                        backend=master["backend"], providers=providers, mac_wrapped_key=mac_wrapped,
                        mac_hex=mac["hmac_sha256"], document=document)
