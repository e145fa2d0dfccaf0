"""The `llmvpn` command as a user runs it: tokens, key import, master-key rotation, start-up refusals."""

from __future__ import annotations

import asyncio
import hashlib
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver.client import KeyServerClient, NewKey, Outcome
from llmvpn.web.auth import verify_token
from tests.fixtures.processes import JWT_SECRET, base_env, short_socket_dir, start_keyserver

LLMVPN = str(Path(sys.executable).parent / "llmvpn")
KEY_A = "sk-cli-canary-aaaaaaaaaaaaaaaaaaaaaaaa1111"
KEY_B = "sk-cli-canary-bbbbbbbbbbbbbbbbbbbbbbbb2222"


def llmvpn(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([LLMVPN, *args], env=env, capture_output=True, text=True, timeout=60)


def create_provider(socket_path: Path, *keys: str) -> None:
    async def go() -> None:
        async with KeyServerClient(socket_path, 5) as client:
            await client.create_provider(name="alpha", kind="openai", base_url="http://127.0.0.1:9/v1",
                                         models=["m"], keys=[NewKey(ProviderKey(k)) for k in keys])
    asyncio.run(go())


def leased_keys(socket_path: Path, n: int) -> set[str]:
    async def go() -> set[str]:
        found = set()
        async with KeyServerClient(socket_path, 5) as client:
            for _ in range(n):
                lease = await client.acquire("m", owner="")
                found.add(lease.api_key.reveal())
                await client.release(lease.lease_id, Outcome.OK)
        return found
    return asyncio.run(go())


def test_every_command_has_help() -> None:
    for command in ([], ["up"], ["keys", "import"], ["token", "issue"], ["master-key", "rotate"]):
        result = subprocess.run([LLMVPN, *command, "--help"], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        assert "Usage" in result.stdout


def test_token_issue_prints_a_jwt_the_web_server_accepts(tmp_path: Path) -> None:
    env = base_env(tmp_path / "home", tmp_path / "ks.sock")
    result = llmvpn(env, "token", "issue", "--sub", "alice", "--admin", "--ttl", "2h")
    assert result.returncode == 0, result.stderr
    principal = verify_token(result.stdout.strip(), JWT_SECRET, issuer="llmvpn", audience="llmvpn")
    assert principal.sub == "alice" and principal.admin
    assert 7100 < principal.expires_at - principal.issued_at <= 7200


def test_token_issue_without_a_secret_generates_one_kept_private(tmp_path: Path) -> None:
    env = base_env(tmp_path / "home", tmp_path / "ks.sock")
    del env["WEB_SERVER_JWT_SECRET"]
    first = llmvpn(env, "token", "issue", "--sub", "bob")
    second = llmvpn(env, "token", "issue", "--sub", "bob")
    secret_file = tmp_path / "home" / "secrets" / "jwt_secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    secret = secret_file.read_text().strip()
    for result in (first, second):
        assert verify_token(result.stdout.strip(), secret, issuer="llmvpn", audience="llmvpn").sub == "bob"
        assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize("ttl", ["soon", "-5m", "0"])
def test_token_issue_refuses_a_bad_ttl(tmp_path: Path, ttl: str) -> None:
    result = llmvpn(base_env(tmp_path / "home", tmp_path / "ks.sock"), "token", "issue", "--sub", "x", "--ttl", ttl)
    assert result.returncode == 2
    assert "ttl" in result.stderr.lower() or "duration" in result.stderr.lower()


def test_keys_import_adds_keys_to_a_running_key_server(tmp_path: Path, keyserver) -> None:
    create_provider(keyserver.socket_path, KEY_A)
    csv = tmp_path / "api_keys.csv"
    csv.write_text(f"provider,key,label\nalpha,{KEY_A},first\nalpha,{KEY_B},second\n")
    result = llmvpn(keyserver.env, "keys", "import", str(csv))
    assert result.returncode == 0, result.stderr
    assert "1 key(s) added, 1 already present" in result.stdout
    assert leased_keys(keyserver.socket_path, 4) == {KEY_A, KEY_B}
    assert KEY_B not in result.stdout + result.stderr


def test_keys_import_works_with_the_key_server_stopped(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home") as proc:
        create_provider(proc.socket_path, KEY_A)
    csv = tmp_path / "api_keys.csv"
    csv.write_text(f"alpha,{KEY_B}\n")
    result = llmvpn(proc.env, "keys", "import", str(csv))
    assert result.returncode == 0, result.stderr
    with start_keyserver(tmp_path / "home", proc.socket_path) as again:
        assert leased_keys(again.socket_path, 4) == {KEY_A, KEY_B}


def test_a_bad_csv_line_is_named_and_nothing_is_imported(tmp_path: Path, keyserver) -> None:
    create_provider(keyserver.socket_path, KEY_A)
    csv = tmp_path / "api_keys.csv"
    csv.write_text(f"alpha,{KEY_B},ok\nalpha,sk-other-key-cccccccccccccccccc,label,many\n")
    result = llmvpn(keyserver.env, "keys", "import", str(csv))
    assert result.returncode != 0
    assert "line 2" in result.stderr and "rpm_limit" in result.stderr
    assert "sk-other-key" not in result.stderr
    assert leased_keys(keyserver.socket_path, 3) == {KEY_A}


def test_master_key_rotation_rewraps_while_serving_and_survives_a_restart(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home") as proc:
        create_provider(proc.socket_path, KEY_A, KEY_B)
        result = llmvpn(proc.env, "master-key", "rotate")
        assert result.returncode == 0, result.stderr
        assert "version 2" in result.stdout
        assert leased_keys(proc.socket_path, 4) == {KEY_A, KEY_B}
    with start_keyserver(tmp_path / "home", proc.socket_path) as again:
        assert leased_keys(again.socket_path, 4) == {KEY_A, KEY_B}


def file_digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".log")}


def test_a_wrong_master_secret_refuses_to_start_and_changes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with start_keyserver(home) as proc:
        create_provider(proc.socket_path, KEY_A)
    before = file_digests(home)
    env = base_env(home, short_socket_dir() / "ks.sock",
                   BACKEND_API_KEY_SECRET="another-secret-that-is-long-enough-0123456789")
    result = subprocess.run([sys.executable, "-m", "llmvpn.keyserver"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert "does not match" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("llmvpn keyserver: BACKEND_API_KEY_SECRET does not match")
    assert file_digests(home) == before


def test_a_generated_master_secret_is_kept_private_and_reused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with start_keyserver(home, BACKEND_API_KEY_SECRET=None) as proc:
        create_provider(proc.socket_path, KEY_A)
    secret_file = home / "secrets" / "api_key_secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(secret_file.parent.stat().st_mode) == 0o700
    with start_keyserver(home, proc.socket_path, BACKEND_API_KEY_SECRET=None) as again:
        assert leased_keys(again.socket_path, 2) == {KEY_A}
    assert secret_file.read_text().strip() not in proc.log() + again.log()


def test_fingerprints_name_keys_without_showing_them() -> None:
    shown = fingerprint(KEY_A)
    assert KEY_A[-4:] in shown and KEY_A[:-4] not in shown and KEY_A[-8:] not in shown
