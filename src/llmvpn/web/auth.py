"""Bearer JWTs: HS256 under WEB_SERVER_JWT_SECRET, issued by `llmvpn token issue`, checked per request.

The algorithm is pinned, so `alg: none` and RS256/HS256 confusion fail like any bad signature, and
every token must name its subject, issuer, audience, issue time and expiry. A client learns only
"token expired" or "invalid token": the reason a forgery failed would help the next attempt.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

import jwt
from pydantic import SecretStr

from llmvpn.errors import Unauthenticated

ALGORITHM = "HS256"
# Clock skew tolerated between the issuing host and this one.
LEEWAY_SECONDS = 5.0
_REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud"]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the JWT subject, and whether the token carries the admin claim."""

    sub: str
    admin: bool
    issued_at: float
    expires_at: float
    token_id: str | None = None


def _secret_value(secret: str | SecretStr) -> str:
    return secret.get_secret_value() if isinstance(secret, SecretStr) else secret


def issue_token(
    secret: str | SecretStr, sub: str, *, admin: bool = False, ttl_seconds: float, issuer: str, audience: str,
    now: float | None = None,
) -> str:
    """A signed token for `sub`, valid from now for `ttl_seconds`."""
    if not sub:
        raise ValueError("a token needs a subject")
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    issued = int(now if now is not None else time.time())
    claims = {
        "sub": sub, "iss": issuer, "aud": audience, "iat": issued, "nbf": issued,
        "exp": issued + int(ttl_seconds), "jti": secrets.token_urlsafe(12), "admin": bool(admin),
    }
    return jwt.encode(claims, _secret_value(secret), algorithm=ALGORITHM)


def verify_token(
    token: str, secret: str | SecretStr, *, issuer: str, audience: str, leeway: float = LEEWAY_SECONDS,
) -> Principal:
    """The principal a token names; Unauthenticated("token expired" | "invalid token") otherwise."""
    try:
        claims = jwt.decode(
            token, _secret_value(secret), algorithms=[ALGORITHM], issuer=issuer, audience=audience,
            leeway=leeway, options={"require": _REQUIRED_CLAIMS},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("token expired", code="token_expired") from None
    except jwt.InvalidTokenError:
        raise Unauthenticated("invalid token") from None
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub:
        raise Unauthenticated("invalid token")
    jti = claims.get("jti")
    return Principal(
        sub=sub,
        admin=claims.get("admin") is True,  # only a real boolean true counts, not "false" or 1
        issued_at=float(claims["iat"]),
        expires_at=float(claims["exp"]),
        token_id=jti if isinstance(jti, str) else None,
    )



class TokenVerifier:
    """`verify_token` with a memory of tokens already verified, one per worker (app.state.verifier).

    A client sends the same token with every request, and checking its HMAC and claims costs more than
    the rest of authentication; a token seen before is trusted again until its own expiry, exactly as
    verifying it again would. Only valid tokens are remembered (a bad one costs a full check every
    time), at most `size` of them, oldest first out.
    """

    def __init__(self, secret: SecretStr, *, issuer: str, audience: str, size: int = 4096) -> None:
        self._secret, self._issuer, self._audience, self._size = secret, issuer, audience, size
        self._known: dict[str, Principal] = {}  # insertion-ordered: the first is the oldest

    def __repr__(self) -> str:
        return f"<TokenVerifier {len(self._known)} remembered>"

    def bearer(self, scheme: str, token: str) -> Principal:
        """The caller of an Authorization header (its scheme and credentials): no header, another scheme
        or an empty token is a missing token (401); a bearer token is verified."""
        if scheme.lower() != "bearer" or not token:
            raise Unauthenticated("missing bearer token", code="missing_token")
        return self.verify(token)

    def verify(self, token: str) -> Principal:
        principal = self._known.get(token)
        if principal is not None:
            if time.time() <= principal.expires_at + LEEWAY_SECONDS:
                return principal
            del self._known[token]
        principal = verify_token(token, self._secret, issuer=self._issuer, audience=self._audience)
        if len(self._known) >= self._size:
            del self._known[next(iter(self._known))]
        self._known[token] = principal
        return principal
