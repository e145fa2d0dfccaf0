"""The `llmvpn` command: start the services, manage keys and tokens.

Commands that change the registry talk to the running key server over its socket; when none is
running they open the registry themselves (the same code the key server runs), so they work before the
first start and during maintenance.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from llmvpn import __version__
from llmvpn.config import KeyServerSettings, WebSettings, ensure_web_secrets
from llmvpn.errors import ApiError, ConfigError, LlmvpnError

app = typer.Typer(help="llmvpn: a privacy gateway for large language models.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
keys_app = typer.Typer(help="Provider API keys (the key pool).", no_args_is_help=True)
token_app = typer.Typer(help="Access tokens (JWT) for the web server's APIs.", no_args_is_help=True)
master_key_app = typer.Typer(help="The master key that wraps every provider key.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(token_app, name="token")
app.add_typer(master_key_app, name="master-key")

# soft_wrap: a long path or message stays one line, so scripts can grep what we print.
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> int:
    """`30d`, `12h`, `15m`, `90s` or a number of seconds."""
    match = _DURATION.match(text.lower())
    if not match:
        raise typer.BadParameter(f"{text!r} is not a duration like 30d, 12h, 15m or 3600")
    seconds = int(float(match.group(1)) * _UNIT_SECONDS[match.group(2)])
    if seconds <= 0:
        raise typer.BadParameter("the duration must be positive")
    return seconds


def fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def _keyserver_settings() -> KeyServerSettings:
    from llmvpn.keyserver.server import prepare_settings

    try:
        return prepare_settings(KeyServerSettings())
    except ConfigError as exc:
        raise fail(exc.message, 2) from None


def _web_settings() -> WebSettings:
    try:
        return ensure_web_secrets(WebSettings())
    except ConfigError as exc:
        raise fail(exc.message, 2) from None


def _keyserver_running(settings: KeyServerSettings) -> bool:
    from llmvpn.keyserver.socket import socket_is_live

    return settings.socket_path.exists() and socket_is_live(settings.socket_path)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


@app.command()
def up(
    demo: Annotated[bool | None, typer.Option(
        "--demo/--no-demo",
        help="Also start the built-in demo upstream as provider 'demo' (default: when no provider is configured).",
    )] = None,
) -> None:
    """Start the key server and the web server together; Ctrl-C stops both."""
    from llmvpn.supervisor import run_all

    ks = _keyserver_settings()
    web = _web_settings()
    raise typer.Exit(run_all(ks, web, demo=demo, console=console))


@app.command()
def keyserver() -> None:
    """Start the key server alone (gRPC on the Unix socket KEY_SERVER_SOCKET)."""
    from llmvpn.keyserver.server import run
    from llmvpn.logging import configure_logging

    settings = _keyserver_settings()
    configure_logging(settings.log_level)
    raise typer.Exit(run(settings))


@app.command()
def web() -> None:
    """Start the web server alone (HTTP on WEB_SERVER_HOST:WEB_SERVER_PORT)."""
    from llmvpn.web.runner import main as web_main

    raise typer.Exit(web_main())


@keys_app.command("import")
def keys_import(
    file: Annotated[Path, typer.Argument(help="CSV: provider name, key, optional label, rpm_limit, tpm_limit.",
                                         exists=True, dir_okay=False, readable=True)],
) -> None:
    """Add the keys of an api_keys.csv file to their providers' pools (idempotent)."""
    from llmvpn.keyserver.keys_csv import parse_keys_csv

    settings = _keyserver_settings()
    try:
        entries = parse_keys_csv(file)
        if _keyserver_running(settings):
            added, unchanged = asyncio.run(_import_over_socket(settings, entries, str(file)))
        else:
            registry = _open_registry(settings)
            added, unchanged = registry.import_keys(entries, str(file))
    except LlmvpnError as exc:
        raise fail(exc.message, 2 if isinstance(exc, ConfigError) else 1) from None
    out.print(f"imported {file}: {added} key(s) added, {unchanged} already present")


async def _import_over_socket(settings: KeyServerSettings, entries: list, source: str) -> tuple[int, int]:
    from llmvpn.keyserver.client import ImportEntry, KeyServerClient, NewKey
    from llmvpn.keys import ProviderKey

    wire = [ImportEntry(provider, NewKey(ProviderKey(spec.secret), spec.label, spec.rpm_limit, spec.tpm_limit))
            for provider, spec in entries]
    async with KeyServerClient(settings.socket_path, deadline_seconds=60) as client:
        result = await client.import_keys(wire, source=source)
    return result.added, result.unchanged


def _open_registry(settings: KeyServerSettings):
    from llmvpn.keyserver.server import open_registry

    return open_registry(settings)


@token_app.command("issue")
def token_issue(
    sub: Annotated[str, typer.Option("--sub", help="The subject: who the token is for.")],
    admin: Annotated[bool, typer.Option("--admin", help="Allow provider management and other admin routes.")] = False,
    ttl: Annotated[str, typer.Option("--ttl", help="Lifetime: 30d, 12h, 15m or seconds.")] = "30d",
) -> None:
    """Print a JWT signed with WEB_SERVER_JWT_SECRET."""
    from llmvpn.web.auth import issue_token

    if not sub.strip():
        raise fail("--sub must not be empty", 2)
    settings = _web_settings()
    token = issue_token(settings.jwt_secret.get_secret_value(), sub, admin=admin, ttl_seconds=parse_duration(ttl),
                        issuer=settings.jwt_issuer, audience=settings.jwt_audience)
    # The token alone on stdout, so `TOKEN=$(llmvpn token issue --sub me)` works.
    print(token)


@master_key_app.command("rotate")
def master_key_rotate() -> None:
    """Make a new master-key version and re-wrap every data key under it, without downtime."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    settings = _keyserver_settings()
    with Progress(TextColumn("re-wrapping data keys"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
        task = bar.add_task("rotate", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            if _keyserver_running(settings):
                version = asyncio.run(_rotate_over_socket(settings, report))
            else:
                version = _open_registry(settings).rotate_master_key(report)
        except (LlmvpnError, ApiError) as exc:
            raise fail(exc.message) from None
    out.print(f"master key rotated: every data key is now wrapped by version {version}")


async def _rotate_over_socket(settings: KeyServerSettings, report) -> int:
    from llmvpn.keyserver.client import KeyServerClient

    version = 0
    async with KeyServerClient(settings.socket_path, deadline_seconds=3600) as client:
        async for step in client.rotate_master_key():
            report(step.done, step.total)
            version = step.new_version or version
    return version


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
