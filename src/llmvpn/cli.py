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
providers_app = typer.Typer(help="Providers: list them, export and restore backups (keys only as ciphertext).")
app.add_typer(providers_app, name="providers")
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


# -- providers: list, export, restore ---------------------------------------------------------------

# `-` names stdout (export) or stdin (restore).
FileOption = Annotated[Path | None, typer.Option(
    "--file", "-f", help="The backup file; default BACKEND_BACKUP_FILE; '-' for stdout/stdin.", dir_okay=False)]
ExportFlag = Annotated[bool, typer.Option("--export", help="Export a backup (the original CLI's flag).")]
RestoreFlag = Annotated[bool, typer.Option("--restore", help="Restore a backup (the original CLI's flag).")]


def _backups(settings: KeyServerSettings):
    """The registry's backups, opened directly: for when no key server runs."""
    from llmvpn.keyserver.backup import Backups

    return Backups(_open_registry(settings), settings.effective_backup_file, settings.backups_kept)


def _working(what: str):
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn(what), TimeElapsedColumn(), console=console, transient=True)
    progress.add_task(what, total=None)
    return progress


def _flags(export: bool, restore: bool, file: Path | None) -> bool:
    """Run `--export` / `--restore`; False if neither was given."""
    if export and restore:
        raise fail("--export and --restore can't be used together", 2)
    if export:
        export_backup(file)
    elif restore:
        restore_backup(file)
    elif file is not None:
        raise fail("--file needs --export or --restore (or: llmvpn providers export|restore --file F)", 2)
    return export or restore


@app.callback(invoke_without_command=True)
def _main(ctx: typer.Context, export: ExportFlag = False, restore: RestoreFlag = False,
          file: FileOption = None) -> None:
    """llmvpn: a privacy gateway for large language models."""
    if ctx.invoked_subcommand is not None:
        if export or restore or file is not None:
            raise fail("--export/--restore/--file go instead of a command, not before one", 2)
        return
    if not _flags(export, restore, file):
        out.print(ctx.get_help())


@providers_app.callback(invoke_without_command=True)
def _providers(ctx: typer.Context, export: ExportFlag = False, restore: RestoreFlag = False,
               file: FileOption = None) -> None:
    """Providers: list them, export and restore backups (keys only as ciphertext)."""
    if ctx.invoked_subcommand is not None:
        if export or restore or file is not None:
            raise fail("--export/--restore/--file go after a subcommand or instead of one, not both", 2)
        return
    if not _flags(export, restore, file):
        out.print(ctx.get_help())


@providers_app.command("export")
def export_backup(file: FileOption = None) -> None:
    """Write a backup of every provider and key (keys as ciphertext only) to --file."""
    from llmvpn.keyserver import backup_files

    settings = _keyserver_settings()
    try:
        with _working("exporting the registry"):
            if _keyserver_running(settings):
                data = asyncio.run(_export_over_socket(settings))
            else:
                data = _backups(settings).export()
    except LlmvpnError as exc:
        raise fail(exc.message, 2 if isinstance(exc, ConfigError) else 1) from None
    providers, keys = _counts(data)
    if file is not None and str(file) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        console.print(f"exported {providers} provider(s), {keys} key(s)", highlight=False)
        return
    target = (file or settings.effective_backup_file).expanduser().absolute()
    try:
        if target == settings.effective_backup_file:
            backup_files.write_rotating(target, data, settings.backups_kept)  # the previous ones stay as .1, .2…
        else:
            backup_files.write_atomic(target, data)
    except OSError as exc:
        raise fail(f"can't write {target}: {exc.strerror}") from None
    out.print(f"exported {providers} provider(s), {keys} key(s) to {target}", highlight=False)


@providers_app.command("restore")
def restore_backup(file: FileOption = None) -> None:
    """Replace every provider and key with a backup's, all or nothing (default: BACKEND_BACKUP_FILE)."""
    from llmvpn.keyserver.backup import MAX_BACKUP_BYTES

    settings = _keyserver_settings()
    data, source = b"", f"{settings.effective_backup_file}"
    if file is not None:
        source = "stdin" if str(file) == "-" else str(file)
        try:
            with (sys.stdin.buffer if str(file) == "-" else open(file, "rb")) as handle:
                data = handle.read(MAX_BACKUP_BYTES + 1)
        except OSError as exc:
            raise fail(f"can't read {file}: {exc.strerror}") from None
        if not data:
            raise fail(f"{source} is empty")
    try:
        with _working(f"validating and restoring {source}"):
            if _keyserver_running(settings):
                # No bytes: the key server reads its own BACKEND_BACKUP_FILE.
                providers, keys = asyncio.run(_restore_over_socket(settings, data))
            else:
                backups = _backups(settings)
                providers, keys = backups.restore(data or None)
                backups.write()
    except LlmvpnError as exc:
        raise fail(f"restore refused, nothing changed: {exc.message}" if isinstance(exc, ApiError)
                   else exc.message, 2 if isinstance(exc, ConfigError) else 1) from None
    out.print(f"restored {providers} provider(s), {keys} key(s) from {source}", highlight=False)


@providers_app.command("list")
def providers_list() -> None:
    """Show every provider and its keys (by fingerprint; keys never leave the key server)."""
    from rich.table import Table

    settings = _keyserver_settings()
    try:
        if _keyserver_running(settings):
            rows = asyncio.run(_list_over_socket(settings))
        else:
            rows = _open_registry(settings).list_providers()
    except LlmvpnError as exc:
        raise fail(exc.message, 2 if isinstance(exc, ConfigError) else 1) from None
    table = Table(title=f"{len(rows)} provider(s)", title_justify="left")
    for column in ("name", "id", "kind", "base_url", "models", "active", "version", "keys", "last test"):
        table.add_column(column, overflow="fold")
    for row in rows:
        keys = "\n".join(f"{k.fingerprint} {k.status}" + (f" ({k.label})" if k.label else "") for k in row.keys)
        tested = row.last_test_status or "never"
        if row.last_tested_at:
            when = row.last_tested_at if isinstance(row.last_tested_at, str) else row.last_tested_at.isoformat()
            tested = f"{tested} at {when[:19]}"
        table.add_row(row.name, row.id, row.kind, row.base_url, ", ".join(row.models),
                      "yes" if row.is_active else "no", str(row.version), keys or "-", tested)
    # Piped (grep, a file), Rich would assume 80 columns and break names and ids across lines.
    (out if out.is_terminal else Console(width=250)).print(table)


def _counts(data: bytes) -> tuple[int, int]:
    import json

    providers = json.loads(data).get("providers", [])
    return len(providers), sum(len(p.get("keys", ())) for p in providers)


async def _export_over_socket(settings: KeyServerSettings) -> bytes:
    from llmvpn.keyserver.client import KeyServerClient

    async with KeyServerClient(settings.socket_path, deadline_seconds=600) as client:
        return await client.export_backup()


async def _restore_over_socket(settings: KeyServerSettings, data: bytes) -> tuple[int, int]:
    from llmvpn.keyserver.client import KeyServerClient

    async with KeyServerClient(settings.socket_path, deadline_seconds=600) as client:
        result = await client.restore_backup(data)
    return result.providers, result.keys


async def _list_over_socket(settings: KeyServerSettings) -> list:
    from llmvpn.keyserver.client import KeyServerClient

    async with KeyServerClient(settings.socket_path, deadline_seconds=60) as client:
        return await client.list_providers()


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
