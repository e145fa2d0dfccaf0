"""The Vault transit master key against a real OpenBao dev server: round trips, rotation, and every way
Vault can be unavailable (down, hung, sealed, token refused), none of which may print the token."""

from __future__ import annotations

import base64
import time
import traceback
import uuid
from collections.abc import Callable

import pytest

from llmvpn.config import KeyServerSettings
from llmvpn.crypto.envelope import WrappedKey, open_sealed, seal
from llmvpn.crypto.factory import build_master_key
from llmvpn.crypto.vault import VaultTransitMasterKey
from llmvpn.errors import ConfigError, CryptoError, MasterKeyUnavailable
from llmvpn.logging import mask_secrets
from tests.fixtures.openbao import OpenBaoServer

pytestmark = pytest.mark.vault

DATA_KEY = bytes(range(100, 132))
CANARY_TOKEN = "canary-vault-token-7f3a9c1e5b2d4086"
TIMEOUT = 0.5


def _name(prefix: str = "llmvpn-test") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def key_name() -> str:
    return _name()


@pytest.fixture
def master(openbao: OpenBaoServer, key_name: str) -> VaultTransitMasterKey:
    return VaultTransitMasterKey(openbao.addr, openbao.token, key=key_name, timeout=2.0)


def _policy_token(server: OpenBaoServer, key: str, *, create: bool = False, ttl: str | None = None) -> str:
    """A token holding only the policy vault.py's docstring asks for."""
    key_rights = '["read", "update"]' if create else '["read"]'
    policy = f"""
        path "transit/encrypt/{key}"     {{ capabilities = ["update"] }}
        path "transit/decrypt/{key}"     {{ capabilities = ["update"] }}
        path "transit/rewrap/{key}"      {{ capabilities = ["update"] }}
        path "transit/keys/{key}"        {{ capabilities = {key_rights} }}
        path "transit/keys/{key}/rotate" {{ capabilities = ["update"] }}
    """
    root = server.client()
    root.sys.create_or_update_policy(name=key, policy=policy)
    extra = {"ttl": ttl, "explicit_max_ttl": ttl} if ttl else {}
    return root.auth.token.create(policies=[key], no_default_policy=True, **extra)["auth"]["client_token"]


def _texts(exc: BaseException) -> str:
    """Everything a log line or traceback could print of an exception, its causes included."""
    parts = ["".join(traceback.format_exception(exc))]
    seen: BaseException | None = exc
    while seen is not None:
        parts += [str(seen), repr(seen)]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


def _assert_no_token(exc: BaseException, token: str) -> None:
    text = _texts(exc)
    for form in (token, base64.b64encode(token.encode()).decode().rstrip("="), token[-8:]):
        assert form not in text


def _raises_within(budget: float, call: Callable[[], object]) -> MasterKeyUnavailable:
    started = time.monotonic()
    with pytest.raises(MasterKeyUnavailable) as info:
        call()
    assert time.monotonic() - started < budget + 0.5
    return info.value


# --- round trips --------------------------------------------------------------------------------------


def test_wrap_creates_the_key_and_opens_again(master: VaultTransitMasterKey, openbao: OpenBaoServer,
                                              key_name: str) -> None:
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    assert openbao.client().secrets.transit.read_key(key_name)["data"]["type"] == "aes256-gcm96"
    assert (wrapped.backend, wrapped.version) == ("vault", 1)
    assert wrapped.blob.startswith(b"vault:v1:")
    assert DATA_KEY not in wrapped.blob and base64.b64encode(DATA_KEY) not in wrapped.blob
    assert master.unwrap(wrapped, context=b"key:1") == DATA_KEY
    master.check()


def test_envelope_round_trip_through_vault(master: VaultTransitMasterKey) -> None:
    sealed = seal(master, b"sk-canary-vault-provider-key", context=b"key:42")

    assert open_sealed(master, sealed, context=b"key:42") == b"sk-canary-vault-provider-key"


def test_a_data_key_moved_to_another_record_does_not_open(master: VaultTransitMasterKey) -> None:
    sealed = seal(master, b"sk-canary", context=b"key:1")

    with pytest.raises(CryptoError, match="another record") as info:
        master.unwrap(sealed.wrapped_key, context=b"key:2")
    assert not isinstance(info.value, MasterKeyUnavailable)
    with pytest.raises(CryptoError):
        open_sealed(master, sealed, context=b"key:2")


def test_a_tampered_ciphertext_is_a_crypto_error_not_an_outage(master: VaultTransitMasterKey) -> None:
    wrapped = master.wrap(DATA_KEY, context=b"key:1")
    body = bytearray(wrapped.blob)
    body[20] = ord("A") if body[20] != ord("A") else ord("B")

    with pytest.raises(CryptoError) as info:
        master.unwrap(WrappedKey("vault", 1, bytes(body)), context=b"key:1")
    assert not isinstance(info.value, MasterKeyUnavailable)


@pytest.mark.parametrize("wrapped", [
    WrappedKey("local", 1, b"vault:v1:AAAA"),
    WrappedKey("vault", 1, b"not a transit ciphertext"),
    WrappedKey("vault", 1, b"\xff\xfe"),
    WrappedKey("vault", 2, b"vault:v1:AAAA"),  # version field disagrees with the ciphertext
], ids=["other-backend", "no-prefix", "not-ascii", "version-mismatch"])
def test_malformed_wrapped_keys_are_refused(master: VaultTransitMasterKey, wrapped: WrappedKey) -> None:
    with pytest.raises(CryptoError) as info:
        master.unwrap(wrapped, context=b"key:1")
    assert not isinstance(info.value, MasterKeyUnavailable)


# --- rotation -----------------------------------------------------------------------------------------


def test_rotation_and_rewrap(master: VaultTransitMasterKey) -> None:
    old = master.wrap(DATA_KEY, context=b"key:1")

    assert master.rotate() == 2
    assert master.current_version() == 2
    assert master.unwrap(old, context=b"key:1") == DATA_KEY  # old versions keep opening
    assert master.wrap(DATA_KEY, context=b"key:1").version == 2

    rewrapped = master.rewrap(old, context=b"key:1")

    assert rewrapped.version == 2 and rewrapped.blob.startswith(b"vault:v2:")
    assert DATA_KEY not in rewrapped.blob and base64.b64encode(DATA_KEY) not in rewrapped.blob
    assert master.unwrap(rewrapped, context=b"key:1") == DATA_KEY
    # The record binding travels with the payload through the rewrap.
    with pytest.raises(CryptoError, match="another record"):
        master.unwrap(rewrapped, context=b"key:2")


def test_raising_min_decryption_version_retires_old_ciphertexts(
    master: VaultTransitMasterKey, openbao: OpenBaoServer, key_name: str
) -> None:
    old = master.wrap(DATA_KEY, context=b"key:1")
    master.rotate()
    rewrapped = master.rewrap(old, context=b"key:1")

    openbao.client().secrets.transit.update_key_configuration(key_name, min_decryption_version=2)

    assert master.unwrap(rewrapped, context=b"key:1") == DATA_KEY
    for call in (lambda: master.unwrap(old, context=b"key:1"), lambda: master.rewrap(old, context=b"key:1")):
        with pytest.raises(CryptoError) as info:
            call()
        assert not isinstance(info.value, MasterKeyUnavailable)


# --- set-up ---------------------------------------------------------------------------------------------


def test_a_missing_mount_is_enabled_when_the_token_may(openbao: OpenBaoServer) -> None:
    mount = _name("transit")

    master = VaultTransitMasterKey(openbao.addr, openbao.token, mount=mount, key="llmvpn", timeout=2.0)

    assert f"{mount}/" in openbao.client().sys.list_mounted_secrets_engines()["data"]
    assert master.unwrap(master.wrap(DATA_KEY, context=b"c"), context=b"c") == DATA_KEY


def test_the_documented_least_privilege_policy_is_enough(openbao: OpenBaoServer, key_name: str) -> None:
    token = _policy_token(openbao, key_name, create=True)

    master = VaultTransitMasterKey(openbao.addr, token, key=key_name, timeout=2.0)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")
    master.rotate()

    assert master.unwrap(master.rewrap(wrapped, context=b"key:1"), context=b"key:1") == DATA_KEY
    master.check()


def test_a_token_that_may_not_create_the_key_says_so(openbao: OpenBaoServer, key_name: str) -> None:
    token = _policy_token(openbao, key_name, create=False)

    with pytest.raises(MasterKeyUnavailable, match="refused the token while trying to create transit key"):
        VaultTransitMasterKey(openbao.addr, token, key=key_name, timeout=2.0)


@pytest.mark.parametrize("options", [{"type": "ed25519"}, {"derived": True}], ids=["signing-key", "derived"])
def test_an_unusable_existing_key_is_a_config_error(openbao: OpenBaoServer, key_name: str,
                                                    options: dict[str, object]) -> None:
    key_type = str(options.get("type", "aes256-gcm96"))
    openbao.client().secrets.transit.create_key(key_name, key_type=key_type, derived=options.get("derived"))

    with pytest.raises(ConfigError, match=key_name):
        VaultTransitMasterKey(openbao.addr, openbao.token, key=key_name, timeout=2.0)


@pytest.mark.parametrize("addr", ["127.0.0.1:8200", "vault:8200", "ftp://vault", "http://"])
def test_an_address_that_is_not_a_url_is_a_config_error(addr: str) -> None:
    with pytest.raises(ConfigError, match="VAULT_ADDR"):
        VaultTransitMasterKey(addr, CANARY_TOKEN, timeout=TIMEOUT)


def test_factory_builds_the_vault_master_key(openbao: OpenBaoServer, key_name: str) -> None:
    settings = KeyServerSettings(vault_addr=openbao.addr, vault_token=openbao.token,
                                 vault_transit_key=key_name, vault_timeout_seconds=2.0)

    master = build_master_key(settings)

    assert isinstance(master, VaultTransitMasterKey) and master.name == "vault"
    assert master.unwrap(master.wrap(DATA_KEY, context=b"c"), context=b"c") == DATA_KEY


# --- Vault unavailable ------------------------------------------------------------------------------------


def test_a_refused_connection_is_unavailable_at_once(refused_addr: str) -> None:
    exc = _raises_within(TIMEOUT, lambda: VaultTransitMasterKey(refused_addr, CANARY_TOKEN, timeout=TIMEOUT))

    assert "unreachable" in str(exc) and refused_addr in str(exc)
    _assert_no_token(exc, CANARY_TOKEN)


def test_a_hung_vault_is_unavailable_within_the_timeout(hanging_addr: str) -> None:
    exc = _raises_within(TIMEOUT, lambda: VaultTransitMasterKey(hanging_addr, CANARY_TOKEN, timeout=TIMEOUT))
    assert f"did not answer within {TIMEOUT:g} s" in str(exc)

    master = VaultTransitMasterKey(hanging_addr, CANARY_TOKEN, timeout=TIMEOUT, ensure_key=False)
    for call in (lambda: master.wrap(DATA_KEY, context=b"c"),
                 lambda: master.unwrap(WrappedKey("vault", 1, b"vault:v1:AAAA"), context=b"c"),
                 master.check, master.rotate, master.current_version):
        _assert_no_token(_raises_within(TIMEOUT, call), CANARY_TOKEN)


def test_a_vault_that_goes_down_makes_the_key_unavailable(fresh_openbao: OpenBaoServer) -> None:
    master = VaultTransitMasterKey(fresh_openbao.addr, fresh_openbao.token, timeout=TIMEOUT)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    fresh_openbao.stop()

    exc = _raises_within(TIMEOUT, lambda: master.unwrap(wrapped, context=b"key:1"))
    _assert_no_token(exc, fresh_openbao.token)


def test_a_sealed_vault_is_unavailable_until_unsealed(fresh_openbao: OpenBaoServer) -> None:
    master = VaultTransitMasterKey(fresh_openbao.addr, fresh_openbao.token, timeout=TIMEOUT)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    fresh_openbao.seal()

    for call in (master.check,
                 lambda: master.unwrap(wrapped, context=b"key:1"),
                 lambda: master.wrap(DATA_KEY, context=b"key:1"),
                 lambda: master.rewrap(wrapped, context=b"key:1")):
        exc = _raises_within(TIMEOUT, call)
        assert "is sealed" in str(exc)
        _assert_no_token(exc, fresh_openbao.token)
    with pytest.raises(MasterKeyUnavailable, match="sealed"):
        VaultTransitMasterKey(fresh_openbao.addr, fresh_openbao.token, timeout=TIMEOUT)

    fresh_openbao.unseal()

    master.check()
    assert master.unwrap(wrapped, context=b"key:1") == DATA_KEY


def test_a_bad_token_is_unavailable_and_never_printed(openbao: OpenBaoServer) -> None:
    exc = _raises_within(TIMEOUT, lambda: VaultTransitMasterKey(openbao.addr, CANARY_TOKEN, timeout=TIMEOUT))

    assert "refused the token" in str(exc)
    _assert_no_token(exc, CANARY_TOKEN)


def test_an_expired_token_is_unavailable(openbao: OpenBaoServer, key_name: str) -> None:
    token = _policy_token(openbao, key_name, create=True, ttl="2s")
    master = VaultTransitMasterKey(openbao.addr, token, key=key_name, timeout=TIMEOUT)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    time.sleep(2.5)  # past the TTL; the margin keeps a slow machine from expiring it mid-set-up

    exc = _raises_within(TIMEOUT, lambda: master.unwrap(wrapped, context=b"key:1"))
    assert "refused the token" in str(exc) and "expired" in str(exc)
    _assert_no_token(exc, token)


def test_a_revoked_token_is_unavailable(openbao: OpenBaoServer, key_name: str) -> None:
    token = _policy_token(openbao, key_name, create=True)
    master = VaultTransitMasterKey(openbao.addr, token, key=key_name, timeout=TIMEOUT)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    openbao.client().auth.token.revoke(token)

    for call in (master.check, lambda: master.unwrap(wrapped, context=b"key:1")):
        _assert_no_token(_raises_within(TIMEOUT, call), token)


def test_the_token_is_masked_in_logs_and_absent_from_repr(openbao: OpenBaoServer, key_name: str) -> None:
    token = _policy_token(openbao, key_name, create=True)
    master = VaultTransitMasterKey(f"http://user:pw@{openbao.addr.removeprefix('http://')}", token,
                                   key=key_name, timeout=2.0)

    for text in (repr(master), str(master)):
        assert token not in text and "pw" not in text
    assert token not in mask_secrets(f"X-Vault-Token: {token}")
