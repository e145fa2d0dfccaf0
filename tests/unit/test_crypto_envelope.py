"""Envelope encryption: a secret opens only with its own data key, its own record and untouched bytes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmvpn.crypto.envelope import (
    NONCE_BYTES,
    MasterKey,
    SealedSecret,
    WrappedKey,
    aes_open,
    aes_seal,
    open_sealed,
    seal,
)
from llmvpn.crypto.local import LocalMasterKey
from llmvpn.errors import CryptoError

SECRET = "envelope-test-secret-0123456789abcdef"
PROVIDER_KEY = b"sk-canary-envelope-0123456789abcdefABCDEF"


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> LocalMasterKey:
    return LocalMasterKey(SECRET, tmp_path_factory.mktemp("ring") / "master_key.salt")


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def test_the_local_master_key_is_a_master_key(master: LocalMasterKey) -> None:
    assert isinstance(master, MasterKey)


def test_a_sealed_secret_opens_with_its_context(master: LocalMasterKey) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")

    assert open_sealed(master, sealed, context=b"key:1") == PROVIDER_KEY
    assert PROVIDER_KEY not in sealed.ciphertext
    assert sealed.wrapped_key.backend == "local"


def test_each_seal_uses_a_fresh_data_key_and_nonce(master: LocalMasterKey) -> None:
    first = seal(master, PROVIDER_KEY, context=b"key:1")
    second = seal(master, PROVIDER_KEY, context=b"key:1")

    assert first.ciphertext[:NONCE_BYTES] != second.ciphertext[:NONCE_BYTES]
    assert first.ciphertext != second.ciphertext
    assert first.wrapped_key.blob != second.wrapped_key.blob


def test_a_ciphertext_moved_to_another_record_does_not_open(master: LocalMasterKey) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")

    with pytest.raises(CryptoError):
        open_sealed(master, sealed, context=b"key:2")


def test_a_ciphertext_under_another_records_data_key_does_not_open(master: LocalMasterKey) -> None:
    # Same record, but the wrapped data key of another secret: GCM notices the wrong key.
    mine = seal(master, PROVIDER_KEY, context=b"key:1")
    other = seal(master, b"sk-other", context=b"key:1")

    with pytest.raises(CryptoError):
        open_sealed(master, SealedSecret(mine.ciphertext, other.wrapped_key), context=b"key:1")


@pytest.mark.parametrize("where", ["nonce", "body", "tag"])
def test_a_tampered_ciphertext_is_refused(master: LocalMasterKey, where: str) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")
    index = {"nonce": 0, "body": NONCE_BYTES + 3, "tag": len(sealed.ciphertext) - 1}[where]

    with pytest.raises(CryptoError, match="does not open"):
        open_sealed(master, replace(sealed, ciphertext=_flip(sealed.ciphertext, index)), context=b"key:1")


def test_a_tampered_wrapped_key_is_refused(master: LocalMasterKey) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")
    wrapped = replace(sealed.wrapped_key, blob=_flip(sealed.wrapped_key.blob, 20))

    with pytest.raises(CryptoError):
        open_sealed(master, replace(sealed, wrapped_key=wrapped), context=b"key:1")


def test_a_truncated_ciphertext_is_refused(master: LocalMasterKey) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")

    with pytest.raises(CryptoError, match="truncated"):
        open_sealed(master, replace(sealed, ciphertext=sealed.ciphertext[:NONCE_BYTES + 8]), context=b"key:1")


def test_repr_shows_sizes_not_bytes(master: LocalMasterKey) -> None:
    sealed = seal(master, PROVIDER_KEY, context=b"key:1")
    text = repr(sealed)

    assert "bytes>" in text and "backend='local'" in text
    assert repr(sealed.ciphertext) not in text
    assert repr(sealed.wrapped_key.blob) not in text
    assert isinstance(sealed.wrapped_key, WrappedKey)


@settings(max_examples=50, deadline=None)
@given(plaintext=st.binary(max_size=512), context=st.binary(max_size=64), other=st.binary(max_size=64))
def test_aes_round_trip_and_context_binding(plaintext: bytes, context: bytes, other: bytes) -> None:
    key = bytes(range(32))
    blob = aes_seal(key, plaintext, context=context)

    assert aes_open(key, blob, context=context) == plaintext
    if other != context:
        with pytest.raises(CryptoError):
            aes_open(key, blob, context=other)

