"""Backups against the registry itself: the document, the backup file and its copies, restore and every
way a backup can be refused, test results, and migration 0002.

Tests that take `registry` run on SQLite and again on a real PostgreSQL (skipped where its server
binaries are absent, as in test_registry_postgres.py).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import stat
import subprocess
import sys
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, insert, select, text

from llmvpn.crypto.local import LocalMasterKey
from llmvpn.errors import Conflict, InvalidRequest, NotFound
from llmvpn.keys import fingerprint
from llmvpn.keyserver import backup_files, backup_format
from llmvpn.keyserver.backup import Backups
from llmvpn.keyserver.records import NewKeySpec, ProviderPatch
from llmvpn.keyserver.registry import Registry
from llmvpn.storage import MIGRATIONS_DIR, create_engine_for, migrate, writing
from llmvpn.storage.models import api_keys, meta, providers
from tests.unit.test_registry import MASTER_SECRET, make_spec
from tests.unit.test_registry_postgres import pg_socket_dir  # noqa: F401 - the PostgreSQL server fixture

KEY_A = "sk-canary-backup-aaaaaaaaaaaaaaaaaaaaAAAA"
KEY_B = "sk-canary-backup-bbbbbbbbbbbbbbbbbbbbBBBB"
KEY_C = "sk-canary-backup-cccccccccccccccccccc+/=C"  # base64 and URL-special characters


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'home' / 'llmvpn.db'}"
        return
    import psycopg

    socket_dir = request.getfixturevalue("pg_socket_dir")
    name = f"b_{uuid4().hex[:12]}"
    with psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql+psycopg://postgres@/{name}?host={socket_dir}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = create_engine_for(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def registry(engine: Engine, tmp_path: Path) -> Registry:
    return Registry(engine, LocalMasterKey(MASTER_SECRET, tmp_path / "master_key.salt"))


@pytest.fixture
def backups(registry: Registry, tmp_path: Path) -> Backups:
    return Backups(registry, tmp_path / "backups" / "providers_backup.json", kept=3)


def populate(registry: Registry) -> None:
    openai = registry.create_provider(make_spec("openai-main", KEY_A, KEY_B, models=("gpt-4o", "gpt-4o-mini")))
    registry.create_provider(make_spec("anthropic", KEY_C, kind="anthropic", base_url="https://api.anthropic.com/v1",
                                       models=("claude-sonnet",), is_active=False))
    registry.set_key_status(openai.keys[1].id, "disabled", "upstream rejected the key (HTTP 401)")
    registry.record_test_result(openai.id, "online")


def dump(engine: Engine) -> str:
    """A logical dump of every table, meta's change token included: equal dumps, equal databases."""
    with engine.connect() as conn:
        rows = [sorted(repr(tuple(row)) for row in conn.execute(select(table)))
                for table in (providers, api_keys, meta)]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def leak_forms(secret: str) -> set[str]:
    """How a key could show up in a file: raw, base64 (both alphabets, any padding), URL-encoded, its tail."""
    raw = secret.encode()
    forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret), secret[-8:]}
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        for skip in range(3):  # base64 of the key inside a longer text depends on its offset
            encoded = encode(b"\0" * skip + raw).decode()
            forms.add(encoded[(skip * 4 + 2) // 3 + 1:-4].rstrip("="))
    return {form for form in forms if len(form) >= 8}


def assert_no_plaintext(paths: list[Path], *secrets: str) -> None:
    for path in paths:
        data = path.read_bytes().decode("utf-8", "replace")
        for secret in secrets:
            for form in leak_forms(secret):
                assert form not in data, f"a form of a key ({fingerprint(secret)}) is in {path.name}"


def reseal(document: dict) -> bytes:
    """The document with a checksum that fits again (what someone editing it on purpose would do)."""
    document["checksum"] = backup_format.checksum_of(document)
    return json.dumps(document).encode()


# -- the document -----------------------------------------------------------------------------------

def test_document_shape_checksum_and_no_plaintext(registry: Registry, backups: Backups, tmp_path: Path) -> None:
    populate(registry)
    data = backups.export()
    document = json.loads(data)
    assert document["format"] == "llmvpn-providers-backup" and document["schema_version"] == 1
    assert document["master_key"] == {"backend": "local", "versions": [1]}
    assert document["checksum"] == backup_format.checksum_of(document)
    assert set(document) == set(backup_format.TOP_FIELDS)
    by_name = {p["name"]: p for p in document["providers"]}
    assert set(by_name) == {"openai-main", "anthropic"}
    openai = by_name["openai-main"]
    assert set(openai) == set(backup_format.PROVIDER_FIELDS)
    assert openai["models"] == ["gpt-4o", "gpt-4o-mini"] and openai["last_test_status"] == "online"
    assert openai["last_tested_at"] and by_name["anthropic"]["last_tested_at"] is None
    assert [k["fingerprint"] for k in openai["keys"]] == [fingerprint(KEY_A), fingerprint(KEY_B)]
    assert [k["status"] for k in openai["keys"]] == ["active", "disabled"]
    for key in openai["keys"]:
        assert set(key) == set(backup_format.KEY_FIELDS)
        assert key["wrapped_key"]["backend"] == "local" and key["wrapped_key"]["version"] == 1
    # The parser accepts what the writer wrote, and gives back the registry as it is.
    parsed = backup_format.parse(data)
    assert [p.id for p in parsed.providers] == [p.id for p in registry.export_snapshot()]
    assert parsed.providers == tuple(registry.export_snapshot())
    path = tmp_path / "export.json"
    path.write_bytes(data)
    assert_no_plaintext([path], KEY_A, KEY_B, KEY_C)


def test_leak_forms_find_every_encoding_of_a_key() -> None:
    """The scanner itself: a text holding any form of the key is caught."""
    for text_with_key in (f"x{KEY_C}y", base64.b64encode(b"{" + KEY_C.encode()).decode(),
                          base64.urlsafe_b64encode(b"ab" + KEY_C.encode()).decode(), urllib.parse.quote(KEY_C, safe=""),
                          f"...{KEY_C[-8:]}"):
        assert any(form in text_with_key for form in leak_forms(KEY_C))


# -- the backup file -------------------------------------------------------------------------------

def test_a_write_after_each_change_and_the_last_n_kept(registry: Registry, backups: Backups) -> None:
    path = backups.path
    seen: list[bytes] = []

    def written(check: Callable[[dict], bool]) -> None:
        assert backups.write(), "a change must give a new backup"
        data = path.read_bytes()
        assert check(json.loads(data))
        assert data not in seen
        if seen:
            assert backup_files.copy_path(path, 1).read_bytes() == seen[-1]  # the previous one is .1
        seen.append(data)
        assert not backups.write()  # nothing changed: no new file, no rotation
        assert path.read_bytes() == data

    def names(document: dict) -> list[str]:
        return [p["name"] for p in document["providers"]]

    created = registry.create_provider(make_spec("p1", KEY_A))
    written(lambda d: names(d) == ["p1"])
    updated = registry.update_provider(created.id, ProviderPatch(models=("gpt-5",), add_keys=(NewKeySpec(KEY_B),)))
    written(lambda d: d["providers"][0]["models"] == ["gpt-5"] and len(d["providers"][0]["keys"]) == 2)
    registry.import_keys([("p1", NewKeySpec(KEY_C))], "test")
    written(lambda d: len(d["providers"][0]["keys"]) == 3)
    registry.set_key_status(updated.keys[0].id, "disabled", "test")
    written(lambda d: d["providers"][0]["keys"][0]["status"] == "disabled")
    registry.record_test_result(created.id, "offline")
    written(lambda d: d["providers"][0]["last_test_status"] == "offline")
    registry.rotate_master_key()
    written(lambda d: d["master_key"]["versions"] == [2])
    registry.delete_provider(created.id)
    written(lambda d: names(d) == [])

    copies = backup_files.rotated_copies(path)
    assert sorted(copies) == [1, 2, 3]  # kept=3
    assert [copies[n].read_bytes() for n in (1, 2, 3)] == seen[-2:-5:-1]
    for file in [path, *copies.values()]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        backup_format.parse(file.read_bytes())
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700  # the folder it made
    assert_no_plaintext([path, *copies.values()], KEY_A, KEY_B, KEY_C)


def test_a_failed_write_is_reported_not_raised(registry: Registry, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    backups = Backups(registry, blocker / "providers_backup.json", kept=2)
    registry.create_provider(make_spec("p1", KEY_A))
    assert backups.write() is False
    assert backups.status().startswith("down: ") and "Not a directory" in backups.status()
    blocker.unlink()
    assert backups.write() is True
    assert backups.status() == "up"


def test_startup_keeps_an_unchanged_file_and_a_backup_an_empty_registry_would_replace(
        registry: Registry, backups: Backups, tmp_path: Path) -> None:
    registry.create_provider(make_spec("p1", KEY_A))
    assert backups.write(startup=True)
    data = backups.path.read_bytes()
    # A restart with the same registry: the file stays, no copy is made.
    assert not Backups(registry, backups.path, 3).write(startup=True)
    assert not backup_files.rotated_copies(backups.path)
    # A restart on a lost (empty) database: the backup is what the operator needs; it stays.
    engine = create_engine_for(f"sqlite:///{tmp_path / 'empty' / 'llmvpn.db'}")
    migrate(engine)
    empty = Registry(engine, registry.master)
    assert not Backups(empty, backups.path, 3).write(startup=True)
    assert backups.path.read_bytes() == data
    engine.dispose()


def test_rotating_writes_keep_n_copies_and_lowering_n_drops_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    for number in range(6):
        backup_files.write_rotating(path, f"{number}".encode(), kept=4)
    assert path.read_bytes() == b"5"
    assert {n: p.read_bytes() for n, p in backup_files.rotated_copies(path).items()} == \
        {1: b"4", 2: b"3", 3: b"2", 4: b"1"}
    backup_files.write_rotating(path, b"6", kept=2)
    assert {n: p.read_bytes() for n, p in backup_files.rotated_copies(path).items()} == {1: b"5", 2: b"4"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json", "b.json.1", "b.json.2"]


def test_stray_temp_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "providers_backup.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    stray = tmp_path / f".providers_backup.json.{dead.stdout.strip()}.0badc0de.tmp"
    live = tmp_path / f".providers_backup.json.{os.getppid()}.0badc0de.tmp"  # a writer still running
    other = tmp_path / ".other.json.1.0badc0de.tmp"
    for file in (stray, live, other):
        file.write_text('{"partial')
    assert backup_files.clean_stray_files(path) == [stray]
    assert not stray.exists() and live.exists() and other.exists()


# -- restore ---------------------------------------------------------------------------------------

def test_export_wipe_restore_gives_back_the_same_providers_and_keys(registry: Registry, backups: Backups) -> None:
    populate(registry)
    before = registry.list_providers()
    secrets_before = {entry.key.id: entry.secret.reveal() for entry in registry.load_pool()}
    data = backups.export()
    for provider in before:
        registry.delete_provider(provider.id)
    assert registry.list_providers() == []

    assert backups.restore(data) == (2, 3)
    after = registry.list_providers()
    assert after == before  # ids, names, models, versions, times, keys, statuses, test results
    assert {entry.key.id: entry.secret.reveal() for entry in registry.load_pool()} == secrets_before
    assert set(secrets_before.values()) == {KEY_A}  # KEY_B is disabled, KEY_C's provider inactive
    for provider in registry.export_snapshot():  # and every restored key opens, those three included
        for key in provider.keys:
            registry.check_sealed_key(key)


def test_restore_replaces_everything_and_moves_versions_past_the_current_ones(
        registry: Registry, backups: Backups) -> None:
    created = registry.create_provider(make_spec("p1", KEY_A))
    data = backups.export()
    for number in range(3):
        registry.update_provider(created.id, ProviderPatch(models=(f"m{number}",)))
    registry.create_provider(make_spec("not-in-the-backup", KEY_B))
    token = registry.change_token()
    assert backups.restore(data) == (1, 1)
    [restored] = registry.list_providers()
    assert restored.models == ("gpt-4o",) and restored.name == "p1"
    assert restored.version == 5  # was 4: an If-Match taken before the restore no longer matches
    assert registry.change_token() != token


def test_restore_with_no_data_reads_the_backup_file(registry: Registry, backups: Backups) -> None:
    with pytest.raises(InvalidRequest, match="no backup file"):
        backups.restore()
    registry.create_provider(make_spec("p1", KEY_A))
    backups.write()
    registry.create_provider(make_spec("p2", KEY_B))  # after the backup: the restore drops it
    assert backups.restore() == (1, 1)
    assert [p.name for p in registry.list_providers()] == ["p1"]


def _edit(change: Callable[[dict], object]) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        document = json.loads(data)
        change(document)
        return reseal(document)
    return edit


def _key(document: dict, provider: int, key: int) -> dict:
    return document["providers"][provider]["keys"][key]


def _flip(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[-1] ^= 1
    return base64.b64encode(bytes(raw)).decode()


# (what is done to a good backup, a part of the message, the param named)
BAD_BACKUPS: dict[str, tuple[Callable[[bytes], bytes], str, str | None]] = {
    "truncated": (lambda d: d[: len(d) // 2], "not valid JSON", None),
    "empty": (lambda d: b" \n", "empty", None),
    "not utf-8": (lambda d: b"\xff" + d, "not UTF-8", None),
    "a list": (lambda d: b"[]", "expected a JSON object", None),
    "NaN": (lambda d: d.replace(b'"schema_version": 1', b'"schema_version": NaN'), "not a number JSON allows", None),
    "a field twice": (lambda d: d.replace(b'"schema_version": 1', b'"schema_version": 1, "schema_version": 1'),
                      "appears twice", None),
    "wrong format": (_edit(lambda d: d.update(format="something-else")), "not an llmvpn providers backup", "format"),
    "schema_version 2": (_edit(lambda d: d.update(schema_version=2)), "2 is not supported", "schema_version"),
    "schema_version missing": (_edit(lambda d: d.pop("schema_version")), "not supported", "schema_version"),
    "bad checksum": (lambda d: d.replace(b'"openai-main"', b'"openai-mine"'), "does not match the content",
                     "checksum"),
    "no checksum": (lambda d: json.dumps({k: v for k, v in json.loads(d).items() if k != "checksum"}).encode(),
                    "missing", "checksum"),
    "tampered ciphertext": (_edit(lambda d: _key(d, 1, 1).update(ciphertext=_flip(_key(d, 1, 1)["ciphertext"]))),
                            "providers[1].keys[1]: key", "providers[1].keys[1]"),
    "tampered wrapped key": (_edit(lambda d: _key(d, 1, 0)["wrapped_key"].update(
        blob=_flip(_key(d, 1, 0)["wrapped_key"]["blob"]))), "does not open", "providers[1].keys[0]"),
    "ciphertexts swapped between keys": (_edit(lambda d: (
        _key(d, 1, 0).update(ciphertext=_key(d, 1, 1)["ciphertext"], wrapped_key=_key(d, 1, 1)["wrapped_key"]))),
        "does not open", "providers[1].keys[0]"),
    "fingerprint of another key": (_edit(lambda d: _key(d, 1, 0).update(fingerprint=fingerprint(KEY_C))),
                                   "does not match its fingerprint", "providers[1].keys[0]"),
    "retired master-key version": (_edit(lambda d: _key(d, 1, 1)["wrapped_key"].update(version=7)),
                                   "version 7 is not in the key ring", "providers[1].keys[1]"),
    "duplicate provider id": (_edit(lambda d: d["providers"][1].update(id=d["providers"][0]["id"])),
                              "duplicate id: providers[0]", "providers[1].id"),
    "duplicate name": (_edit(lambda d: d["providers"][1].update(name="anthropic")), "duplicate name",
                       "providers[1].name"),
    "duplicate key id": (_edit(lambda d: _key(d, 1, 0).update(id=_key(d, 0, 0)["id"])),
                         "providers[0].keys[0] has the same id", "providers[1].keys[0].id"),
    "duplicate fingerprint": (_edit(lambda d: _key(d, 1, 1).update(fingerprint=_key(d, 1, 0)["fingerprint"])),
                              "the same key as providers[1].keys[0]", "providers[1].keys[1]"),
    "missing field": (_edit(lambda d: d["providers"][1].pop("kind")), "field 'kind' is missing", "providers[1]"),
    "unknown field": (_edit(lambda d: d["providers"][0].update(owner="me")), "unknown field 'owner'", "providers[0]"),
    "models not a list": (_edit(lambda d: d["providers"][0].update(models="gpt-4o")), "list of model names",
                          "providers[0].models"),
    "bad url": (_edit(lambda d: d["providers"][0].update(base_url="file:///etc/passwd")), "http://",
                "providers[0].base_url"),
    "empty name": (_edit(lambda d: d["providers"][1].update(name=" ")), "non-empty", "providers[1].name"),
    "version not an integer": (_edit(lambda d: d["providers"][0].update(version="3")), "integer",
                               "providers[0].version"),
    "naive time": (_edit(lambda d: _key(d, 0, 0).update(created_at="2026-01-01T00:00:00")), "UTC offset",
                   "providers[0].keys[0].created_at"),
    "key status": (_edit(lambda d: _key(d, 1, 0).update(status="cooling")), "must be one of",
                   "providers[1].keys[0].status"),
    "ciphertext not base64": (_edit(lambda d: _key(d, 0, 0).update(ciphertext="not base64!")), "base64",
                              "providers[0].keys[0].ciphertext"),
    "ciphertext cut short": (_edit(lambda d: _key(d, 0, 0).update(ciphertext="AAAA")), "too short",
                             "providers[0].keys[0].ciphertext"),
    "wrapped key backend": (_edit(lambda d: _key(d, 0, 0)["wrapped_key"].update(backend="kms")), "one of local",
                            "providers[0].keys[0].wrapped_key.backend"),
    "plaintext key in a provider": (_edit(lambda d: d["providers"][1].update(api_key=KEY_A)), "plaintext",
                                    "providers[1].api_key"),
    "plaintext key in a key": (_edit(lambda d: _key(d, 0, 0).update(secret=KEY_A)), "no flag",
                               "providers[0].keys[0].secret"),
    "another backend": (_edit(lambda d: d["master_key"].update(backend="vault")), "made under the 'vault'",
                        "master_key.backend"),
    "base_url edited": (_edit(lambda d: d["providers"][1].update(base_url="https://attacker.example/v1")),
                        "changed after it was written", "mac"),
    "test status": (_edit(lambda d: d["providers"][0].update(last_test_status="great")), "never tested",
                    "providers[0].last_test_status"),
}


# Every case on SQLite; on PostgreSQL (a database per test costs ~0.7 s) those that differ in kind.
_ON_POSTGRES = ("truncated", "tampered ciphertext", "duplicate name", "base_url edited")


@pytest.mark.parametrize("db_url, case", [("sqlite", case) for case in BAD_BACKUPS]
                         + [("postgresql", case) for case in _ON_POSTGRES], indirect=["db_url"])
def test_a_bad_backup_is_refused_with_its_reason_and_changes_nothing(
        case: str, registry: Registry, backups: Backups, engine: Engine) -> None:
    populate(registry)
    good = backups.export()
    spoil, reason, param = BAD_BACKUPS[case]
    before = dump(engine)
    with pytest.raises(InvalidRequest) as refused:
        backups.restore(spoil(good))
    assert reason in refused.value.message
    if param is not None:
        assert refused.value.param == param and refused.value.message.startswith(param.split(".")[0])
    for secret in (KEY_A, KEY_B, KEY_C):
        assert not any(form in refused.value.message for form in leak_forms(secret))
    assert dump(engine) == before


def test_a_backup_of_another_master_key_is_refused(registry: Registry, backups: Backups, engine: Engine,
                                                   tmp_path: Path) -> None:
    """Another BACKEND_API_KEY_SECRET, or the same secret with another key ring (another LLMVPN_HOME)."""
    populate(registry)
    before = dump(engine)
    for name, secret in (("other-secret", "another-master-secret-0123456789abcdefgh"), ("other-home", MASTER_SECRET)):
        other_engine = create_engine_for(f"sqlite:///{tmp_path / name / 'llmvpn.db'}")
        migrate(other_engine)
        other = Registry(other_engine, LocalMasterKey(secret, tmp_path / name / "master_key.salt"))
        other.create_provider(make_spec("elsewhere", KEY_A))
        foreign = Backups(other, tmp_path / name / "b.json", 1).export()
        with pytest.raises(InvalidRequest, match=r"^providers\[0\]\.keys\[0\]: key .* does not open"):
            backups.restore(foreign)
        # Without keys, the MAC still tells: sealed by another master key.
        other.delete_provider(other.list_providers()[0].id)
        with pytest.raises(InvalidRequest, match="not sealed by this key server's master key"):
            backups.restore(Backups(other, tmp_path / name / "b.json", 1).export())
        other_engine.dispose()
    assert dump(engine) == before


def test_replace_all_is_one_transaction(registry: Registry, backups: Backups, engine: Engine) -> None:
    """The database's own constraints are the backstop: a restore it refuses leaves everything."""
    populate(registry)
    snapshot = registry.export_snapshot()
    clash = [snapshot[0], dataclasses.replace(snapshot[1], name=snapshot[0].name)]
    before = dump(engine)
    with pytest.raises(Conflict):
        registry.replace_all(clash)
    assert dump(engine) == before


# -- test results ----------------------------------------------------------------------------------

def test_a_test_result_is_kept_without_moving_the_version(registry: Registry) -> None:
    created = registry.create_provider(make_spec("p1", KEY_A))
    assert (created.last_test_status, created.last_tested_at) == ("", None)
    token = registry.change_token()
    tested = registry.record_test_result(created.id, "unauthorized")
    assert tested.last_test_status == "unauthorized" and tested.last_tested_at is not None
    assert (tested.version, tested.updated_at) == (created.version, created.updated_at)
    assert registry.change_token() != token
    assert registry.get_provider(created.id).last_test_status == "unauthorized"
    with pytest.raises(InvalidRequest) as bad:
        registry.record_test_result(created.id, "fine")
    assert bad.value.param == "status"
    with pytest.raises(NotFound):
        registry.record_test_result(str(uuid4()), "online")


# -- migration 0002 --------------------------------------------------------------------------------

def test_migration_0002_upgrades_a_database_with_providers(db_url: str, tmp_path: Path) -> None:
    engine = create_engine_for(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with writing(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    spec = make_spec("old")
    with writing(engine) as conn:
        conn.execute(text("INSERT INTO providers (id, name, kind, base_url, models, is_active, version, created_at, "
                          "updated_at) VALUES ('p-old', 'old', 'openai', :url, '[\"m\"]', :yes, 3, :now, :now)"),
                     {"url": spec.base_url, "yes": True, "now": "2026-01-01 00:00:00"})
    migrate(engine)
    registry = Registry(engine, LocalMasterKey(MASTER_SECRET, tmp_path / "master_key.salt"))
    record = registry.list_providers()[0]
    assert (record.id, record.version, record.last_test_status, record.last_tested_at) == ("p-old", 3, "", None)
    assert registry.record_test_result("p-old", "online").last_tested_at is not None
    with writing(engine) as conn:
        conn.execute(insert(providers).values(id="p-new", name="new", kind="openai", base_url=spec.base_url,
                                              models=[], is_active=True, version=1,
                                              created_at=record.created_at, updated_at=record.updated_at))
    assert registry.get_provider("p-new").last_test_status == ""
    engine.dispose()
