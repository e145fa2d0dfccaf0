"""The registry against a real SQLite file and the real local master key.

The tests above the "SQLite only" line take the database from the `db_url` fixture, so
test_registry_postgres.py runs them again against a real PostgreSQL.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import select, text

from llmvpn.crypto.local import LocalMasterKey
from llmvpn.errors import ConfigError, Conflict, InvalidRequest, NotFound, PreconditionFailed
from llmvpn.keys import fingerprint
from llmvpn.keyserver.records import NewKeySpec, ProviderPatch, ProviderSpec
from llmvpn.keyserver.registry import Registry
from llmvpn.storage import create_engine_for, migrate
from llmvpn.storage.models import api_keys

MASTER_SECRET = "registry-test-master-secret-0123456789ab"  # 40 characters
KEY_A = "sk-canary-aaaaaaaaaaaaaaaaaaaaaaaaAAAA"
KEY_B = "sk-canary-bbbbbbbbbbbbbbbbbbbbbbbbBBBB"
KEY_C = "sk-canary-ccccccccccccccccccccccccCCCC"


def make_spec(name: str = "openai-main", *keys: str, **fields) -> ProviderSpec:
    values = {"kind": "openai", "base_url": "https://api.openai.com/v1", "models": ("gpt-4o",), "is_active": True}
    values.update(fields)
    return ProviderSpec(name=name, keys=tuple(NewKeySpec(k) for k in keys), **values)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'home' / 'llmvpn.db'}"


@pytest.fixture
def engine(db_url: str):
    engine = create_engine_for(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def master(tmp_path: Path) -> LocalMasterKey:
    return LocalMasterKey(MASTER_SECRET, tmp_path / "master_key.salt")


@pytest.fixture
def registry(engine, master: LocalMasterKey) -> Registry:
    return Registry(engine, master)


def sqlite_registry(tmp_path: Path) -> Iterator[Registry]:
    """A migrated SQLite registry under tmp_path, for other modules' fixtures."""
    engine = create_engine_for(f"sqlite:///{tmp_path / 'home' / 'llmvpn.db'}")
    migrate(engine)
    yield Registry(engine, LocalMasterKey(MASTER_SECRET, tmp_path / "master_key.salt"))
    engine.dispose()


# -- CRUD ----------------------------------------------------------------------------------------

def test_create_get_list_delete(registry: Registry) -> None:
    created = registry.create_provider(make_spec("openai-main", KEY_A, KEY_B, base_url="https://api.openai.com/v1/"))
    assert created.version == 1
    assert created.base_url == "https://api.openai.com/v1"  # trailing slash dropped
    assert [k.fingerprint for k in created.keys] == [fingerprint(KEY_A), fingerprint(KEY_B)]
    assert all(k.status == "active" and k.provider_id == created.id for k in created.keys)
    assert created.created_at.tzinfo == UTC and created.updated_at == created.created_at
    assert KEY_A not in repr(created)

    assert registry.get_provider(created.id) == created
    other = registry.create_provider(make_spec("anthropic", kind="anthropic", base_url="http://localhost:8080",
                                               is_active=False))
    assert [p.name for p in registry.list_providers()] == ["anthropic", "openai-main"]
    assert [p.name for p in registry.list_providers(active_only=True)] == ["openai-main"]
    assert registry.counts() == (2, 2)

    registry.delete_provider(created.id)
    with pytest.raises(NotFound):
        registry.get_provider(created.id)
    assert registry.counts() == (1, 0)  # the keys went with their provider (ON DELETE CASCADE)
    registry.delete_provider(other.id, expected_version=1)
    with pytest.raises(NotFound):
        registry.delete_provider(other.id)


@pytest.mark.parametrize(("fields", "param"), [
    ({"name": ""}, "name"),
    ({"name": "x" * 101}, "name"),
    ({"name": "a/b"}, "name"),
    ({"kind": "gemini"}, "kind"),
    ({"base_url": "ftp://example.com"}, "base_url"),
    ({"base_url": "https://"}, "base_url"),
    ({"base_url": "not a url"}, "base_url"),
    ({"models": "gpt-4o"}, "models"),
    ({"models": ("gpt-4o", "")}, "models[1]"),
    ({"models": ("gpt-4o", 3)}, "models[1]"),
    ({"is_active": "yes"}, "is_active"),
])
def test_create_rejects_bad_fields(registry: Registry, fields: dict, param: str) -> None:
    fields = dict(fields)
    name = fields.pop("name", "p")
    with pytest.raises(InvalidRequest) as caught:
        registry.create_provider(make_spec(name, **fields))
    assert caught.value.param == param
    assert registry.counts() == (0, 0)


@pytest.mark.parametrize(("key", "param"), [
    (NewKeySpec(""), "keys[0].secret"),
    (NewKeySpec("sk has spaces in it"), "keys[0].secret"),
    (NewKeySpec(KEY_A, rpm_limit=-1), "keys[0].rpm_limit"),
    (NewKeySpec(KEY_A, tpm_limit=True), "keys[0].tpm_limit"),
    (NewKeySpec(KEY_A, label="x" * 201), "keys[0].label"),
])
def test_create_rejects_bad_keys_without_echoing_them(registry: Registry, key: NewKeySpec, param: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        registry.create_provider(ProviderSpec("p", "openai", "https://x.example", ("m",), True, (key,)))
    assert caught.value.param == param
    assert key.secret not in caught.value.message or not key.secret


def test_duplicate_key_in_spec_and_duplicate_name(registry: Registry) -> None:
    with pytest.raises(InvalidRequest) as caught:
        registry.create_provider(make_spec("p", KEY_A, KEY_B, KEY_A))
    assert caught.value.param == "keys[2]" and KEY_A not in caught.value.message
    first = registry.create_provider(make_spec("p", KEY_A))
    with pytest.raises(Conflict) as conflict:
        registry.create_provider(make_spec("p"))
    assert conflict.value.param == "name"
    second = registry.create_provider(make_spec("q"))
    with pytest.raises(Conflict):
        registry.update_provider(second.id, ProviderPatch(name="p"))
    assert registry.get_provider(first.id) == first


def test_new_key_spec_repr_hides_the_secret() -> None:
    spec = NewKeySpec(KEY_A, label="team")
    assert KEY_A not in repr(spec) and KEY_A not in str(spec) and fingerprint(KEY_A) in repr(spec)
    assert KEY_A not in repr(make_spec("p", KEY_A))


# -- updates and versions ------------------------------------------------------------------------

def test_update_fields_and_versions(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p", KEY_A))
    updated = registry.update_provider(created.id, ProviderPatch(name="p2", models=("a", "b"), is_active=False),
                                       expected_version=1)
    assert (updated.name, updated.models, updated.is_active, updated.version) == ("p2", ("a", "b"), False, 2)
    assert updated.updated_at > created.updated_at and updated.created_at == created.created_at
    with pytest.raises(PreconditionFailed) as stale:
        registry.update_provider(created.id, ProviderPatch(kind="anthropic"), expected_version=1)
    assert stale.value.param == "expected_version" and stale.value.status_code == 412
    # A patch that changes nothing writes nothing.
    assert registry.update_provider(created.id, ProviderPatch(models=("a", "b")), expected_version=2) == updated
    with pytest.raises(NotFound):
        registry.update_provider("no-such-id", ProviderPatch(name="x"))
    with pytest.raises(InvalidRequest) as bad:
        registry.update_provider(created.id, ProviderPatch(base_url="gopher://x"))
    assert bad.value.param == "base_url"


def test_add_and_remove_keys(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p", KEY_A))
    updated = registry.update_provider(created.id, ProviderPatch(add_keys=(NewKeySpec(KEY_B, label="b", rpm_limit=60),)))
    assert [(k.fingerprint, k.label, k.rpm_limit) for k in updated.keys] == [
        (fingerprint(KEY_A), "", 0), (fingerprint(KEY_B), "b", 60)]
    with pytest.raises(Conflict) as dup:
        registry.update_provider(created.id, ProviderPatch(add_keys=(NewKeySpec(KEY_C), NewKeySpec(KEY_A))))
    assert dup.value.param == "add_keys[1]" and KEY_A not in dup.value.message
    with pytest.raises(NotFound) as unknown:
        registry.update_provider(created.id, ProviderPatch(remove_key_fingerprints=("deadbeef...0000",)))
    assert "deadbeef...0000" in unknown.value.message
    assert registry.get_provider(created.id) == updated  # the failed patches left nothing behind
    removed = registry.update_provider(created.id, ProviderPatch(remove_key_fingerprints=(fingerprint(KEY_A),)))
    assert [k.fingerprint for k in removed.keys] == [fingerprint(KEY_B)] and removed.version == 3
    # The key itself instead of its fingerprint is understood, and not repeated in an error.
    registry.update_provider(created.id, ProviderPatch(remove_key_fingerprints=(KEY_B,)))
    with pytest.raises(NotFound) as again:
        registry.update_provider(created.id, ProviderPatch(remove_key_fingerprints=(KEY_B,)))
    assert KEY_B not in again.value.message


def test_twenty_concurrent_patches_with_one_version_one_wins(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p", KEY_A))
    barrier = threading.Barrier(20)
    results: list[object] = [None] * 20

    def patch(index: int) -> None:
        barrier.wait()
        try:
            results[index] = registry.update_provider(
                created.id, ProviderPatch(models=(f"model-{index}",), add_keys=(NewKeySpec(f"{KEY_B}{index}"),)),
                expected_version=1)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            results[index] = exc

    threads = [threading.Thread(target=patch, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [r for r in results if not isinstance(r, Exception)]
    assert len(winners) == 1, results
    assert all(isinstance(r, PreconditionFailed) for r in results if isinstance(r, Exception))
    final = registry.get_provider(created.id)
    assert final.version == 2 and final.models == winners[0].models and len(final.keys) == 2


def test_patch_after_delete_is_not_found(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p"))
    registry.delete_provider(created.id, expected_version=1)
    with pytest.raises(NotFound):
        registry.update_provider(created.id, ProviderPatch(name="q"), expected_version=1)


def test_delete_with_stale_version(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p"))
    registry.update_provider(created.id, ProviderPatch(name="q"))
    with pytest.raises(PreconditionFailed):
        registry.delete_provider(created.id, expected_version=1)
    assert registry.counts() == (1, 0)


def test_change_token_moves_on_writes_only(registry: Registry) -> None:
    start = registry.change_token()
    created = registry.create_provider(make_spec("p", KEY_A))
    after_create = registry.change_token()
    assert after_create != start
    registry.list_providers()
    registry.update_provider(created.id, ProviderPatch(models=("gpt-4o",)))  # no change
    assert registry.change_token() == after_create
    registry.set_key_status(created.keys[0].id, "disabled", "upstream said 401")
    assert registry.change_token() != after_create


# -- import, pool, status ------------------------------------------------------------------------

def test_import_keys_is_idempotent_and_all_or_nothing(registry: Registry) -> None:
    p = registry.create_provider(make_spec("p", KEY_A))
    q = registry.create_provider(make_spec("q"))
    entries = [("p", NewKeySpec(KEY_A)), ("p", NewKeySpec(KEY_B, "b")), ("q", NewKeySpec(KEY_B)),
               ("q", NewKeySpec(KEY_B))]
    assert registry.import_keys(entries, "api_keys.csv") == (2, 2)
    assert registry.import_keys(entries, "api_keys.csv") == (0, 4)
    assert registry.get_provider(p.id).version == 2 and registry.get_provider(q.id).version == 2
    before = registry.counts()
    with pytest.raises(InvalidRequest) as unknown:
        registry.import_keys([("p", NewKeySpec(KEY_C)), ("nobody", NewKeySpec(KEY_C))], "api_keys.csv")
    assert "'nobody'" in unknown.value.message and "api_keys.csv" in unknown.value.message
    with pytest.raises(InvalidRequest) as swapped:
        registry.import_keys([(KEY_C, NewKeySpec("p"))], "api_keys.csv")
    assert KEY_C not in swapped.value.message
    assert registry.counts() == before


def test_load_pool_decrypts_active_keys_of_active_providers(registry: Registry) -> None:
    p = registry.create_provider(make_spec("p", KEY_A, KEY_B))
    registry.create_provider(make_spec("off", KEY_C, is_active=False))
    pool = registry.load_pool()
    assert sorted(e.secret.reveal() for e in pool) == sorted([KEY_A, KEY_B])
    assert all(e.provider.id == p.id and e.key.fingerprint == e.secret.fingerprint for e in pool)
    assert KEY_A not in repr(pool)

    disabled = registry.set_key_status(p.keys[0].id, "disabled", "upstream said 401")
    assert (disabled.status, disabled.disabled_reason) == ("disabled", "upstream said 401")
    assert [e.secret.reveal() for e in registry.load_pool()] == [KEY_B]
    assert registry.get_provider(p.id).version == 2
    enabled = registry.set_key_status(p.keys[0].id, "active", "ignored")
    assert (enabled.status, enabled.disabled_reason) == ("active", "")
    assert len(registry.load_pool()) == 2
    with pytest.raises(NotFound):
        registry.set_key_status("no-such-key", "disabled", "x")
    with pytest.raises(InvalidRequest):
        registry.set_key_status(p.keys[0].id, "cooling", "x")


# -- the master key ------------------------------------------------------------------------------

def _wrapped(engine) -> dict[str, tuple[bytes, bytes, int]]:
    with engine.connect() as conn:
        rows = conn.execute(select(api_keys.c.id, api_keys.c.ciphertext, api_keys.c.wrapped_key,
                                   api_keys.c.wrap_version)).all()
    return {row.id: (row.ciphertext, row.wrapped_key, row.wrap_version) for row in rows}


def test_wrong_master_key_refuses_and_overwrites_nothing(registry: Registry, engine, tmp_path: Path) -> None:
    Registry(engine, registry.master).verify_master_key()  # an empty registry passes too
    registry.create_provider(make_spec("p", KEY_A, KEY_B))
    registry.verify_master_key()
    before = _wrapped(engine)
    wrong = LocalMasterKey("another-secret-entirely-0123456789abcdefg", tmp_path / "other.salt")
    with pytest.raises(ConfigError) as refused:
        Registry(engine, wrong).verify_master_key()
    assert refused.value.message.startswith("the master key does not open the keys in this database")
    assert MASTER_SECRET not in refused.value.message
    assert _wrapped(engine) == before
    assert Registry(engine, wrong).load_pool() == []  # what doesn't open is left out, never replaced


def test_rotation_rewraps_every_key_and_keeps_them_open(registry: Registry, engine, tmp_path: Path) -> None:
    registry.create_provider(make_spec("p", *(f"{KEY_A}{i}" for i in range(120))))
    registry.create_provider(make_spec("q", *(f"{KEY_B}{i}" for i in range(30))))
    before = _wrapped(engine)
    assert {v for _, _, v in before.values()} == {1}
    calls: list[tuple[int, int]] = []
    reader_errors: list[Exception] = []
    stop = threading.Event()

    def read_meanwhile() -> None:
        while not stop.is_set():
            try:
                assert len(registry.load_pool()) == 150
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                reader_errors.append(exc)

    reader = threading.Thread(target=read_meanwhile)
    reader.start()
    try:
        assert registry.rotate_master_key(lambda done, total: calls.append((done, total))) == 2
    finally:
        stop.set()
        reader.join()
    assert not reader_errors
    assert calls[0] == (0, 150) and calls[-1] == (150, 150) and len(calls) == 3
    after = _wrapped(engine)
    assert {v for _, _, v in after.values()} == {2}
    assert all(after[i][0] == before[i][0] and after[i][1] != before[i][1] for i in before)  # ciphertexts untouched
    # A fresh start with the same secret reads the new key ring and opens everything.
    restarted = Registry(engine, LocalMasterKey(MASTER_SECRET, tmp_path / "master_key.salt"))
    restarted.verify_master_key()
    assert len(restarted.load_pool()) == 150


# -- migrations ----------------------------------------------------------------------------------

def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from llmvpn.storage import MIGRATIONS_DIR

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


# Each process imports everything, says so, and migrates when told: all start at the same moment.
_MIGRATE = ("import sys; from llmvpn.storage import create_engine_for, migrate; "
            "engine = create_engine_for(sys.argv[1]); print('ready', flush=True); sys.stdin.readline(); "
            "migrate(engine)")


def test_concurrent_migrations_of_a_fresh_database(db_url: str) -> None:
    processes = [subprocess.Popen([sys.executable, "-c", _MIGRATE, db_url], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    for process in processes:
        assert process.stdout.readline() == b"ready\n", process.stderr.read()
    for process in processes:
        process.stdin.write(b"go\n")
        process.stdin.flush()
    errors = [process.communicate(timeout=60)[1].decode() for process in processes]
    assert [process.returncode for process in processes] == [0] * 3, errors
    engine = create_engine_for(db_url)
    migrate(engine)  # and once more: nothing to do
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]
        assert conn.execute(text("SELECT value FROM meta WHERE key = 'generation'")).scalar() == "0"
    engine.dispose()


# -- SQLite only ---------------------------------------------------------------------------------

def test_sqlite_files_are_private_whatever_the_umask(tmp_path: Path, master: LocalMasterKey) -> None:
    path = tmp_path / "fresh" / "home" / "llmvpn.db"
    old = os.umask(0)
    try:
        engine = create_engine_for(f"sqlite:///{path}")
        migrate(engine)
        Registry(engine, master).create_provider(make_spec("p", KEY_A))
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in path.parent.iterdir()}
    assert modes == {"llmvpn.db": 0o600, "llmvpn.db-wal": 0o600, "llmvpn.db-shm": 0o600}
    assert path.parent.stat().st_mode & 0o777 == 0o700
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def _forms(secret: str) -> list[bytes]:
    raw = secret.encode()
    forms = [raw, raw.hex().encode(), urllib.parse.quote(secret, safe="").encode(), secret[-8:].encode()]
    for pad in range(3):  # base64 of the key at each alignment inside a longer blob: the part only it decides
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            forms.append(encode(b"\0" * pad + raw)[4 if pad else 0:-4])
    return forms


def test_plaintext_keys_never_reach_the_database_file(registry: Registry, db_url: str) -> None:
    p = registry.create_provider(make_spec("p", KEY_A))
    registry.update_provider(p.id, ProviderPatch(add_keys=(NewKeySpec(KEY_B),)))
    registry.import_keys([("p", NewKeySpec(KEY_C))], "api_keys.csv")
    registry.rotate_master_key()
    assert len(registry.load_pool()) == 3
    path = Path(db_url.removeprefix("sqlite:///"))
    files = [f for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if f.exists()]
    assert len(files) == 3 and path.with_name(path.name + "-wal").stat().st_size > 0
    data = b"".join(f.read_bytes() for f in files)
    for secret in (KEY_A, KEY_B, KEY_C, MASTER_SECRET):
        for form in _forms(secret):
            assert form not in data, (secret[:10], form)
