"""The local master key: a key ring file beside the database, opened only with the right secret."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmvpn.config import KeyServerSettings
from llmvpn.crypto.envelope import WrappedKey, open_sealed, seal
from llmvpn.crypto.factory import build_master_key
from llmvpn.crypto.local import LocalMasterKey
from llmvpn.errors import ConfigError, CryptoError
from llmvpn.logging import mask_secrets

SECRET = "local-test-secret-0123456789abcdefghij"
OTHER_SECRET = "another-secret-9876543210zyxwvutsrqpo"
DATA_KEY = bytes(range(32))


@pytest.fixture
def ring(tmp_path: Path) -> Path:
    return tmp_path / "master_key.salt"


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_first_start_creates_a_private_ring_even_with_umask_000(ring: Path, umask_000: None) -> None:
    master = LocalMasterKey(SECRET, ring)

    assert master.current_version() == 1
    assert _mode(ring) == 0o600
    assert SECRET not in ring.read_text()


def test_rotation_keeps_the_ring_private_with_umask_000(ring: Path, umask_000: None) -> None:
    LocalMasterKey(SECRET, ring).rotate()

    assert _mode(ring) == 0o600


def test_the_same_secret_opens_what_it_wrapped_after_a_restart(ring: Path) -> None:
    sealed = seal(LocalMasterKey(SECRET, ring), b"sk-canary-local", context=b"key:1")

    assert open_sealed(LocalMasterKey(SECRET, ring), sealed, context=b"key:1") == b"sk-canary-local"


def test_a_wrong_secret_is_refused_at_start(ring: Path) -> None:
    LocalMasterKey(SECRET, ring)

    with pytest.raises(ConfigError, match="BACKEND_API_KEY_SECRET does not match the master key") as info:
        LocalMasterKey(OTHER_SECRET, ring)
    assert OTHER_SECRET not in str(info.value) and SECRET not in str(info.value)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_ring_readable_by_others_is_refused(ring: Path, mode: int) -> None:
    LocalMasterKey(SECRET, ring)
    ring.chmod(mode)

    with pytest.raises(ConfigError, match=rf"readable by others \(mode {mode:04o}\).*chmod 600"):
        LocalMasterKey(SECRET, ring)


@pytest.mark.parametrize("content", [
    "", "{", "[]", '{"format": 1}',
    '{"current": 1, "versions": {"1": {}}}', '{"current": 1, "versions": {"1": {"salt": "%%%", "check": "x"}}}',
])
def test_an_empty_or_damaged_ring_is_refused(ring: Path, content: str) -> None:
    ring.write_text(content)
    ring.chmod(0o600)

    with pytest.raises(ConfigError, match="not a valid llmvpn key ring"):
        LocalMasterKey(SECRET, ring)


def test_a_ring_whose_current_version_is_missing_is_refused(ring: Path) -> None:
    LocalMasterKey(SECRET, ring)
    data = json.loads(ring.read_text())
    data["current"] = 7
    ring.write_text(json.dumps(data))

    with pytest.raises(ConfigError, match="current version 7"):
        LocalMasterKey(SECRET, ring)


def test_rotation_keeps_old_data_keys_opening(ring: Path) -> None:
    master = LocalMasterKey(SECRET, ring)
    old = master.wrap(DATA_KEY, context=b"key:1")

    assert master.rotate() == 2
    new = master.wrap(DATA_KEY, context=b"key:1")

    assert (old.version, new.version) == (1, 2)
    assert master.unwrap(old, context=b"key:1") == DATA_KEY
    # ...and after a restart, which reads both versions back from the ring.
    restarted = LocalMasterKey(SECRET, ring)
    assert restarted.current_version() == 2
    assert restarted.unwrap(old, context=b"key:1") == DATA_KEY
    assert restarted.unwrap(new, context=b"key:1") == DATA_KEY


def test_rewrap_moves_a_data_key_to_the_current_version(ring: Path) -> None:
    master = LocalMasterKey(SECRET, ring)
    old = master.wrap(DATA_KEY, context=b"key:1")
    master.rotate()

    rewrapped = master.rewrap(old, context=b"key:1")

    assert rewrapped.version == 2 and rewrapped.blob != old.blob
    assert master.unwrap(rewrapped, context=b"key:1") == DATA_KEY
    assert master.rewrap(rewrapped, context=b"key:1") is rewrapped  # already current: nothing to do


def test_rewrap_with_the_wrong_context_is_refused(ring: Path) -> None:
    master = LocalMasterKey(SECRET, ring)
    old = master.wrap(DATA_KEY, context=b"key:1")
    master.rotate()

    with pytest.raises(CryptoError):
        master.rewrap(old, context=b"key:2")


def test_a_wrapped_key_of_an_unknown_version_or_backend_is_refused(ring: Path) -> None:
    master = LocalMasterKey(SECRET, ring)
    wrapped = master.wrap(DATA_KEY, context=b"key:1")

    with pytest.raises(CryptoError, match="version 9 is not in the key ring"):
        master.unwrap(WrappedKey("local", 9, wrapped.blob), context=b"key:1")
    with pytest.raises(CryptoError, match="'vault' backend"):
        master.unwrap(WrappedKey("vault", 1, wrapped.blob), context=b"key:1")


def test_repr_does_not_show_the_secret(ring: Path) -> None:
    master = LocalMasterKey(SECRET, ring)

    assert SECRET not in repr(master) and SECRET not in str(master)
    master.check()  # a local ring is always available once loaded


def test_factory_builds_the_local_master_key(tmp_path: Path) -> None:
    settings = KeyServerSettings(home=tmp_path, api_key_secret=SECRET)

    master = build_master_key(settings)

    assert isinstance(master, LocalMasterKey)
    assert settings.salt_file.exists() and _mode(settings.salt_file) == 0o600
    assert SECRET not in mask_secrets(f"secret={SECRET}")  # registered with the log filter


def test_factory_refuses_the_local_backend_without_a_secret(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="BACKEND_API_KEY_SECRET"):
        build_master_key(KeyServerSettings(home=tmp_path))
