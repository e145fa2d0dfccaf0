"""The registry of providers and their key pools, stored with every key sealed under the master key.

Keys go in as secrets and come out as fingerprints (`ProviderRecord`), except through `load_pool`,
which decrypts the active keys for the allocator, and `export_snapshot`, which gives them sealed as
stored (for backups; `replace_all` puts such a snapshot back). All methods are blocking and thread-safe: the key
server calls them from worker threads, the CLI directly.

Writes take the registry's write lock (storage.generation) and check the provider's version in the
UPDATE itself, so of two writers holding the same version exactly one wins. Secrets are sealed before
the transaction starts: a Vault round trip per key must not hold the write lock.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import Connection, Engine, Row, select
from sqlalchemy.exc import IntegrityError

from llmvpn.crypto.envelope import MasterKey, SealedSecret, WrappedKey, open_sealed, seal
from llmvpn.errors import (
    ConfigError,
    Conflict,
    CryptoError,
    InvalidRequest,
    MasterKeyUnavailable,
    NotFound,
    PreconditionFailed,
)
from llmvpn.keys import ProviderKey, fingerprint
from llmvpn.keyserver.records import (
    ApplySummary,
    KeyRecord,
    NewKeySpec,
    PoolEntry,
    ProviderPatch,
    ProviderRecord,
    ProviderSnapshot,
    ProviderSpec,
    SealedKey,
    check_key,
    check_name,
    check_patch,
    check_spec,
    check_status,
    check_test_status,
    shown_name,
)
from llmvpn.storage import generation, queries, writing
from llmvpn.storage.models import api_keys, providers

log = logging.getLogger(__name__)

ROTATION_BATCH = 100


def _now() -> datetime:
    return datetime.now(UTC)


def _context(key_id: str) -> bytes:
    """The AAD binding a sealed key to its row: a ciphertext copied to another row does not open."""
    return f"key:{key_id}".encode()


def _stale(row: Row[Any], version: int) -> PreconditionFailed:
    return PreconditionFailed(f"provider {row.name!r} is at version {row.version}, not {version}; "
                              "reload it and apply the change again", param="expected_version")


class Registry:
    """Providers and their sealed keys in a SQLAlchemy database, opened with `master`."""

    def __init__(self, engine: Engine, master: MasterKey) -> None:
        self.engine = engine
        self.master = master

    # -- reads ---------------------------------------------------------------------------------

    def list_providers(self, active_only: bool = False) -> list[ProviderRecord]:
        """Every provider (or only the active ones) with its keys, by name."""
        with self._reading() as conn:
            return self._records(conn, *([providers.c.is_active.is_(True)] if active_only else []))

    def get_provider(self, provider_id: str) -> ProviderRecord:
        """The provider with this id; NotFound if there is none."""
        with self._reading() as conn:
            return self._get(conn, provider_id)

    def counts(self) -> tuple[int, int]:
        """(providers, keys) stored."""
        with self._reading() as conn:
            return queries.count(conn)

    def change_token(self) -> str:
        """A value that changes whenever the registry does, from this process or any other host.

        Read it before `load_pool()`: if it differs later, load again.
        """
        with self.engine.connect() as conn:
            return generation.current(conn)

    # -- writes --------------------------------------------------------------------------------

    def create_provider(self, spec: ProviderSpec) -> ProviderRecord:
        """Store a new provider and its keys; InvalidRequest naming a bad field, Conflict on a taken name."""
        spec = check_spec(spec)
        now, provider_id = _now(), str(uuid4())
        rows = self._seal_all(spec.keys, now)
        with self._writing() as conn:
            if queries.name_taken(conn, spec.name):
                raise Conflict(f"a provider named {spec.name!r} already exists", param="name")
            self._insert(conn, provider_id, spec, rows, now)
            generation.bump(conn)
            return self._get(conn, provider_id)

    def update_provider(self, provider_id: str, patch: ProviderPatch,
                        expected_version: int | None = None) -> ProviderRecord:
        """Apply `patch`; a patch that changes nothing changes neither the version nor updated_at.

        PreconditionFailed if `expected_version` is given and the provider is at another version;
        NotFound for an unknown provider or fingerprint to remove; Conflict on a taken name or a key the
        provider already has.
        """
        changes, add, remove = check_patch(patch)
        now = _now()
        rows = self._seal_all(add, now)
        with self._writing() as conn:
            row = self._locked(conn, provider_id, expected_version)
            present = queries.fingerprints(conn, [row.id])
            for index, key in enumerate(rows):
                if (row.id, key["fingerprint"]) in present:
                    raise Conflict(f"provider {row.name!r} already has the key add_keys[{index}] "
                                   f"({key['fingerprint']})", param=f"add_keys[{index}]")
            if self._apply(conn, row, changes, rows, remove, now):
                generation.bump(conn)
            return self._get(conn, provider_id)

    def delete_provider(self, provider_id: str, expected_version: int | None = None) -> None:
        """Delete a provider and its keys; NotFound, or PreconditionFailed on a version mismatch."""
        with self._writing() as conn:
            row = self._locked(conn, provider_id, expected_version)
            if not queries.delete_provider(conn, row.id, row.version):
                raise _stale(row, row.version)
            generation.bump(conn)

    def import_keys(self, entries: Sequence[tuple[str, NewKeySpec]], source: str) -> tuple[int, int]:
        """Add keys to providers named in `entries`: (added, unchanged), all or nothing.

        A key the provider already has (or that appears twice) counts as unchanged, so importing the
        same file again changes nothing. InvalidRequest naming `source` and the entry or the unknown
        provider.
        """
        wanted: dict[tuple[str, str], NewKeySpec] = {}
        for number, entry in enumerate(entries, 1):
            try:
                name, spec = entry
                name, spec = check_name(name, "provider"), check_key(spec, "key")
            except InvalidRequest as exc:
                raise InvalidRequest(f"{source}, entry {number}: {exc.message}", param=exc.param) from None
            except (TypeError, ValueError):
                raise InvalidRequest(f"{source}, entry {number}: expected (provider name, key)") from None
            wanted.setdefault((name, fingerprint(spec.secret)), spec)
        if not wanted:
            return 0, 0
        names = {name for name, _ in wanted}
        with self._reading() as conn:
            found = self._by_name(conn, names, source)
            present = queries.fingerprints(conn, [row.id for row in found.values()])
        now = _now()
        todo = [(name, fp) for name, fp in wanted if (found[name].id, fp) not in present]
        if not todo:  # the usual case at a restart: no write, no lock
            return 0, len(entries)
        sealed = dict(zip(todo, self._seal_all([wanted[item] for item in todo], now), strict=True))
        with self._writing() as conn:
            found = self._by_name(conn, names, source, lock=True)
            present = queries.fingerprints(conn, [row.id for row in found.values()])
            new = [{**row, "provider_id": found[name].id} for (name, fp), row in sealed.items()
                   if (found[name].id, fp) not in present]
            if new:
                for provider_id in {row["provider_id"] for row in new}:
                    row = next(r for r in found.values() if r.id == provider_id)
                    if not queries.bump_provider(conn, row.id, row.version, now):
                        raise _stale(row, row.version)
                queries.insert_keys(conn, new)
                generation.bump(conn)
        return len(new), len(entries) - len(new)

    def upsert_providers(self, specs: Sequence[ProviderSpec]) -> ApplySummary:
        """Make the named providers match `specs` in one transaction (a provider file).

        New providers are created; existing ones (same name) get the spec's kind, base_url, models and
        is_active, and the spec's keys they lack. Keys and providers not in `specs` are left alone.
        """
        checked: dict[str, ProviderSpec] = {}
        for index, spec in enumerate(specs):
            try:
                clean = check_spec(spec)
            except InvalidRequest as exc:
                raise InvalidRequest(f"providers[{index}]: {exc.message}",
                                     param=f"providers[{index}].{exc.param}") from None
            if clean.name in checked:
                raise InvalidRequest(f"providers[{index}]: provider {clean.name!r} is given twice",
                                     param=f"providers[{index}].name")
            checked[clean.name] = clean
        with self._reading() as conn:
            found = {row.name: row for row in queries.provider_rows(conn, providers.c.name.in_(checked))}
            present = queries.fingerprints(conn, [row.id for row in found.values()])
        now = _now()
        todo = [(name, key) for name, spec in checked.items() for key in spec.keys
                if name not in found or (found[name].id, fingerprint(key.secret)) not in present]
        rows = self._seal_all([key for _, key in todo], now)
        sealed = {(name, fingerprint(key.secret)): row for (name, key), row in zip(todo, rows, strict=True)}
        created = updated = keys_added = 0
        with self._writing() as conn:
            locked = queries.provider_rows(conn, providers.c.name.in_(checked), lock=True)
            found = {row.name: row for row in locked}
            present = queries.fingerprints(conn, [row.id for row in found.values()])
            for name, spec in checked.items():
                row = found.get(name)
                # A key planned as present but deleted meanwhile is not sealed: the next apply adds it.
                rows = [sealed[(name, fp)] for fp in (fingerprint(k.secret) for k in spec.keys)
                        if (name, fp) in sealed and (row is None or (row.id, fp) not in present)]
                if row is None:
                    self._insert(conn, str(uuid4()), spec, rows, now)
                    created += 1
                else:
                    changes = {"kind": spec.kind, "base_url": spec.base_url, "models": spec.models,
                               "is_active": spec.is_active}
                    updated += self._apply(conn, row, changes, rows, (), now)
                keys_added += len(rows)
            if created or updated:
                generation.bump(conn)
        return ApplySummary(created, updated, len(checked) - created - updated, keys_added)

    def set_key_status(self, key_id: str, status: str, reason: str = "") -> KeyRecord:
        """Take a key out of rotation ("disabled", with a reason) or back in ("active"); NotFound."""
        status, reason = check_status(status, reason)
        with self._writing() as conn:
            key = queries.key_row(conn, key_id)
            if key is None:
                raise NotFound(f"no key with id {key_id[:64]!r}", param="key_id")
            if (key.status, key.disabled_reason) != (status, reason):
                row = self._locked(conn, key.provider_id, None)
                queries.set_key_status(conn, key_id, status, reason)
                if not queries.bump_provider(conn, row.id, row.version, _now()):
                    raise _stale(row, row.version)
                generation.bump(conn)
                key = queries.key_row(conn, key_id)
            return KeyRecord(**key._mapping)

    def record_test_result(self, provider_id: str, status: str, tested_at: datetime | None = None) -> ProviderRecord:
        """Keep the outcome of a connectivity test with the provider; NotFound for an unknown id.

        Neither the version nor updated_at moves: a test is not an edit, and must not make a client's
        If-Match stale. The change token does move, so backups and other hosts see the new status.
        """
        status = check_test_status(status)
        with self._writing() as conn:
            if not queries.set_test_result(conn, provider_id, status, tested_at or _now()):
                raise NotFound(f"no provider with id {provider_id[:64]!r}", param="provider_id")
            generation.bump(conn)
            return self._get(conn, provider_id)

    # -- backups -------------------------------------------------------------------------------

    def export_snapshot(self) -> list[ProviderSnapshot]:
        """Every provider with its keys as stored (sealed), from one consistent read; by name."""
        with self._reading() as conn:
            rows = queries.provider_rows(conn)
            sealed: dict[str, list[SealedKey]] = defaultdict(list)
            for key in queries.all_keys_sealed(conn):
                sealed[key.provider_id].append(SealedKey(
                    key.id, key.fingerprint, key.label, key.rpm_limit, key.tpm_limit, key.status,
                    key.disabled_reason, key.created_at, key.wrap_backend, key.wrap_version,
                    bytes(key.ciphertext), bytes(key.wrapped_key)))
        return [ProviderSnapshot(row.id, row.name, row.kind, row.base_url, tuple(row.models), bool(row.is_active),
                                 row.version, row.created_at, row.updated_at, row.last_test_status or "",
                                 row.last_tested_at, tuple(sealed[row.id])) for row in rows]

    def check_sealed_key(self, key: SealedKey) -> None:
        """CryptoError unless `key` opens under this master key and is the key its fingerprint names.

        The plaintext goes no further than this method. MasterKeyUnavailable (Vault down) passes
        through: that says nothing about the key.
        """
        if fingerprint(self._open(key)) != key.fingerprint:
            raise CryptoError("the key opens but does not match its fingerprint")

    def replace_all(self, snapshots: Sequence[ProviderSnapshot]) -> tuple[int, int]:
        """Replace every provider and key with `snapshots`, in one transaction: (providers, keys).

        Takes snapshots already validated (see keyserver.backup); the database's constraints are the
        backstop (Conflict, and nothing changed). A provider that exists now comes back at a version
        above its current one, so an If-Match taken before the restore can't match what replaced it.
        """
        with self._writing() as conn:
            current = queries.provider_versions(conn)
            queries.delete_everything(conn)
            queries.insert_providers(conn, [{
                "id": p.id, "name": p.name, "kind": p.kind, "base_url": p.base_url, "models": list(p.models),
                "is_active": p.is_active, "version": max(p.version, current.get(p.id, 0) + 1),
                "created_at": p.created_at, "updated_at": p.updated_at, "last_test_status": p.last_test_status,
                "last_tested_at": p.last_tested_at,
            } for p in snapshots])
            queries.insert_keys(conn, [{
                "id": k.id, "provider_id": p.id, "fingerprint": k.fingerprint, "label": k.label,
                "ciphertext": k.ciphertext, "wrapped_key": k.wrapped_key, "wrap_backend": k.wrap_backend,
                "wrap_version": k.wrap_version, "rpm_limit": k.rpm_limit, "tpm_limit": k.tpm_limit,
                "status": k.status, "disabled_reason": k.disabled_reason, "created_at": k.created_at,
            } for p in snapshots for k in p.keys])
            generation.bump(conn)
        return len(snapshots), sum(len(p.keys) for p in snapshots)

    # -- the master key ------------------------------------------------------------------------

    def load_pool(self) -> list[PoolEntry]:
        """Active keys of active providers, decrypted. A key that does not open is logged and left out."""
        active = providers.c.is_active.is_(True)
        with self._reading() as conn:
            records = self._records(conn, active)
            of_active = api_keys.c.provider_id.in_(select(providers.c.id).where(active))
            rows = queries.sealed_keys(conn, api_keys.c.status == "active", of_active)
        sealed = {row.id: row for row in rows}
        entries = []
        for provider in records:
            for key in provider.keys:
                row = sealed.get(key.id)
                if key.status != "active" or row is None:
                    continue
                try:
                    secret = self._open(row)
                except MasterKeyUnavailable:
                    raise
                except CryptoError as exc:
                    log.error("key %s of provider %r does not open and is left out of the pool: %s",
                              key.fingerprint, provider.name, exc.message)
                    continue
                entries.append(PoolEntry(provider, key, ProviderKey(secret)))
        return entries

    def verify_master_key(self) -> None:
        """ConfigError unless the master key opens one key of each master-key version in use.

        Writes nothing, so a wrong master key refuses the start and overwrites nothing.
        """
        with self._reading() as conn:
            rows = queries.one_key_per_wrap_version(conn)
        for row in rows:
            try:
                self._open(row)
            except MasterKeyUnavailable:
                raise
            except CryptoError as exc:
                raise ConfigError(
                    f"the master key does not open the keys in this database (key {row.fingerprint}, "
                    f"wrapped by the {row.wrap_backend} backend at version {row.wrap_version}: "
                    f"{exc.message}); start with the master key that encrypted them (the same "
                    "BACKEND_API_KEY_SECRET or Vault transit key)"
                ) from None

    def rotate_master_key(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Make a new master-key version and re-wrap every data key under it; returns the new version.

        Data keys are re-wrapped in batches of ROTATION_BATCH, each in a short transaction; ciphertexts
        are never touched, and both versions open keys meanwhile, so readers are not disturbed.
        `progress(done, total)` is called after each batch.
        """
        version = self.master.rotate()
        stale = queries.not_wrapped_by(self.master.name, version)
        with self._reading() as conn:
            total = queries.count_keys(conn, stale)
        done, last_id = 0, ""
        if progress:
            progress(0, total)
        while True:
            with self._reading() as conn:
                rows = queries.sealed_keys(conn, stale, api_keys.c.id > last_id, limit=ROTATION_BATCH)
            if not rows:
                return version
            last_id = rows[-1].id
            fresh = [(row, self.master.rewrap(WrappedKey(row.wrap_backend, row.wrap_version, row.wrapped_key),
                                              context=_context(row.id))) for row in rows]
            with self._writing() as conn:
                for row, new in fresh:
                    # Compare-and-set: a key re-wrapped or deleted meanwhile is left as it is.
                    queries.rewrap_key(conn, row.id, row.wrap_backend, row.wrap_version,
                                       new.blob, new.backend, new.version)
            done += len(rows)
            if progress:
                progress(done, max(done, total))

    # -- helpers -------------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                # One snapshot for the several SELECTs of a read (SQLite's BEGIN gives that already).
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        try:
            with writing(self.engine) as conn:
                generation.lock_writers(conn)
                yield conn
        except IntegrityError:
            # The checks above run under the write lock; this is the database's own backstop.
            raise Conflict("the change conflicts with the stored providers (a duplicate name or key)") \
                from None

    def _records(self, conn: Connection, *where: Any) -> list[ProviderRecord]:
        rows = queries.provider_rows(conn, *where)
        if not rows:
            return []
        keys: dict[str, list[KeyRecord]] = defaultdict(list)
        for key in queries.key_rows(conn, *where):
            keys[key.provider_id].append(KeyRecord(**key._mapping))
        return [ProviderRecord(row.id, row.name, row.kind, row.base_url, tuple(row.models),
                               bool(row.is_active), row.version, tuple(keys[row.id]), row.created_at,
                               row.updated_at, row.last_test_status or "", row.last_tested_at)
                for row in rows]

    def _get(self, conn: Connection, provider_id: str) -> ProviderRecord:
        found = self._records(conn, providers.c.id == provider_id)
        if not found:
            raise NotFound(f"no provider with id {provider_id[:64]!r}", param="id")
        return found[0]

    def _locked(self, conn: Connection, provider_id: str, expected_version: int | None) -> Row[Any]:
        rows = queries.provider_rows(conn, providers.c.id == provider_id, lock=True)
        if not rows:
            raise NotFound(f"no provider with id {provider_id[:64]!r}", param="id")
        if expected_version is not None and rows[0].version != expected_version:
            raise _stale(rows[0], expected_version)
        return rows[0]

    def _by_name(self, conn: Connection, names: set[str], source: str,
                 lock: bool = False) -> dict[str, Row[Any]]:
        found = {row.name: row for row in queries.provider_rows(conn, providers.c.name.in_(names), lock=lock)}
        missing = sorted(names - found.keys())
        if missing:
            raise InvalidRequest(f"{source}: unknown provider {shown_name(missing[0])}; create it first",
                                 param="provider")
        return found

    def _apply(self, conn: Connection, row: Row[Any], changes: dict[str, Any], new_keys: list[dict[str, Any]],
               remove: Sequence[str], now: datetime) -> bool:
        """Write the changes that differ from `row`; False (and nothing written) if there are none."""
        changes = {name: value for name, value in changes.items()
                   if (tuple(row.models) if name == "models" else getattr(row, name)) != value}
        if "name" in changes and queries.name_taken(conn, changes["name"], except_id=row.id):
            raise Conflict(f"a provider named {changes['name']!r} already exists", param="name")
        present = queries.fingerprints(conn, [row.id])
        for index, fp in enumerate(remove):
            if (row.id, fp) not in present:
                raise NotFound(f"provider {row.name!r} has no key with fingerprint {fp!r}",
                               param=f"remove_key_fingerprints[{index}]")
        if not (changes or new_keys or remove):
            return False
        if "models" in changes:
            changes["models"] = list(changes["models"])
        if not queries.bump_provider(conn, row.id, row.version, now, **changes):
            raise _stale(row, row.version)
        if remove:
            queries.delete_keys(conn, row.id, remove)
        queries.insert_keys(conn, [{**key, "provider_id": row.id} for key in new_keys])
        return True

    def _insert(self, conn: Connection, provider_id: str, spec: ProviderSpec, keys: list[dict[str, Any]],
                now: datetime) -> None:
        queries.insert_provider(conn, {
            "id": provider_id, "name": spec.name, "kind": spec.kind, "base_url": spec.base_url,
            "models": list(spec.models), "is_active": spec.is_active, "version": 1, "created_at": now,
            "updated_at": now,
        })
        queries.insert_keys(conn, [{**key, "provider_id": provider_id} for key in keys])

    def _seal_all(self, keys: Sequence[NewKeySpec], now: datetime) -> list[dict[str, Any]]:
        # A microsecond apart, so that keys added together keep their order (records sort by created_at).
        return [self._seal(key, now + timedelta(microseconds=index)) for index, key in enumerate(keys)]

    def _seal(self, key: NewKeySpec, now: datetime) -> dict[str, Any]:
        """A key row without its provider_id (sealed under the key's id, which never changes)."""
        key_id = str(uuid4())
        sealed = seal(self.master, key.secret.encode(), context=_context(key_id))
        return {"id": key_id, "fingerprint": fingerprint(key.secret), "label": key.label,
                "ciphertext": sealed.ciphertext, "wrapped_key": sealed.wrapped_key.blob,
                "wrap_backend": sealed.wrapped_key.backend, "wrap_version": sealed.wrapped_key.version,
                "rpm_limit": key.rpm_limit, "tpm_limit": key.tpm_limit, "status": "active",
                "disabled_reason": "", "created_at": now}

    def _open(self, row: Row[Any] | SealedKey) -> str:
        wrapped = WrappedKey(row.wrap_backend, row.wrap_version, row.wrapped_key)
        sealed = SealedSecret(row.ciphertext, wrapped)
        return open_sealed(self.master, sealed, context=_context(row.id)).decode()
