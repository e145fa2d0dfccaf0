"""Backups and restores through a real key server (gRPC on its socket) and the `llmvpn providers` CLI.

FAULTS row 18 (a corrupt or foreign backup changes nothing: the database files are byte-identical
afterwards) and the issue's round trip: every change writes the backup, which never holds a plaintext
key; export, wipe, restore gives back the same providers, whose keys still decrypt.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmvpn.errors import InvalidRequest, NotFound
from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver import backup_files, backup_format
from llmvpn.keyserver.client import ImportEntry, KeyServerClient, NewKey, Outcome
from tests.fixtures.processes import Proc, short_socket_dir, start_keyserver
from tests.unit.test_backup import assert_no_plaintext

KEY_A = "sk-canary-int-backup-aaaaaaaaaaaaaaaaAAAA"
KEY_B = "sk-canary-int-backup-bbbbbbbbbbbbbbbbBBBB"
KEY_C = "sk-canary-int-backup-ccccccccccccccccCCCC"
KEY_D = "sk-canary-int-backup-ddddddddddddddddDDDD"
ALL_KEYS = (KEY_A, KEY_B, KEY_C, KEY_D)
OTHER_SECRET = "another-master-canary-0123456789abcdefghij"


def backup_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"BACKEND_BACKUP_FILE": str(tmp_path / "backups" / "providers_backup.json"),
            "BACKEND_BACKUPS_KEPT": "3", **extra}


@pytest.fixture
def ks(tmp_path: Path) -> Iterator[Proc]:
    sock_dir = short_socket_dir()
    with start_keyserver(tmp_path / "home", sock_dir / "ks.sock", **backup_env(tmp_path)) as proc:
        yield proc
    shutil.rmtree(sock_dir, ignore_errors=True)


def backup_path(proc: Proc) -> Path:
    return Path(proc.env["BACKEND_BACKUP_FILE"])


def client_of(proc: Proc) -> KeyServerClient:
    return KeyServerClient(proc.socket_path, deadline_seconds=20)


def new_keys(*secrets: str) -> list[NewKey]:
    return [NewKey(ProviderKey(secret), label=f"label-{index}") for index, secret in enumerate(secrets)]


def db_state(home: Path) -> str:
    """The SQLite files' bytes and a logical dump of them: equal states, an untouched database."""
    digest = hashlib.sha256()
    for name in ("llmvpn.db", "llmvpn.db-wal"):
        path = home / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    with sqlite3.connect(f"file:{home / 'llmvpn.db'}?mode=ro", uri=True) as conn:
        for line in conn.iterdump():
            digest.update(line.encode())
    return digest.hexdigest()


async def lease_secrets(client: KeyServerClient) -> dict[str, str]:
    """{fingerprint: plaintext} of every active key, each leased by pinning its id."""
    found = {}
    for provider in await client.list_providers(active_only=True):
        for key in provider.keys:
            if key.status == "active":
                lease = await client.acquire("", owner="test", provider_id=provider.id, key_id=key.id)
                found[key.fingerprint] = lease.api_key.reveal()
                await client.release(lease.lease_id, Outcome.OK)
    return found


def changed(path: Path, before: bytes) -> dict:
    data = path.read_bytes()
    assert data != before, "the change did not write a new backup"
    backup_format.parse(data)  # complete, and its checksum fits
    return json.loads(data)


# -- every change writes the backup ------------------------------------------------------------------

async def test_every_change_writes_the_backup_and_no_plaintext_ever(ks: Proc) -> None:
    path = backup_path(ks)
    assert json.loads(path.read_bytes())["providers"] == []  # written at start
    async with client_of(ks) as client:
        before = path.read_bytes()
        created = await client.create_provider(name="openai-main", kind="openai", base_url="https://api.openai.com/v1",
                                               models=["gpt-4o"], keys=new_keys(KEY_A, KEY_B))
        document = changed(path, before)
        assert [p["name"] for p in document["providers"]] == ["openai-main"]
        assert [k["fingerprint"] for k in document["providers"][0]["keys"]] == [fingerprint(KEY_A), fingerprint(KEY_B)]

        before = path.read_bytes()
        updated = await client.update_provider(created.id, expected_version=created.version, models=["gpt-4o", "o3"])
        assert changed(path, before)["providers"][0]["models"] == ["gpt-4o", "o3"]

        before = path.read_bytes()
        tested = await client.record_test_result(created.id, "online", 200, 12.5)
        assert (tested.last_test_status, tested.version) == ("online", updated.version)
        assert changed(path, before)["providers"][0]["last_test_status"] == "online"

        before = path.read_bytes()
        await client.import_keys([ImportEntry("openai-main", NewKey(ProviderKey(KEY_C)))], source="test")
        assert len(changed(path, before)["providers"][0]["keys"]) == 3

        before = path.read_bytes()
        lease = await client.acquire("", owner="test", provider_id=created.id,
                                     key_id=tested.keys[0].id)
        await client.release(lease.lease_id, Outcome.AUTH_FAILED, http_status=401)
        assert changed(path, before)["providers"][0]["keys"][0]["status"] == "disabled"

        before = path.read_bytes()
        async for _ in client.rotate_master_key():
            pass
        assert changed(path, before)["master_key"]["versions"] == [2]

        before = path.read_bytes()
        await client.delete_provider(created.id)
        assert changed(path, before)["providers"] == []

        health = await client.health()
        assert health.components["backup"] == "up" and health.status == "ok"
    copies = backup_files.rotated_copies(path)
    assert sorted(copies) == [1, 2, 3]
    files = [path, *copies.values(), ks.home / "llmvpn.db", ks.log_path]
    assert_no_plaintext(files, KEY_A, KEY_B, KEY_C)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


# -- restore -------------------------------------------------------------------------------------------

async def test_export_wipe_restore_gives_back_the_same_providers_and_keys(ks: Proc) -> None:
    async with client_of(ks) as client:
        await client.create_provider(name="openai-main", kind="openai", base_url="https://api.openai.com/v1",
                                     models=["gpt-4o"], keys=new_keys(KEY_A, KEY_B))
        await client.create_provider(name="local", kind="openai", base_url="http://127.0.0.1:11434/v1",
                                     models=["llama3"], keys=new_keys(KEY_C))
        before = await client.list_providers()
        secrets = await lease_secrets(client)
        assert set(secrets.values()) == {KEY_A, KEY_B, KEY_C}
        document = await client.export_backup()

        for provider in before:
            await client.delete_provider(provider.id)
        assert await client.list_providers() == []

        result = await client.restore_backup(document)
        assert (result.providers, result.keys) == (2, 3)
        after = await client.list_providers()
        assert [(p.id, p.name, p.base_url, p.models, [(k.id, k.fingerprint, k.label) for k in p.keys])
                for p in after] == \
            [(p.id, p.name, p.base_url, p.models, [(k.id, k.fingerprint, k.label) for k in p.keys]) for p in before]
        assert await lease_secrets(client) == secrets  # the keys still decrypt, and are the same keys
        # The restore itself was backed up.
        assert [p["name"] for p in json.loads(backup_path(ks).read_bytes())["providers"]] == ["local", "openai-main"]


async def test_restore_from_the_backup_file_after_the_database_is_lost(tmp_path: Path) -> None:
    home, sock_dir = tmp_path / "home", short_socket_dir()
    env = backup_env(tmp_path)
    with start_keyserver(home, sock_dir / "ks.sock", **env) as proc:
        async with client_of(proc) as client:
            await client.create_provider(name="openai-main", kind="openai", base_url="https://api.openai.com/v1",
                                         models=["gpt-4o"], keys=new_keys(KEY_A))
            secrets = await lease_secrets(client)
    kept = Path(env["BACKEND_BACKUP_FILE"]).read_bytes()
    for name in ("llmvpn.db", "llmvpn.db-wal", "llmvpn.db-shm"):
        (home / name).unlink(missing_ok=True)

    with start_keyserver(home, sock_dir / "ks.sock", **env) as proc:
        # The empty registry did not overwrite the backup it needs.
        assert Path(env["BACKEND_BACKUP_FILE"]).read_bytes() == kept
        assert "leaving it as it is" in proc.log()
        async with client_of(proc) as client:
            result = await client.restore_backup()  # no document: BACKEND_BACKUP_FILE
            assert (result.providers, result.keys) == (1, 1)
            assert await lease_secrets(client) == secrets
    shutil.rmtree(sock_dir, ignore_errors=True)


def _spoil(case: str, good: bytes) -> bytes:
    if case == "truncated":
        return good[: len(good) * 2 // 3]
    document = json.loads(good)
    keys = document["providers"][0]["keys"]
    if case == "schema_version 2":
        document["schema_version"] = 2
    elif case == "bad checksum":
        document["providers"][0]["models"] = ["gpt-5"]
        return json.dumps(document).encode()
    elif case == "tampered ciphertext":
        raw = bytearray(base64.b64decode(keys[1]["ciphertext"]))
        raw[20] ^= 0x40
        keys[1]["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    elif case == "duplicate ids":
        document["providers"][1]["id"] = document["providers"][0]["id"]
    elif case == "plaintext key":
        keys[0]["api_key"] = KEY_A
    document["checksum"] = backup_format.checksum_of(document)
    return json.dumps(document).encode()


CORRUPT = {
    "truncated": ("not valid JSON", None),
    "schema_version 2": ("schema_version: 2 is not supported", "schema_version"),
    "bad checksum": ("checksum: does not match", "checksum"),
    "tampered ciphertext": ("providers[0].keys[1]: key", "providers[0].keys[1]"),
    "duplicate ids": ("providers[1].id: duplicate id", "providers[1].id"),
    "plaintext key": ("plaintext", "providers[0].keys[0].api_key"),
}


async def test_a_corrupt_backup_is_refused_with_reason_and_index_and_changes_nothing(ks: Proc) -> None:
    async with client_of(ks) as client:
        await client.create_provider(name="a-provider", kind="openai", base_url="https://api.openai.com/v1",
                                     models=["gpt-4o"], keys=new_keys(KEY_A, KEY_B))
        await client.create_provider(name="b-provider", kind="openai", base_url="https://api.openai.com/v1",
                                     models=["gpt-4o"], keys=new_keys(KEY_C))
        good = await client.export_backup()
        state, backup = db_state(ks.home), backup_path(ks).read_bytes()
        for case, (reason, param) in CORRUPT.items():
            with pytest.raises(InvalidRequest) as refused:
                await client.restore_backup(_spoil(case, good))
            assert reason in refused.value.message, case
            assert refused.value.param == param, case
            assert KEY_A not in refused.value.message
        assert db_state(ks.home) == state
        assert backup_path(ks).read_bytes() == backup
        assert len(await client.list_providers()) == 2


async def test_a_backup_of_another_master_key_is_refused(ks: Proc, tmp_path: Path) -> None:
    """Another BACKEND_API_KEY_SECRET; and the same secret with another LLMVPN_HOME (its own key ring)."""
    async with client_of(ks) as client:
        await client.create_provider(name="mine", kind="openai", base_url="https://api.openai.com/v1",
                                     models=["gpt-4o"], keys=new_keys(KEY_D))
    state = db_state(ks.home)
    for name, extra in (("other-secret", {"BACKEND_API_KEY_SECRET": OTHER_SECRET}), ("other-home", {})):
        sock_dir = short_socket_dir()
        with start_keyserver(tmp_path / name, sock_dir / "ks.sock", **backup_env(tmp_path / name), **extra) as other:
            async with client_of(other) as client:
                await client.create_provider(name="theirs", kind="openai", base_url="https://api.openai.com/v1",
                                             models=["gpt-4o"], keys=new_keys(KEY_A))
                foreign = await client.export_backup()
        shutil.rmtree(sock_dir, ignore_errors=True)
        async with client_of(ks) as client:
            with pytest.raises(InvalidRequest, match=r"providers\[0\]\.keys\[0\]: key .* does not open") as refused:
                await client.restore_backup(foreign)
            assert refused.value.param == "providers[0].keys[0]"
            assert [p.name for p in await client.list_providers()] == ["mine"]
    assert db_state(ks.home) == state


# -- test results, failures, the CLI -----------------------------------------------------------------

async def test_a_test_result_is_kept_without_a_new_version(ks: Proc) -> None:
    async with client_of(ks) as client:
        created = await client.create_provider(name="p", kind="openai", base_url="https://api.openai.com/v1",
                                               models=["gpt-4o"], keys=new_keys(KEY_A))
        assert (created.last_test_status, created.last_tested_at) == ("", "")
        tested = await client.record_test_result(created.id, "offline", 0, 3001.0)
        assert tested.last_test_status == "offline" and tested.last_tested_at
        assert (tested.version, tested.updated_at) == (created.version, created.updated_at)
        assert (await client.get_provider(created.id)).last_test_status == "offline"
        # A PATCH with the version from before the test still applies.
        await client.update_provider(created.id, expected_version=created.version, is_active=False)
        with pytest.raises(InvalidRequest) as bad:
            await client.record_test_result(created.id, "great")
        assert bad.value.param == "status"
        with pytest.raises(NotFound):
            await client.record_test_result("no-such-id", "online")


async def test_a_failed_backup_write_is_loud_but_the_change_stands(tmp_path: Path) -> None:
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the backup folder should be")
    sock_dir = short_socket_dir()
    with start_keyserver(tmp_path / "home", sock_dir / "ks.sock", **backup_env(tmp_path)) as proc:
        async with client_of(proc) as client:
            created = await client.create_provider(name="p", kind="openai", base_url="https://api.openai.com/v1",
                                                   models=["gpt-4o"], keys=new_keys(KEY_A))
            assert (await client.get_provider(created.id)).name == "p"
            health = await client.health()
            assert health.components["backup"].startswith("down: ") and health.status == "ok"
            assert "BACKUP NOT WRITTEN" in proc.log()
            # Once the folder can be made, the periodic check writes the backup without another change.
            blocker.unlink()
            deadline = time.monotonic() + 15
            while (await client.health()).components["backup"] != "up":
                assert time.monotonic() < deadline, "the failed backup was not retried"
                await asyncio.sleep(0.2)
        assert [p["name"] for p in json.loads(backup_path(proc).read_bytes())["providers"]] == ["p"]
    shutil.rmtree(sock_dir, ignore_errors=True)


def cli(proc: Proc, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "llmvpn.cli", *args], env=proc.env, input=stdin,
                          capture_output=True, timeout=60)


async def test_cli_export_list_restore_over_the_socket_and_offline(ks: Proc, tmp_path: Path) -> None:
    async with client_of(ks) as client:
        await client.create_provider(name="openai-main", kind="openai", base_url="https://api.openai.com/v1",
                                     models=["gpt-4o"], keys=new_keys(KEY_A, KEY_B))
    exported = tmp_path / "exported.json"
    result = cli(ks, "providers", "export", "--file", str(exported))
    assert result.returncode == 0, result.stderr
    assert b"exported 1 provider(s), 2 key(s)" in result.stdout
    backup_format.parse(exported.read_bytes())

    listed = cli(ks, "providers", "list")
    assert listed.returncode == 0 and b"openai-main" in listed.stdout
    assert fingerprint(KEY_A).encode() in listed.stdout.replace(b"\n", b"")
    assert_no_plaintext([tmp_path / "exported.json"], KEY_A, KEY_B)
    assert KEY_A[-8:].encode() not in listed.stdout

    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(exported.read_bytes()[:500])
    refused = cli(ks, "providers", "restore", "--file", str(truncated))
    assert refused.returncode == 1
    message = refused.stderr.decode().strip()
    assert message.startswith("error: restore refused, nothing changed: the backup is not valid JSON")
    assert len(message.splitlines()) == 1

    to_stdout = cli(ks, "--export", "--file", "-")  # the original CLI's flag
    assert to_stdout.returncode == 0
    assert json.loads(to_stdout.stdout)["providers"][0]["name"] == "openai-main"
    restored = cli(ks, "providers", "--restore", "--file", str(exported))
    assert restored.returncode == 0, restored.stderr
    assert b"restored 1 provider(s), 2 key(s)" in restored.stdout
    assert cli(ks, "providers", "restore", "--file", str(tmp_path / "missing.json")).returncode == 1

    ks.stop()  # offline: the CLI opens the registry itself
    before = backup_path(ks).read_bytes()
    offline = cli(ks, "providers", "restore", "--file", str(exported))
    assert offline.returncode == 0, offline.stderr
    assert backup_path(ks).read_bytes() != before  # the restore was backed up
    assert backup_files.copy_path(backup_path(ks), 1).read_bytes() == before
    listed = cli(ks, "providers", "list")
    assert listed.returncode == 0 and b"openai-main" in listed.stdout
    stdin_restore = cli(ks, "providers", "restore", "--file", "-", stdin=b'{"format": "nope"}')
    assert stdin_restore.returncode == 1 and b"not an llmvpn providers backup" in stdin_restore.stderr


# -- Vault: a key below min_decryption_version --------------------------------------------------------

@pytest.mark.vault
def test_a_backup_below_vaults_min_decryption_version_is_refused(openbao, tmp_path: Path) -> None:  # noqa: ANN001
    from uuid import uuid4

    from llmvpn.crypto.vault import VaultTransitMasterKey
    from llmvpn.keyserver.backup import Backups
    from llmvpn.keyserver.records import NewKeySpec, ProviderSpec
    from llmvpn.keyserver.registry import Registry
    from llmvpn.storage import create_engine_for, migrate

    key_name = f"llmvpn-backup-{uuid4().hex[:12]}"
    engine = create_engine_for(f"sqlite:///{tmp_path / 'llmvpn.db'}")
    migrate(engine)
    registry = Registry(engine, VaultTransitMasterKey(openbao.addr, openbao.token, key=key_name, timeout=5.0))
    backups = Backups(registry, tmp_path / "providers_backup.json", 2)
    registry.create_provider(ProviderSpec("vaulted", base_url="https://api.openai.com/v1", models=("gpt-4o",),
                                          keys=(NewKeySpec(KEY_A),)))
    old = backups.export()
    assert json.loads(old)["master_key"] == {"backend": "vault", "versions": [1]}
    registry.rotate_master_key()
    current = backups.export()
    openbao.client().secrets.transit.update_key_configuration(key_name, min_decryption_version=2)

    with pytest.raises(InvalidRequest, match=r"^providers\[0\]\.keys\[0\]: key .* retired master-key version"):
        backups.restore(old)
    assert backups.restore(current) == (1, 1)  # what was sealed under version 2 still restores
    assert [entry.secret.reveal() for entry in registry.load_pool()] == [KEY_A]
    engine.dispose()
