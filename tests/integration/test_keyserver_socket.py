"""The key server listens on a private Unix socket and nowhere else."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.processes import Proc, base_env, short_socket_dir, start_keyserver


def listening_tcp_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as handle:
            next(handle)
            for line in handle:
                fields = line.split()
                if fields[3] == "0A":  # TCP_LISTEN
                    inodes.add(fields[9])
    return inodes


def socket_inodes_of(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def test_socket_is_owner_only_and_no_tcp_port_is_open(keyserver: Proc) -> None:
    mode = os.stat(keyserver.socket_path).st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == 0o600
    assert not socket_inodes_of(keyserver.process.pid) & listening_tcp_inodes()


def test_socket_mode_holds_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        with start_keyserver(tmp_path / "home") as proc:
            assert stat.S_IMODE(os.stat(proc.socket_path).st_mode) == 0o600
            assert stat.S_IMODE(os.stat(proc.home).st_mode) == 0o700
    finally:
        os.umask(old)


def test_a_socket_path_taken_by_a_live_key_server_is_refused(keyserver: Proc, tmp_path: Path) -> None:
    env = base_env(tmp_path / "other", keyserver.socket_path)
    result = subprocess.run([sys.executable, "-m", "llmvpn.keyserver"], env=env, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 2
    assert "already listening" in result.stderr
    # The first server is untouched and still answers.
    with socket.socket(socket.AF_UNIX) as probe:
        probe.connect(str(keyserver.socket_path))


def test_a_stale_socket_file_is_replaced(tmp_path: Path) -> None:
    path = short_socket_dir() / "ks.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a killed key server leaves behind
    with start_keyserver(tmp_path / "home", path) as proc:
        assert proc.process.poll() is None


def test_a_folder_writable_by_others_is_refused(tmp_path: Path) -> None:
    folder = short_socket_dir()
    os.chmod(folder, 0o777)  # no sticky bit: anyone could swap the socket
    env = base_env(tmp_path / "home", folder / "ks.sock")
    result = subprocess.run([sys.executable, "-m", "llmvpn.keyserver"], env=env, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 2
    assert "writable by other users" in result.stderr


@pytest.mark.parametrize("secret, reason", [("change-me", "placeholder"), ("too-short-secret", "at least 32")])
def test_weak_master_secrets_are_refused_at_start(tmp_path: Path, secret: str, reason: str) -> None:
    env = base_env(tmp_path / "home", short_socket_dir() / "ks.sock", BACKEND_API_KEY_SECRET=secret)
    result = subprocess.run([sys.executable, "-m", "llmvpn.keyserver"], env=env, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 2
    assert reason in result.stderr
    assert secret not in result.stderr


def test_sigterm_stops_the_key_server_and_removes_its_socket(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home") as proc:
        assert proc.stop() == 0
        assert not proc.socket_path.exists()
