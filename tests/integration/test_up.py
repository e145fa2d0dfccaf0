"""`llmvpn up` (what `make run` runs): both services, the demo provider, a clean Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.fixtures.processes import base_env, free_port, short_socket_dir

LLMVPN = str(Path(sys.executable).parent / "llmvpn")


def test_up_serves_health_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port()
    sock = short_socket_dir() / "ks.sock"
    env = base_env(tmp_path / "home", sock, WEB_SERVER_PORT=str(port), LLMVPN_LOG_LEVEL="INFO",
                   BACKEND_API_KEY_SECRET=None, WEB_SERVER_JWT_SECRET=None)
    log = open(tmp_path / "up.log", "wb")
    proc = subprocess.Popen([LLMVPN, "up"], env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                # The banner comes once the supervisor has seen the web server answer, a moment later.
                if health.status_code == 200 and "Ctrl-C stops everything" in (tmp_path / "up.log").read_text():
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        output = (tmp_path / "up.log").read_text()
        assert health is not None and health.status_code == 200, output
        assert health.json()["key_server"] == "up"
        assert "demo upstream" in output and "token issue" in output
        token = subprocess.run([LLMVPN, "token", "issue", "--sub", "me"], env=env, capture_output=True, text=True,
                               timeout=30).stdout.strip()
        assert token.count(".") == 2
        proc.send_signal(signal.SIGINT)
        assert proc.wait(30) == 0
        assert not sock.exists()
    finally:
        if proc.poll() is None:
            # SIGTERM first: the supervisor stops its children; a SIGKILL would leave that to the kernel.
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def test_children_do_not_outlive_a_killed_supervisor(tmp_path: Path) -> None:
    port = free_port()
    sock = short_socket_dir() / "ks.sock"
    env = base_env(tmp_path / "home", sock, WEB_SERVER_PORT=str(port), LLMVPN_LOG_LEVEL="WARNING")
    proc = subprocess.Popen([LLMVPN, "up", "--no-demo"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ping", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert len(children) == 2
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
            time.sleep(0.1)
        assert not [pid for pid in children if Path(f"/proc/{pid}").exists()
                    and "zombie" not in Path(f"/proc/{pid}/status").read_text()]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
