"""`llmvpn up`: the key server, the web server (and optionally the demo upstream) as child processes.

Children are separate processes, as in production: the key server alone holds the master key, the web
server never does. If one child dies the others are stopped, so `make run` never leaves a half gateway.
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

import httpx
from rich.console import Console

from llmvpn.config import KeyServerSettings, WebSettings
from llmvpn.keyserver.socket import socket_is_live

DEMO_PROVIDER = "demo"
DEMO_MODELS = ("demo-model", "gpt-4o-mini")
DEMO_KEY = "demo-key-not-a-real-secret-000000"
START_TIMEOUT = 30.0
_PR_SET_PDEATHSIG = 1


@dataclass
class Child:
    name: str
    process: subprocess.Popen


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _child_env(ks: KeyServerSettings, web: WebSettings) -> dict[str, str]:
    env = dict(os.environ)
    # Children must agree with the parent on where state lives, whatever their working directory.
    env["LLMVPN_HOME"] = str(ks.home)
    env["KEY_SERVER_SOCKET"] = str(ks.socket_path)
    env["WEB_SERVER_PORT"] = str(web.port)
    env["WEB_SERVER_HOST"] = web.host
    return env


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM if the supervisor dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: children then outlive a killed supervisor
        pass


def _spawn(name: str, module: str, env: dict[str, str], *args: str) -> Child:
    # A session of its own: Ctrl-C reaches only this supervisor, which stops the children in order
    # (web first, so in-flight requests can still release their leases; the key server last).
    return Child(name, subprocess.Popen([sys.executable, "-m", module, *args], env=env,
                                        stdin=subprocess.DEVNULL, start_new_session=True,
                                        preexec_fn=_die_with_parent))


def _wait(child: Child, ready, what: str) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if child.process.poll() is not None:
            return False
        if ready():
            return True
        time.sleep(0.05)
    return False


def _http_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=0.5).status_code == 200
    except httpx.HTTPError:
        return False


async def _provider_count(ks: KeyServerSettings) -> int:
    from llmvpn.keyserver.client import KeyServerClient

    async with KeyServerClient(ks.socket_path, deadline_seconds=5) as client:
        return len(await client.list_providers())


async def _register_demo(ks: KeyServerSettings, base_url: str) -> None:
    """Create the demo provider, or point the existing one at this run's demo upstream."""
    from llmvpn.keyserver.client import KeyServerClient, NewKey
    from llmvpn.keys import ProviderKey

    async with KeyServerClient(ks.socket_path, deadline_seconds=5) as client:
        existing = [p for p in await client.list_providers() if p.name == DEMO_PROVIDER]
        if existing:
            await client.update_provider(existing[0].id, base_url=base_url, is_active=True)
        else:
            await client.create_provider(name=DEMO_PROVIDER, kind="openai", base_url=base_url,
                                         models=list(DEMO_MODELS), is_active=True,
                                         keys=[NewKey(ProviderKey(DEMO_KEY), label="demo")])


def _stop(children: list[Child]) -> None:
    for child in reversed(children):  # web first, key server last: in-flight requests can still release
        if child.process.poll() is None:
            child.process.send_signal(signal.SIGTERM)
    for child in reversed(children):
        try:
            child.process.wait(15)
        except subprocess.TimeoutExpired:
            child.process.kill()


def run_all(ks: KeyServerSettings, web: WebSettings, *, demo: bool | None, console: Console) -> int:
    """Start everything, print where it listens, and wait for Ctrl-C or a child's death."""
    env = _child_env(ks, web)
    children: list[Child] = []
    stopping = False

    def on_signal(signum, frame) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        keyserver = _spawn("key server", "llmvpn.keyserver", env)
        children.append(keyserver)
        if not _wait(keyserver, lambda: ks.socket_path.exists() and socket_is_live(ks.socket_path), "key server"):
            console.print("[red]the key server did not start[/red] (its message is above)")
            return 1
        demo_url = None
        if demo is None:
            demo = asyncio.run(_provider_count(ks)) == 0
            if demo:
                console.print("no provider is configured yet: starting the demo upstream as provider "
                              f"'{DEMO_PROVIDER}' (add real ones with PROVIDER_FILE or the providers API)")
        if demo:
            port = _free_port()
            # --no-control: the scripting API is for tests, not for a gateway someone is trying out.
            upstream = _spawn("demo upstream", "llmvpn.demo", env, "--host", "127.0.0.1", "--port", str(port),
                              "--no-control")
            children.append(upstream)
            demo_url = f"http://127.0.0.1:{port}/v1"
            if not _wait(upstream, lambda: _http_ok(f"http://127.0.0.1:{port}/health"), "demo upstream"):
                console.print("[red]the demo upstream did not start[/red]")
                return 1
            asyncio.run(_register_demo(ks, demo_url))
        web_proc = _spawn("web server", "llmvpn.web", env)
        children.append(web_proc)
        base = f"http://{web.host}:{web.port}"
        if not _wait(web_proc, lambda: _http_ok(f"{base}/ping"), "web server"):
            console.print("[red]the web server did not start[/red] (its message is above)")
            return 1
        lines = [
            f"web server   {base}   OpenAI API: {base}/v1   docs: {base}/docs",
            f"key server   unix:{ks.socket_path}   (mode 0600, no TCP port)",
            f"data         {ks.home}",
        ]
        if demo_url:
            lines.append(f"demo         provider '{DEMO_PROVIDER}' at {demo_url}, models: {', '.join(DEMO_MODELS)}")
        lines += ["", "get a token  llmvpn token issue --sub me   (--admin for provider management)",
                  f"check        curl {base}/api/health", "", "Ctrl-C stops everything."]
        console.rule("[bold]llmvpn is running")
        for line in lines:
            console.print(line, soft_wrap=True, highlight=False)
        console.rule()
        while not stopping:
            for child in children:
                if child.process.poll() is not None:
                    console.print(f"[red]{child.name} exited with code {child.process.returncode}; stopping[/red]")
                    return 1
            time.sleep(0.2)
        console.print("stopping…")
        return 0
    finally:
        _stop(children)
