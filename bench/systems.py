"""Starting and stopping everything the benchmark measures, each as its own process on 127.0.0.1.

Every child is started through `Processes`, in its own session (so Ctrl-C in the terminal reaches
only the harness, which then stops them in order) and with PR_SET_PDEATHSIG, so even a harness killed
with SIGKILL takes its children with it. `Processes.stop_all()` runs on every way out of a run.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import litellm_env
from bench.prompt import EXPECTED

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PYTHON = sys.executable  # the harness runs in the project's venv
UPSTREAM_MODEL = "demo-model"
_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Looked up once here, so the child between fork and exec only makes one C call (no imports, no
# library loading: the harness has gRPC threads at times, and a fork copies none of their locks' owners).
_prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl


def _die_with_parent() -> None:
    # SIGTERM the child when the harness dies, however it dies (even SIGKILL).
    _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _session_members(sid: int) -> list[int]:
    """Live processes of session `sid` (each child is started as its own session leader)."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rpartition(b")")[2].split()
            except OSError:
                continue
            if int(fields[3]) == sid:  # fields after the name: state ppid pgrp session ...
                members.append(int(entry))
    return members


class Processes:
    """Every process a run started; stops them newest first, each with its whole process group."""

    def __init__(self) -> None:
        self._procs: list[tuple[str, subprocess.Popen]] = []

    def spawn(self, name: str, args: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, cwd=ROOT, start_new_session=True,
                                    preexec_fn=_die_with_parent)  # noqa: PLW1509 - see _prctl
        self._procs.append((name, proc))
        return proc

    def stop(self, proc: subprocess.Popen, timeout: float = 10.0) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        # Anything the child left behind in its session (workers, helpers) goes too. The members are
        # looked up first, so a group id the kernel has already reused is never signalled.
        for pid in _session_members(proc.pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        self._procs = [(n, p) for n, p in self._procs if p is not proc]

    def stop_all(self) -> None:
        for _, proc in reversed(list(self._procs)):
            self.stop(proc)

    def alive(self) -> list[str]:
        return [f"{name} (pid {proc.pid})" for name, proc in self._procs if proc.poll() is None]


def _http_status(url: str, path: str, timeout: float = 1.0) -> int:
    host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    except OSError:
        return 0
    finally:
        conn.close()


def wait_until(check: Callable[[], bool], timeout: float, what: str, proc: subprocess.Popen,
               log_path: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}; log {log_path}:\n{_tail(log_path)}")
        time.sleep(0.1)
    raise RuntimeError(f"{what} not ready after {timeout:.0f} s; log {log_path}:\n{_tail(log_path)}")


def _tail(path: Path, size: int = 3000) -> str:
    try:
        return path.read_text(errors="replace")[-size:]
    except OSError:
        return ""


@dataclass
class System:
    """One way of reaching the test upstream, as the load generator sees it."""

    name: str
    url: str                                # chat completions endpoint
    model: str
    headers: tuple[tuple[str, str], ...]
    roots: list[int] = field(default_factory=list)  # its processes (their trees are measured)
    privacy: dict[str, Any] | None = None   # body field added to each request
    version: str = ""
    unavailable: str = ""                   # why it is not measured (set by the probe)
    procs: list[subprocess.Popen] = field(default_factory=list)


@dataclass
class Upstream:
    url: str  # root URL, no /v1
    proc: subprocess.Popen
    latency_ms: float


def start_upstream(procs: Processes, run_dir: Path, latency_ms: float) -> Upstream:
    port = free_port()
    log_path = run_dir / f"upstream-{latency_ms:g}ms.log"
    # The control API stays on: the privacy probe asks the upstream what it received.
    args = [PROJECT_PYTHON, "-m", "llmvpn.demo", "--host", "127.0.0.1", "--port", str(port),
            "--latency-ms", str(latency_ms)]
    proc = procs.spawn("upstream", args, dict(os.environ), log_path)
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: _http_status(url, "/health") == 200, 30, "test upstream", proc, log_path)
    return Upstream(url, proc, latency_ms)


def direct(upstream: Upstream) -> System:
    return System("direct", upstream.url + "/v1/chat/completions", UPSTREAM_MODEL,
                  (("Authorization", "Bearer sk-bench-direct-0001"),))


def start_floor(procs: Processes, run_dir: Path, upstream: Upstream, impl: str, python: Path | str) -> System:
    port = free_port()
    name = "floor" if impl == "aiohttp" else f"floor-{impl}"
    log_path = run_dir / f"{name}.log"
    args = [str(python), str(ROOT / "bench" / "floor.py"), "--port", str(port), "--upstream", upstream.url,
            "--impl", impl]
    proc = procs.spawn(name, args, dict(os.environ), log_path)
    url = f"http://127.0.0.1:{port}"
    # The floor forwards every path, so the upstream's /health answering through it means both are up.
    wait_until(lambda: _http_status(url, "/health") == 200, 30, name, proc, log_path)
    return System(name, url + "/v1/chat/completions", UPSTREAM_MODEL,
                  (("Authorization", "Bearer sk-bench-floor-0001"),), roots=[proc.pid], version=impl,
                  procs=[proc])


def _socket_accepts(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


async def _create_provider(socket_path: Path, upstream: Upstream, keys: int) -> None:
    from llmvpn.keys import ProviderKey
    from llmvpn.keyserver.client import KeyServerClient, NewKey

    async with KeyServerClient(socket_path, deadline_seconds=10) as client:
        await client.create_provider(
            name="bench", kind="openai", base_url=upstream.url + "/v1", models=[UPSTREAM_MODEL],
            keys=[NewKey(ProviderKey(f"sk-bench-llmvpn-{i:04d}"), label=f"bench-{i}") for i in range(keys)],
        )


def llmvpn_env(home: Path, socket_path: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LLMVPN_", "KEY_SERVER_", "WEB_SERVER_", "BACKEND_", "VAULT_"))}
    env.update({
        "LLMVPN_HOME": str(home),
        "KEY_SERVER_SOCKET": str(socket_path),
        "BACKEND_API_KEY_SECRET": secrets.token_urlsafe(36),
        "WEB_SERVER_JWT_SECRET": secrets.token_urlsafe(36),
        "WEB_SERVER_HOST": "127.0.0.1",
        "WEB_SERVER_PORT": str(port),
        "WEB_SERVER_WORKERS": "1",
        # The "llmvpn" rows measure the gateway with the privacy pipeline off; "llmvpn-pii" asks for
        # it per request (the same processes, with the NER model loaded for it).
        "LLMVPN_PRIVACY_PII": "off",
        "LLMVPN_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    })
    return env


def start_llmvpn(procs: Processes, run_dir: Path, upstream: Upstream, *, keys: int = 4,
                 extra_env: dict[str, str] | None = None) -> System:
    from llmvpn import __version__
    from llmvpn.web.auth import issue_token

    home = run_dir / "llmvpn-home"
    home.mkdir(exist_ok=True)
    socket_path = run_dir / "ks.sock"
    port = free_port()
    env = llmvpn_env(home, socket_path, port) | (extra_env or {})

    ks_log = run_dir / "llmvpn-keyserver.log"
    keyserver = procs.spawn("llmvpn keyserver", [PROJECT_PYTHON, "-m", "llmvpn.keyserver"], env, ks_log)
    wait_until(lambda: _socket_accepts(socket_path), 30, "llmvpn key server", keyserver, ks_log)
    asyncio.run(_create_provider(socket_path, upstream, keys))

    web_log = run_dir / "llmvpn-web.log"
    web = procs.spawn("llmvpn web", [PROJECT_PYTHON, "-m", "llmvpn.web"], env, web_log)
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: _http_status(url, "/ping") == 200, 30, "llmvpn web server", web, web_log)
    token = issue_token(env["WEB_SERVER_JWT_SECRET"], "bench", ttl_seconds=3600, issuer="llmvpn",
                        audience="llmvpn")
    return System("llmvpn", url + "/v1/chat/completions", f"bench/{UPSTREAM_MODEL}",
                  (("Authorization", f"Bearer {token}"),), roots=[web.pid, keyserver.pid],
                  version=__version__, procs=[web, keyserver])


def with_privacy(base: System, privacy: dict[str, Any]) -> System:
    """The same llmvpn processes, asked per request to run the privacy pipeline."""
    return System("llmvpn-pii", base.url, base.model, base.headers, roots=base.roots, privacy=privacy,
                  version=base.version, unavailable=base.unavailable)


def start_litellm(procs: Processes, run_dir: Path, upstream: Upstream, executable: Path) -> System:
    port = free_port()
    master_key = "sk-bench-" + secrets.token_urlsafe(24)
    config = litellm_env.write_config(run_dir / "litellm.yaml", upstream.url + "/v1",
                                      "sk-bench-litellm-0001", master_key)
    env = dict(os.environ) | litellm_env.OFFLINE_ENV
    log_path = run_dir / "litellm.log"
    proc = procs.spawn("litellm", litellm_env.command(executable, config, port), env, log_path)
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: _http_status(url, "/health/liveliness") == 200, 120, "LiteLLM proxy", proc, log_path)
    return System("litellm", url + "/v1/chat/completions", litellm_env.MODEL,
                  (("Authorization", f"Bearer {master_key}"),), roots=[proc.pid],
                  version=litellm_env.version(), procs=[proc])


def probe(system: System, body: Callable[[bool], bytes]) -> str:
    """One non-streamed and one streamed request; '' when both answered 200 with the expected text,
    else why not (the system's cells are then skipped and reported as pending)."""
    host, port = system.url.split("//", 1)[1].split("/", 1)[0].split(":")
    path = "/" + system.url.split("//", 1)[1].split("/", 1)[1]
    for stream in (False, True):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request("POST", path, body(stream),
                         {"Content-Type": "application/json", **dict(system.headers)})
            answer = conn.getresponse()
            data = answer.read()
        except OSError as exc:
            return f"{'stream' if stream else 'json'} probe failed: {exc}"
        finally:
            conn.close()
        what = "stream" if stream else "json"
        if answer.status != 200:
            return f"{what} probe answered {answer.status}: {data[:200].decode(errors='replace')}"
        if stream:
            from bench.loadgen import stream_text
            try:
                data = stream_text(data).encode()
            except ValueError as exc:
                return f"stream probe: unreadable events ({exc})"
        if EXPECTED not in data:
            return (f"{what} probe: answer lacks the original PII "
                    f"(not restored?): {data[:200].decode(errors='replace')}")
    return ""


def _upstream_call(upstream: Upstream, method: str, path: str) -> bytes:
    host, port = upstream.url.split("//", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request(method, path)
        return conn.getresponse().read()
    finally:
        conn.close()


def probe_privacy(system: System, upstream: Upstream, body: Callable[[bool], bytes]) -> str:
    """`probe`, plus proof that the pipeline ran: the upstream must not have received the original
    PII. A gateway that ignored the privacy flag would pass the plain probe and be mislabelled."""
    _upstream_call(upstream, "POST", "/_control/reset")
    reason = probe(system, body)
    if reason:
        return reason
    received = _upstream_call(upstream, "GET", "/_control/received?path=/v1/chat/completions")
    if b"/v1/chat/completions" not in received:
        return "privacy probe: the upstream recorded no request"
    if EXPECTED in received:
        return "privacy flag had no effect: the upstream received the original PII"
    return ""
