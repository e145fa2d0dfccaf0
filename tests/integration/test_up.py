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
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                if health.status_code == 200:
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
            proc.kill()
            proc.wait()
        log.close()
