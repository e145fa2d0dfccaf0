"""Backups of the registry: export, restore, and the writer that keeps BACKEND_BACKUP_FILE current.

- `export()`: the backup document (keyserver.backup_format) of the registry as stored: keys only as
  ciphertext, sealed with a checksum and a MAC under the master key.
- `restore(data)`: check the whole document first (format, version, checksum, every item, duplicates,
  every key opens under this master key and matches its fingerprint, the MAC), then replace every
  provider and key in one transaction. Any problem: InvalidRequest naming it, and nothing changed.
- `write()`: after every registry change, the document goes to BACKEND_BACKUP_FILE atomically, the
  previous ones kept as .1 … .N (keyserver.backup_files). One writer at a time, and each write exports
  after the change that asked for it committed, so a write never misses a change. A write whose
  content equals the last one is skipped (a burst of changes costs one or two writes, not one each).

A backup that can't be written is logged at ERROR and reported by `status()` (the Health RPC shows it
as component "backup"), but the change that triggered it stands: it is committed, and failing the call
would only make the client retry something already done. The next change, or the key server's periodic
`catch_up()`, tries again.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from llmvpn.crypto.envelope import DATA_KEY_BYTES
from llmvpn.errors import CryptoError, InvalidRequest, LlmvpnError, MasterKeyUnavailable
from llmvpn.keyserver import backup_files, backup_format
from llmvpn.keyserver.records import ProviderSnapshot
from llmvpn.keyserver.registry import Registry

log = logging.getLogger("llmvpn.keyserver.backup")

# The MAC key's binding: a data key of a provider key can't stand in for it, nor the reverse.
MAC_CONTEXT = b"llmvpn-backup-mac"
# The gRPC message limit: a backup the key server could not send or receive is refused up front.
MAX_BACKUP_BYTES = 64 * 1024 * 1024


class Backups:
    """Export, restore and the backup file of one registry. Blocking methods are thread-safe."""

    def __init__(self, registry: Registry, path: Path, kept: int) -> None:
        self.registry = registry
        self.path = path
        self.kept = kept
        self._write_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._last_digest: str | None = None
        self._last_token: str | None = None
        self._error: str | None = None

    def __repr__(self) -> str:
        return f"Backups({str(self.path)!r}, kept={self.kept})"

    # -- export ------------------------------------------------------------------------------------

    def _body(self) -> tuple[dict, int]:
        snapshot = self.registry.export_snapshot()
        body = backup_format.build_body(snapshot, self.registry.master.name, datetime.now(UTC))
        return body, len(snapshot)

    def _seal(self, body: dict) -> bytes:
        # A fresh MAC key per document, wrapped like a data key: no MAC key is ever stored anywhere.
        mac_key = os.urandom(DATA_KEY_BYTES)
        return backup_format.seal(body, mac_key, self.registry.master.wrap(mac_key, context=MAC_CONTEXT))

    def export(self) -> bytes:
        """The backup document of the registry now (UTF-8 JSON, no plaintext key)."""
        body, _ = self._body()
        return self._seal(body)

    # -- restore -----------------------------------------------------------------------------------

    def read_file(self) -> bytes:
        """BACKEND_BACKUP_FILE's bytes; InvalidRequest if it is missing, unreadable or too large."""
        try:
            size = self.path.stat().st_size
            if size > MAX_BACKUP_BYTES:
                raise InvalidRequest(f"the backup file {self.path} is {size} bytes, more than the "
                                     f"{MAX_BACKUP_BYTES} a restore takes")
            return self.path.read_bytes()
        except FileNotFoundError:
            raise InvalidRequest(f"there is no backup file at {self.path} (BACKEND_BACKUP_FILE)") from None
        except OSError as exc:
            raise InvalidRequest(f"the backup file {self.path} can't be read: {exc.strerror}") from None

    def validate(self, data: bytes) -> tuple[ProviderSnapshot, ...]:
        """Every check a restore makes, without changing anything; the providers to restore.

        InvalidRequest naming the problem and the item (`providers[2].keys[0]: ...`).
        MasterKeyUnavailable when the master key can't be asked (Vault down): that is not the backup's fault.
        """
        if len(data) > MAX_BACKUP_BYTES:
            raise InvalidRequest(f"the backup is {len(data)} bytes, more than the {MAX_BACKUP_BYTES} a restore takes")
        parsed = backup_format.parse(data)
        ours = self.registry.master.name
        if parsed.backend != ours:
            raise InvalidRequest(f"master_key.backend: the backup was made under the {parsed.backend!r} master "
                                 f"key, and this key server uses {ours!r}; restore it with the master key that "
                                 "sealed it", param="master_key.backend")
        for index, provider in enumerate(parsed.providers):
            for number, key in enumerate(provider.keys):
                try:
                    self.registry.check_sealed_key(key)
                except MasterKeyUnavailable:
                    raise
                except CryptoError as exc:
                    where = f"providers[{index}].keys[{number}]"
                    raise InvalidRequest(
                        f"{where}: key {key.fingerprint} does not open under this key server's master key "
                        f"({exc.message}); the backup was made under another master key or a retired "
                        "master-key version, or its ciphertext was changed", param=where) from None
        self._check_mac(parsed)
        return parsed.providers

    def _check_mac(self, parsed: backup_format.ParsedBackup) -> None:
        try:
            mac_key = self.registry.master.unwrap(parsed.mac_wrapped_key, context=MAC_CONTEXT)
        except MasterKeyUnavailable:
            raise
        except CryptoError:
            raise InvalidRequest("mac: the backup was not sealed by this key server's master key (another "
                                 "master key, or a retired version)", param="mac") from None
        if not hmac.compare_digest(backup_format.mac_of(mac_key, parsed.document), parsed.mac_hex):
            raise InvalidRequest("mac: the backup was changed after it was written (its authentication code "
                                 "does not match); restore an unedited backup", param="mac")

    def restore(self, data: bytes | None = None) -> tuple[int, int]:
        """Replace the registry with a backup (`data`, or BACKEND_BACKUP_FILE when None or empty).

        All or nothing: (providers, keys) restored, or an error and nothing changed. The caller writes
        the new backup (`write`) and refreshes what it derived from the registry.
        """
        if not data:
            data = self.read_file()
        providers = self.validate(data)
        restored = self.registry.replace_all(providers)
        log.warning("registry restored from a backup: %d provider(s), %d key(s); every provider and key "
                    "it did not hold was removed", *restored)
        return restored

    # -- the backup file ---------------------------------------------------------------------------

    def status(self) -> str:
        """"up", or "down: <why the last write failed>" until a write succeeds."""
        return "up" if self._error is None else f"down: {self._error}"

    def _file_digest(self) -> tuple[str | None, int]:
        """(content digest, provider count) of the backup file as it is; (None, 0) if unreadable."""
        try:
            document = json.loads(self.path.read_bytes())
            return backup_format.content_digest(document), len(document.get("providers") or ())
        except (OSError, ValueError, AttributeError, TypeError):
            return None, 0

    def write(self, *, startup: bool = False) -> bool:
        """Bring BACKEND_BACKUP_FILE up to date with the registry; True if a new backup was written.

        Never raises for a failed write (see the module docstring). At `startup`, a file with the same
        content is left as it is, and an empty registry does not replace a backup that holds providers:
        that backup is likely what the operator wants to restore.
        """
        with self._write_lock:
            try:
                return self._write(startup)
            except (OSError, LlmvpnError, SQLAlchemyError) as exc:
                reason = exc.message if isinstance(exc, LlmvpnError) else \
                    (f"{exc.strerror} ({exc.filename})" if isinstance(exc, OSError) and exc.strerror
                     else exc.__class__.__name__)
                self._error = reason
                log.error("BACKUP NOT WRITTEN to %s: %s; the change itself is saved, and the next change "
                          "(or the periodic check) tries again", self.path, reason)
                return False

    def _write(self, startup: bool) -> bool:
        token = self.registry.change_token()
        body, count = self._body()
        digest = backup_format.content_digest(body)
        if startup:
            self._last_digest, held = self._file_digest()
            if count == 0 and held:
                log.warning("the registry is empty but %s holds %d provider(s); leaving it as it is: "
                            "`llmvpn providers restore` brings them back", self.path, held)
                self._last_digest, self._last_token = digest, token
                return False
        if digest == self._last_digest:
            self._last_token, self._error = token, None
            return False
        backup_files.write_rotating(self.path, self._seal(body), self.kept)
        self._last_digest, self._last_token, self._error = digest, token, None
        log.info("backup written to %s (%d provider(s))", self.path, count)
        return True

    async def after_change(self) -> None:
        """Write the backup after a registry change, off the event loop; waits for it, never raises."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        # Waiting here rather than on the thread lock keeps a burst of changes from filling the
        # default executor with blocked threads that registry calls need.
        async with self._async_lock:
            try:
                await asyncio.to_thread(self.write)
            except Exception:  # the change is committed; a bug here must not turn it into a failed call
                self._error = "internal error (see the key server log)"
                log.exception("BACKUP NOT WRITTEN to %s", self.path)

    async def catch_up(self) -> None:
        """Write if the last write failed or another process (another host) changed the registry."""
        if self._error is None:
            token = await asyncio.to_thread(self.registry.change_token)
            if token == self._last_token:
                return
        await self.after_change()

    def clean_stray_files(self) -> None:
        """Remove temp files an interrupted write left beside BACKEND_BACKUP_FILE (call at start)."""
        for path in backup_files.clean_stray_files(self.path):
            log.warning("removed %s, left by a backup write that did not finish", path)
