"""A session's pseudonym mapping, sealed by the web server before the key server stores it.

The mapping pairs each original value with its surrogate: it is the one thing that turns the
pseudonymized history back into personal data. The key server keeps sessions in memory or in Redis,
and Redis may snapshot to disk, so the mapping goes there only as AES-256-GCM ciphertext under a key
that only the web servers hold (derived from WEB_SERVER_JWT_SECRET, which every worker and host of one
deployment shares). The associated data binds a sealed mapping to its session and owner, so one cannot
be moved into another session. Changing the JWT secret makes old mappings unreadable: those sessions
go on with a fresh mapping, and their earlier surrogates are no longer restored.
"""

from __future__ import annotations

import base64
import os
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"llmvpn/session-privacy-state/v1"
_NONCE = 12


class StateSealer:
    def __init__(self, secret: str) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret.encode())
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "<StateSealer>"

    def seal(self, data: dict[str, Any], *, session_id: str, owner: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, orjson.dumps(data), _context(session_id, owner))
        return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, token: str, *, session_id: str, owner: str) -> dict[str, Any]:
        """The sealed data; ValueError when it was not sealed for this session and owner by this key."""
        try:
            raw = base64.urlsafe_b64decode(token.encode("ascii"))
            data = orjson.loads(self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], _context(session_id, owner)))
        except (InvalidTag, ValueError, UnicodeEncodeError, orjson.JSONDecodeError):
            raise ValueError("the session's privacy state cannot be opened with this server's key") from None
        if not isinstance(data, dict):
            raise ValueError("the session's privacy state is not an object")
        return data


def _context(session_id: str, owner: str) -> bytes:
    return orjson.dumps([session_id, owner])
