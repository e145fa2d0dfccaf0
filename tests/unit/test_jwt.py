"""verify_token against every token FAULTS #13 lists; the 401/403 mapping is tested through the app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from llmvpn.errors import Unauthenticated
from llmvpn.web.auth import issue_token, verify_token

SECRET = "jwt-secret-for-tests-0123456789abcdefghij"
OTHER_SECRET = "another-secret-for-tests-0123456789abcdefg"
ISSUER, AUDIENCE = "llmvpn", "llmvpn"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _forge(header: dict, claims: dict, key: bytes | None) -> str:
    """A token assembled by hand, for headers PyJWT refuses to produce."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = _b64(hmac.new(key, signing_input.encode(), hashlib.sha256).digest()) if key else ""
    return f"{signing_input}.{signature}"


def _claims(**overrides: object) -> dict:
    now = int(time.time())
    claims = {"sub": "alice", "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 600}
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _issue(secret: str = SECRET, **kwargs: object) -> str:
    return issue_token(secret, "alice", ttl_seconds=60, issuer=ISSUER, audience=AUDIENCE, **kwargs)


def _verify(token: str):
    return verify_token(token, SECRET, issuer=ISSUER, audience=AUDIENCE)


def test_valid_token_names_its_subject() -> None:
    principal = _verify(_issue())
    assert principal.sub == "alice" and principal.admin is False
    assert principal.expires_at - principal.issued_at == 60 and principal.token_id


def test_admin_claim() -> None:
    token = issue_token(SECRET, "root", admin=True, ttl_seconds=60, issuer=ISSUER, audience=AUDIENCE)
    assert _verify(token).admin is True


def test_admin_claim_must_be_a_real_true() -> None:
    assert _verify(jwt.encode(_claims(admin="true"), SECRET, algorithm="HS256")).admin is False
    assert _verify(jwt.encode(_claims(admin=1), SECRET, algorithm="HS256")).admin is False


def test_expired_says_expired() -> None:
    token = _issue(now=time.time() - 120)
    with pytest.raises(Unauthenticated, match="^token expired$"):
        _verify(token)


def _rsa_private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


INVALID = {
    "bad signature": lambda: _issue()[:-4] + "AAAA",
    "other secret": lambda: _issue(OTHER_SECRET),
    "alg none": lambda: _forge({"alg": "none", "typ": "JWT"}, _claims(), None),
    "alg None, signed": lambda: _forge({"alg": "None", "typ": "JWT"}, _claims(), SECRET.encode()),
    "RS256": lambda: jwt.encode(_claims(), _rsa_private_key(), algorithm="RS256"),
    # Algorithm confusion: HS256 keyed with the RSA public key a server might also hold.
    "HS256 with RS public key": lambda: _forge(
        {"alg": "HS256", "typ": "JWT"}, _claims(),
        _rsa_private_key().public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo),
    ),
    "HS512": lambda: jwt.encode(_claims(), SECRET * 2, algorithm="HS512"),
    "no exp": lambda: jwt.encode(_claims(exp=None), SECRET, algorithm="HS256"),
    "no iat": lambda: jwt.encode(_claims(iat=None), SECRET, algorithm="HS256"),
    "no sub": lambda: jwt.encode(_claims(sub=None), SECRET, algorithm="HS256"),
    "empty sub": lambda: jwt.encode(_claims(sub=""), SECRET, algorithm="HS256"),
    "no iss": lambda: jwt.encode(_claims(iss=None), SECRET, algorithm="HS256"),
    "no aud": lambda: jwt.encode(_claims(aud=None), SECRET, algorithm="HS256"),
    "wrong aud": lambda: jwt.encode(_claims(aud="someone-else"), SECRET, algorithm="HS256"),
    "wrong iss": lambda: jwt.encode(_claims(iss="someone-else"), SECRET, algorithm="HS256"),
    "nbf in the future": lambda: jwt.encode(_claims(nbf=int(time.time()) + 300), SECRET, algorithm="HS256"),
    "iat in the future": lambda: jwt.encode(_claims(iat=int(time.time()) + 300), SECRET, algorithm="HS256"),
    "garbage": lambda: "not-a-token",
    "three garbage segments": lambda: "eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl",
    "empty": lambda: "",
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_tokens_say_invalid(case: str) -> None:
    with pytest.raises(Unauthenticated) as raised:
        _verify(INVALID[case]())
    assert raised.value.message == "invalid token"
    assert SECRET not in str(raised.value)


def test_nbf_within_leeway_is_accepted() -> None:
    assert _verify(jwt.encode(_claims(nbf=int(time.time()) + 2), SECRET, algorithm="HS256")).sub == "alice"


def test_issue_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        issue_token(SECRET, "", ttl_seconds=60, issuer=ISSUER, audience=AUDIENCE)
    with pytest.raises(ValueError):
        issue_token(SECRET, "alice", ttl_seconds=0, issuer=ISSUER, audience=AUDIENCE)


def test_the_verifier_remembers_a_token_only_until_it_expires() -> None:
    import time as _time

    from pydantic import SecretStr

    from llmvpn.errors import Unauthenticated
    from llmvpn.web.auth import LEEWAY_SECONDS, TokenVerifier, issue_token

    secret = SecretStr("v" * 40)
    verifier = TokenVerifier(secret, issuer="llmvpn", audience="llmvpn")
    # Past its expiry, inside the leeway for 0.6 to 1.6 more seconds (claims are whole seconds).
    token = issue_token(secret, "alice", ttl_seconds=1, issuer="llmvpn", audience="llmvpn",
                        now=_time.time() - 1 - LEEWAY_SECONDS + 1.6)
    assert verifier.verify(token).sub == "alice"
    assert verifier.verify(token).sub == "alice"  # remembered
    _time.sleep(2.0)
    try:
        verifier.verify(token)
    except Unauthenticated as exc:
        assert exc.code == "token_expired"
    else:
        raise AssertionError("a remembered token outlived its expiry")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for _ in range(2):  # a bad token is never remembered: it fails every time
        try:
            verifier.verify(forged)
        except Unauthenticated:
            pass
        else:
            raise AssertionError("a forged token was accepted")
