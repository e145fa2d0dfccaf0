"""The Vault (or OpenBao) transit master key: data keys are wrapped by a transit key that never leaves Vault.

`wrap` is transit encrypt, `unwrap` transit decrypt, `rotate` a new transit key version, `rewrap` transit
rewrap (Vault re-encrypts under the latest version; the data key is never in our hands during it).

Binding to `context`: transit's `associated_data` would be the natural place, but OpenBao 2.7's rewrap
endpoint does not accept it (a rewrap of such a ciphertext fails authentication), and derived keys would
refuse the plain transit keys operators usually create. So the context is bound inside the encrypted
payload instead: what Vault encrypts is `0x01 || sha256("llmvpn vault dek|" + context) || data_key`, and
`unwrap` refuses a payload whose digest is not the record's. Rewrap keeps the payload, so the binding
survives rotations.

Every hvac/requests error is translated once, in `_vault_errors`: Vault down, hung, sealed or refusing the
token → `MasterKeyUnavailable` (the key server degrades to 503, never falls back to plaintext); a
ciphertext Vault won't open → `CryptoError`. Each HTTP call has the configured timeout.

The token needs, on the transit mount `<m>` and key `<k>`:

    path "<m>/encrypt/<k>"     { capabilities = ["update"] }
    path "<m>/decrypt/<k>"     { capabilities = ["update"] }
    path "<m>/rewrap/<k>"      { capabilities = ["update"] }
    path "<m>/keys/<k>"        { capabilities = ["read"] }    # ["read", "update"] to let llmvpn create it
    path "<m>/keys/<k>/rotate" { capabilities = ["update"] }  # only to rotate (`llmvpn master-key rotate`)
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import sha256
from typing import Any

import hvac
import hvac.exceptions
import requests

from llmvpn.crypto.envelope import WrappedKey
from llmvpn.errors import ConfigError, CryptoError, MasterKeyUnavailable
from llmvpn.logging import mask_secrets, register_secret

_PAYLOAD_FORMAT = b"\x01"
_CONTEXT_LABEL = b"llmvpn vault dek|"
_DIGEST_BYTES = 32
_CIPHERTEXT_VERSION = re.compile(r"^vault:v(\d+):")
KEY_TYPE = "aes256-gcm96"


def _context_digest(context: bytes) -> bytes:
    return sha256(_CONTEXT_LABEL + context).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _version_of(ciphertext: str) -> int:
    match = _CIPHERTEXT_VERSION.match(ciphertext)
    if match is None:
        raise CryptoError("not a Vault transit ciphertext (no vault:vN: prefix)")
    return int(match.group(1))


def _display_addr(addr: str) -> str:
    """The address without any user:password part, for messages."""
    parts = urllib.parse.urlsplit(addr)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class VaultTransitMasterKey:
    """A transit key in Vault/OpenBao as the master key; implements crypto.envelope.MasterKey."""

    name = "vault"

    def __init__(self, addr: str, token: str, *, mount: str = "transit", key: str = "llmvpn",
                 timeout: float = 5.0, ensure_key: bool = True) -> None:
        """Connect to `addr` and, unless `ensure_key=False`, create the transit key (and mount) if missing.

        Raises MasterKeyUnavailable if Vault can't be reached or refuses the token, ConfigError if the key
        exists but can't be used for encryption.
        """
        register_secret(token)
        self._addr = _display_addr(addr)
        parts = urllib.parse.urlsplit(addr)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"VAULT_ADDR {self._addr!r} is not an http(s) URL (e.g. https://vault:8200)")
        self._mount = mount.strip("/")
        self._key = key
        self._timeout = timeout
        # No redirects: requests would resend X-Vault-Token to whatever host a 3xx names.
        self._client = hvac.Client(url=addr, token=token, timeout=timeout, allow_redirects=False)
        if ensure_key:
            self.ensure_key()

    def __repr__(self) -> str:
        return f"VaultTransitMasterKey(addr={self._addr!r}, mount={self._mount!r}, key={self._key!r})"

    @contextmanager
    def _vault_errors(self, action: str) -> Iterator[None]:
        """Translate what hvac and requests raise into llmvpn's errors; the only place that does."""
        where = f"Vault at {self._addr}"
        try:
            yield
        except requests.Timeout as exc:
            raise MasterKeyUnavailable(f"{where} did not answer within {self._timeout:g} s "
                                       f"(while trying to {action})") from exc
        except requests.RequestException as exc:
            raise MasterKeyUnavailable(f"{where} is unreachable ({exc.__class__.__name__}) "
                                       f"(while trying to {action})") from exc
        except hvac.exceptions.VaultError as exc:
            # Vault's errors can be multi-line ("1 error occurred:\n\t* ..."); a log line wants one line.
            reason = mask_secrets(" ".join("; ".join(exc.errors or []).split()) or exc.__class__.__name__)
            if isinstance(exc, hvac.exceptions.InvalidRequest) and "encryption key not found" not in reason:
                # 400 from transit: this ciphertext (tampered, wrong key, below min_decryption_version).
                raise CryptoError(f"{where} could not {action}: {reason}") from exc
            if isinstance(exc, hvac.exceptions.VaultDown):
                reason = "sealed" if "sealed" in reason.lower() else f"unavailable (HTTP 503: {reason})"
                raise MasterKeyUnavailable(f"{where} is {reason} (while trying to {action})") from exc
            if isinstance(exc, (hvac.exceptions.Forbidden, hvac.exceptions.Unauthorized)):
                raise MasterKeyUnavailable(
                    f"{where} refused the token while trying to {action} "
                    "(token expired or revoked, or its policy lacks this path)"
                ) from exc
            raise MasterKeyUnavailable(f"{where} could not {action}: {reason}") from exc

    def _data(self, response: Any, action: str) -> dict[str, Any]:
        if not isinstance(response, dict) or not isinstance(response.get("data"), dict):
            status = getattr(response, "status_code", "?")
            raise MasterKeyUnavailable(f"Vault at {self._addr} gave an unexpected answer (HTTP {status}) "
                                       f"while trying to {action}")
        return response["data"]

    def _read_key(self) -> dict[str, Any]:
        action = f"read transit key {self._mount}/{self._key}"
        with self._vault_errors(action):
            response = self._client.secrets.transit.read_key(self._key, mount_point=self._mount)
        return self._data(response, action)

    def ensure_key(self) -> None:
        """Create the transit key (enabling the mount first if needed and allowed) unless it exists."""
        transit = self._client.secrets.transit
        where = f"{self._mount}/{self._key}"
        info: dict[str, Any] | None = None
        with self._vault_errors(f"read transit key {where}"):
            try:
                info = self._data(transit.read_key(self._key, mount_point=self._mount), f"read {where}")
            except hvac.exceptions.InvalidPath:
                pass
        if info is None:
            mounted = True
            with self._vault_errors(f"create transit key {where}"):
                try:
                    transit.create_key(self._key, key_type=KEY_TYPE, mount_point=self._mount)
                except hvac.exceptions.InvalidPath:
                    # A missing key is a 404 on read only; a 404 on create means no engine is mounted there.
                    mounted = False
            if not mounted:
                with self._vault_errors(f"enable the transit engine at {self._mount}/"):
                    self._client.sys.enable_secrets_engine("transit", path=self._mount)
                with self._vault_errors(f"create transit key {where}"):
                    transit.create_key(self._key, key_type=KEY_TYPE, mount_point=self._mount)
            info = self._read_key()
        if not (info.get("supports_encryption") and info.get("supports_decryption")):
            raise ConfigError(f"transit key {self._mount}/{self._key} (type {info.get('type')}) "
                              f"can't encrypt; use a key of type {KEY_TYPE}")
        if info.get("derived"):
            raise ConfigError(f"transit key {self._mount}/{self._key} uses key derivation, which llmvpn does "
                              "not support; create a plain key (derived=false)")

    def current_version(self) -> int:
        """The transit key's latest version, read from Vault (another host may have rotated it)."""
        return int(self._read_key()["latest_version"])

    def wrap(self, data_key: bytes, *, context: bytes) -> WrappedKey:
        """Transit-encrypt the data key, bound to `context`, under the latest key version."""
        payload = _PAYLOAD_FORMAT + _context_digest(context) + data_key
        action = "wrap a data key"
        with self._vault_errors(action):
            response = self._client.secrets.transit.encrypt_data(
                self._key, plaintext=_b64(payload), mount_point=self._mount
            )
        ciphertext = str(self._data(response, action).get("ciphertext", ""))
        return WrappedKey(backend=self.name, version=_version_of(ciphertext), blob=ciphertext.encode())

    def _ciphertext(self, wrapped: WrappedKey) -> str:
        if wrapped.backend != self.name:
            raise CryptoError(f"data key was wrapped by the {wrapped.backend!r} backend, not Vault transit")
        try:
            ciphertext = wrapped.blob.decode("ascii")
        except UnicodeDecodeError:
            raise CryptoError("wrapped data key is not a Vault transit ciphertext") from None
        if _version_of(ciphertext) != wrapped.version:
            raise CryptoError("wrapped data key's version does not match its ciphertext")
        return ciphertext

    def unwrap(self, wrapped: WrappedKey, *, context: bytes) -> bytes:
        """Transit-decrypt a data key; CryptoError if it doesn't open or belongs to another record."""
        ciphertext = self._ciphertext(wrapped)
        action = "unwrap a data key"
        with self._vault_errors(action):
            response = self._client.secrets.transit.decrypt_data(
                self._key, ciphertext=ciphertext, mount_point=self._mount
            )
        try:
            payload = base64.b64decode(self._data(response, action).get("plaintext", ""), validate=True)
        except (binascii.Error, TypeError):
            raise CryptoError("Vault returned a data key llmvpn did not wrap") from None
        head, digest = payload[:1], payload[1:1 + _DIGEST_BYTES]
        if head != _PAYLOAD_FORMAT or len(payload) <= 1 + _DIGEST_BYTES:
            raise CryptoError("Vault returned a data key llmvpn did not wrap")
        if not hmac.compare_digest(digest, _context_digest(context)):
            raise CryptoError("data key belongs to another record (context mismatch)")
        return payload[1 + _DIGEST_BYTES:]

    def rotate(self) -> int:
        """Add a transit key version and return the latest version; older versions keep decrypting."""
        with self._vault_errors(f"rotate transit key {self._mount}/{self._key}"):
            self._client.secrets.transit.rotate_key(self._key, mount_point=self._mount)
        return self.current_version()

    def rewrap(self, wrapped: WrappedKey, *, context: bytes) -> WrappedKey:
        """Transit rewrap to the latest version: Vault decrypts and re-encrypts inside itself.

        `context` is not sent: the binding lives inside the payload, which rewrap carries over unchanged,
        and is checked by `unwrap`.
        """
        ciphertext = self._ciphertext(wrapped)
        action = "rewrap a data key"
        with self._vault_errors(action):
            response = self._client.secrets.transit.rewrap_data(
                self._key, ciphertext=ciphertext, mount_point=self._mount
            )
        new = str(self._data(response, action).get("ciphertext", ""))
        return WrappedKey(backend=self.name, version=_version_of(new), blob=new.encode())

    def check(self) -> None:
        """Raise MasterKeyUnavailable unless Vault is reachable, unsealed, takes the token and has the key."""
        info = self._read_key()
        if not info.get("supports_encryption"):
            raise MasterKeyUnavailable(f"transit key {self._mount}/{self._key} can no longer encrypt")
