"""Start-up and shutdown of the key server: open the registry, bind the socket, serve until told to stop.

Memory: the key server imports what it serves with only after the master key is built, so the 16 MiB
that scrypt takes for a moment (crypto/local.py) are given back before the rest is loaded instead of
adding to the peak; Redis's client and the parsers of the start-up files are imported only when
they are used.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from llmvpn import heap
from llmvpn.config import KeyServerSettings, ensure_keyserver_secrets
from llmvpn.errors import ConfigError, CryptoError
from llmvpn.keyserver.socket import binding_privately
from llmvpn.logging import configure_logging, register_secret

if TYPE_CHECKING:
    from llmvpn.keyserver.registry import Registry
    from llmvpn.keyserver.state.base import State

log = logging.getLogger("llmvpn.keyserver")

GRPC_OPTIONS = [
    # Backups of large registries travel in one message.
    ("grpc.max_receive_message_length", 64 * 1024 * 1024),
    ("grpc.max_send_message_length", 64 * 1024 * 1024),
]
SWEEP_SECONDS = 1.0
USAGE_FLUSH_SECONDS = 1.0
REGISTRY_POLL_SECONDS = 5.0


def open_registry(settings: KeyServerSettings) -> Registry:
    """Master key, database (migrated), and a check that this master key opens the stored keys."""
    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    # The data folder holds the key ring and the database: owner-only, whatever umask made it.
    os.chmod(settings.home, 0o700)
    from llmvpn.crypto.factory import build_master_key

    master = build_master_key(settings)
    # Only now (see the module docstring).
    from llmvpn.keyserver.registry import Registry
    from llmvpn.storage import create_engine_for, migrate

    engine = create_engine_for(settings.effective_database_url)
    migrate(engine)
    registry = Registry(engine, master)
    registry.verify_master_key()
    return registry


def build_state(settings: KeyServerSettings) -> State:
    """Redis when KEY_SERVER_REDIS_URL is set (shared by every key server on it), else this process's memory.

    A Redis that is down at start is not a reason to fall back to memory (that would split the pool's
    state across hosts): the key server starts, reports `state: down` and answers 503 until Redis is back.
    """
    if settings.redis_url is not None:
        from llmvpn.keyserver.state.redis import RedisState

        return RedisState(settings.redis_url.get_secret_value())
    from llmvpn.keyserver.state.memory import MemoryState

    return MemoryState()


def apply_startup_files(registry: Registry, settings: KeyServerSettings) -> None:
    """PROVIDER_FILE and KEY_CONFIG_FILE (api_keys.csv), applied idempotently at every start."""
    if settings.provider_file is not None:
        from llmvpn.keyserver.provider_file import apply_provider_file

        summary = apply_provider_file(registry, settings.provider_file)
        log.info("applied provider file %s: %s", settings.provider_file, summary)
    if settings.key_config_file is not None:
        from llmvpn.keyserver.keys_csv import parse_keys_csv

        added, unchanged = registry.import_keys(parse_keys_csv(settings.key_config_file),
                                                str(settings.key_config_file))
        log.info("imported keys from %s: %d added, %d already present", settings.key_config_file, added, unchanged)


async def _every(seconds: float, action: Callable[[], object]) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            result = action()
            if asyncio.iscoroutine(result):
                await result
        except Exception:  # a failed sweep is logged and retried next tick; it must not end the loop
            log.exception("periodic task failed")


async def serve(settings: KeyServerSettings, stop: asyncio.Event, *,
                ready: Callable[[], None] | None = None) -> None:
    """Serve until `stop` is set; then finish in-flight RPCs (bounded) and remove the socket."""
    registry = await asyncio.to_thread(open_registry, settings)
    import grpc

    from llmvpn.keyserver._proto import keyserver_pb2_grpc as pb_grpc
    from llmvpn.keyserver.backup import Backups
    from llmvpn.keyserver.interceptors import ErrorInterceptor
    from llmvpn.keyserver.service import KeyServerService

    backups = Backups(registry, settings.effective_backup_file, settings.backups_kept)
    await asyncio.to_thread(backups.clean_stray_files)
    await asyncio.to_thread(apply_startup_files, registry, settings)
    # The provider file may have changed the registry, or another process while we were down.
    await asyncio.to_thread(backups.write, startup=True)
    state = build_state(settings)
    service = KeyServerService(registry, state, master_key_check=registry.master.check,
                               lease_ttl=settings.lease_ttl_seconds, session_ttl=settings.session_ttl_seconds,
                               max_wait=settings.lease_max_wait_seconds,
                               on_change=backups.after_change, backups=backups)
    await service.refresh_pool()

    path = settings.socket_path
    from llmvpn.keyserver.lease_socket import LeaseSocketServer, lease_socket_path

    # Before the gRPC socket: whoever sees that one accept (clients, start-up checks) finds this too.
    lease_socket = LeaseSocketServer(service.lease_streams, lease_socket_path(path))
    await lease_socket.start()
    server = grpc.aio.server(interceptors=[ErrorInterceptor()], options=GRPC_OPTIONS)
    pb_grpc.add_KeyServerServicer_to_server(service, server)
    try:
        with binding_privately(path):
            server.add_insecure_port(f"unix:{path}")
            await server.start()
    except BaseException:
        await lease_socket.close()
        raise
    tasks = [
        asyncio.create_task(_every(SWEEP_SECONDS, state.expire_leases)),
        asyncio.create_task(_every(USAGE_FLUSH_SECONDS, state.flush_usage)),
        asyncio.create_task(_every(REGISTRY_POLL_SECONDS, service.refresh_if_changed)),
        # Retries a failed backup write, and writes one for changes made by other hosts.
        asyncio.create_task(_every(REGISTRY_POLL_SECONDS, backups.catch_up)),
    ]
    log.info("key server listening on unix:%s (%d providers' keys in the pool)", path, len(service.pool.entries))
    if ready is not None:
        ready()
    try:
        await stop.wait()
    finally:
        log.info("key server stopping")
        for task in tasks:
            task.cancel()
        await lease_socket.close()
        # Lease streams never end on their own: answer what they carry, then close them, so that the
        # grace period below is for unary calls only.
        await service.lease_streams.close(timeout=5.0)
        await server.stop(grace=5.0)
        await state.aclose()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        registry.engine.dispose()


def prepare_settings(settings: KeyServerSettings) -> KeyServerSettings:
    settings = ensure_keyserver_secrets(settings)
    for secret in (settings.api_key_secret, settings.vault_token, settings.redis_url):
        if secret is not None:
            register_secret(secret.get_secret_value())
    return settings


def run(settings: KeyServerSettings, *, ready: Callable[[], None] | None = None) -> int:
    """Blocking entry point: serve until SIGINT/SIGTERM. Returns a process exit code."""

    def started() -> None:
        heap.settle()  # this process serves: what start-up loaded leaves the collector's scans
        if ready is not None:
            ready()

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(settings, stop, ready=started)

    try:
        # uvloop, as the web server: the lease path is a few loop turns per op, each a third cheaper.
        import uvloop

        uvloop.run(main())
    except (ConfigError, CryptoError) as exc:
        # Wrong master key, Vault unreachable or sealed, a bad file: one line, and nothing was changed.
        log.error("key server cannot start: %s", exc.message)
        print(f"llmvpn keyserver: {exc.message}", file=sys.stderr)
        return 2
    return 0


def main() -> int:
    try:
        settings = prepare_settings(KeyServerSettings())
    except ConfigError as exc:
        print(f"llmvpn keyserver: {exc.message}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    return run(settings)
