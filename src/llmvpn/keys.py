"""Provider API keys as values that can't print themselves.

Shared by both processes: the key server builds them when it decrypts, the web server receives them in
a lease. Anything that formats one (a log line, an f-string, a repr in a traceback) gets the fingerprint.
"""

from __future__ import annotations

import hashlib

# The longest key accepted anywhere (API, provider file, CSV, restore).
MAX_KEY_LENGTH = 4096


def sendable(secret: str) -> bool:
    """Whether `secret` (already stripped) can go out as a key: it travels in an HTTP header
    (Authorization, x-api-key), which carries one run of printable ASCII; no spaces, at most
    MAX_KEY_LENGTH characters."""
    return (0 < len(secret) <= MAX_KEY_LENGTH and secret.isascii() and secret.isprintable()
            and " " not in secret)


def fingerprint(secret: str) -> str:
    """How a key is named outside the key server: a hash prefix and its last 4 characters.

    Stable across master keys and backups, so a key can be removed or reported without being shown.
    """
    digest = hashlib.sha256(secret.encode()).hexdigest()[:8]
    return f"{digest}...{secret[-4:]}" if len(secret) >= 16 else digest


class ProviderKey:
    """A plaintext provider key; `reveal()` is the one way to get the value (for the upstream call)."""

    __slots__ = ("_value", "fingerprint")

    def __init__(self, value: str) -> None:
        self._value = value
        self.fingerprint = fingerprint(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"ProviderKey({self.fingerprint})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ProviderKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> tuple:
        raise TypeError("a ProviderKey is not to be pickled")
