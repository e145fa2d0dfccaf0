"""The default master key: derived from BACKEND_API_KEY_SECRET, versioned by salt.

Version v's key is scrypt(secret, salt_v). The salts live in a small JSON key-ring file beside the
database (mode 0600), each with a check value, so a wrong secret is caught at start-up with a clear
message instead of failing later on the first decrypt. `rotate()` adds a version with a fresh salt;
all versions keep opening what they wrapped until the registry has re-wrapped every data key.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import threading
from hashlib import scrypt, sha256
from pathlib import Path

from llmvpn.atomic import write_atomic
from llmvpn.crypto.envelope import WrappedKey, aes_open, aes_seal
from llmvpn.errors import ConfigError, CryptoError

# scrypt at n=2**14 costs ~50 ms and 16 MiB once per version at start-up: slows a guess at the secret
# from a stolen key-ring file, costs nothing per request.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}
_CHECK_LABEL = b"llmvpn master key check v1"
_RING_FORMAT = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _derive(secret: str, salt: bytes) -> bytes:
    return scrypt(secret.encode(), salt=salt, **_SCRYPT)


def _check_value(key: bytes) -> str:
    return _b64(hmac.new(key, _CHECK_LABEL, sha256).digest()[:16])


class LocalMasterKey:
    """Master-key versions derived from one secret; implements crypto.envelope.MasterKey."""

    name = "local"

    def __init__(self, secret: str, ring_file: Path) -> None:
        self._secret = secret
        self._ring_file = ring_file
        self._lock = threading.Lock()
        self._keys: dict[int, bytes] = {}
        self._current = 0
        self._load_or_create()

    def __repr__(self) -> str:
        return f"LocalMasterKey(ring={str(self._ring_file)!r}, versions={sorted(self._keys)})"

    def _load_or_create(self) -> None:
        if not self._ring_file.exists():
            self._ring = {"format": _RING_FORMAT, "current": 0, "versions": {}}
            self._add_version()
            return
        mode = self._ring_file.stat().st_mode & 0o777
        if mode & 0o077:
            raise ConfigError(f"{self._ring_file} is readable by others (mode {mode:04o}); run `chmod 600 {self._ring_file}`")
        try:
            ring = json.loads(self._ring_file.read_text())
            current = int(ring["current"])
            versions = {int(v): (base64.b64decode(e["salt"], validate=True), str(e["check"]))
                        for v, e in ring["versions"].items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{self._ring_file} is not a valid llmvpn key ring ({exc.__class__.__name__})") from None
        keys = {}
        for version, (salt, check) in versions.items():
            key = _derive(self._secret, salt)
            if not hmac.compare_digest(_check_value(key), check):
                raise ConfigError(
                    "BACKEND_API_KEY_SECRET does not match the master key that encrypted this database "
                    f"(key ring {self._ring_file}); start with the original secret"
                )
            keys[version] = key
        if current not in keys:
            raise ConfigError(f"{self._ring_file} names current version {current}, which it does not hold")
        self._ring, self._keys, self._current = ring, keys, current

    def _add_version(self) -> int:
        salt = os.urandom(16)
        key = _derive(self._secret, salt)
        version = self._current + 1
        ring = {
            "format": _RING_FORMAT,
            "current": version,
            "versions": {**self._ring["versions"], str(version): {"salt": _b64(salt), "check": _check_value(key)}},
        }
        write_atomic(self._ring_file, json.dumps(ring, indent=2).encode())
        self._ring, self._current = ring, version
        self._keys[version] = key
        return version

    def current_version(self) -> int:
        return self._current

    def wrap(self, data_key: bytes, *, context: bytes) -> WrappedKey:
        version = self._current
        blob = aes_seal(self._keys[version], data_key, context=b"dek|" + context)
        return WrappedKey(backend=self.name, version=version, blob=blob)

    def unwrap(self, wrapped: WrappedKey, *, context: bytes) -> bytes:
        if wrapped.backend != self.name:
            raise CryptoError(f"data key was wrapped by the {wrapped.backend!r} backend, not the local master key")
        key = self._keys.get(wrapped.version)
        if key is None:
            raise CryptoError(f"master key version {wrapped.version} is not in the key ring")
        return aes_open(key, wrapped.blob, context=b"dek|" + context)

    def rotate(self) -> int:
        with self._lock:
            return self._add_version()

    def rewrap(self, wrapped: WrappedKey, *, context: bytes) -> WrappedKey:
        if wrapped.backend == self.name and wrapped.version == self._current:
            return wrapped
        return self.wrap(self.unwrap(wrapped, context=context), context=context)

    def check(self) -> None:
        return None
