"""Envelope encryption: each secret under its own data key, each data key wrapped by a master key.

A provider key at rest is `SealedSecret(ciphertext, wrapped_key)`:
- `ciphertext` = nonce (12 bytes) || AES-256-GCM(data_key, plaintext, aad=context)
- `wrapped_key` = the data key encrypted by the master-key backend, with the backend's name and the
  master-key version that wrapped it, so a rotation can re-wrap data keys one by one while both
  versions still open them, and never touches the ciphertexts.

`context` binds a ciphertext to the record it belongs to (e.g. b"key:<id>"), so a ciphertext moved to
another row does not open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from llmvpn.errors import CryptoError

NONCE_BYTES = 12
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class WrappedKey:
    """A data key as the master-key backend returned it."""

    backend: str  # "local" | "vault"
    version: int  # master-key version that wrapped it
    blob: bytes

    def __repr__(self) -> str:
        return f"WrappedKey(backend={self.backend!r}, version={self.version}, blob=<{len(self.blob)} bytes>)"


@dataclass(frozen=True)
class SealedSecret:
    ciphertext: bytes
    wrapped_key: WrappedKey

    def __repr__(self) -> str:
        return f"SealedSecret(<{len(self.ciphertext)} bytes>, {self.wrapped_key!r})"


@runtime_checkable
class MasterKey(Protocol):
    """What the registry needs of a master-key backend (local key ring or Vault transit)."""

    name: str

    def current_version(self) -> int:
        """The version new data keys are wrapped with."""
        ...

    def wrap(self, data_key: bytes, *, context: bytes) -> WrappedKey:
        """Encrypt a data key under the current master-key version."""
        ...

    def unwrap(self, wrapped: WrappedKey, *, context: bytes) -> bytes:
        """Decrypt a data key; CryptoError if it does not open, MasterKeyUnavailable if unreachable."""
        ...

    def rotate(self) -> int:
        """Make a new master-key version current; returns it. Old versions keep opening."""
        ...

    def rewrap(self, wrapped: WrappedKey, *, context: bytes) -> WrappedKey:
        """Re-encrypt a wrapped data key under the current version without exposing it outside."""
        ...

    def check(self) -> None:
        """Raise MasterKeyUnavailable (or CryptoError) if the backend can't serve right now."""
        ...


def seal(master: MasterKey, plaintext: bytes, *, context: bytes) -> SealedSecret:
    """Encrypt `plaintext` under a fresh data key and wrap that key with `master`."""
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = nonce + AESGCM(data_key).encrypt(nonce, plaintext, context)
    return SealedSecret(ciphertext=ciphertext, wrapped_key=master.wrap(data_key, context=context))


def open_sealed(master: MasterKey, sealed: SealedSecret, *, context: bytes) -> bytes:
    """Decrypt a SealedSecret; CryptoError if the ciphertext, data key or context doesn't match."""
    data_key = master.unwrap(sealed.wrapped_key, context=context)
    return aes_open(data_key, sealed.ciphertext, context=context)


def aes_seal(key: bytes, plaintext: bytes, *, context: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def aes_open(key: bytes, blob: bytes, *, context: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise CryptoError("ciphertext is truncated")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context)
    except InvalidTag:
        raise CryptoError("ciphertext does not open: wrong master key, wrong record, or tampered data") from None

