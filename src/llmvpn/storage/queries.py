"""The registry's SQL, one function per statement shape; callers own the connection and transaction.

Rows come back as SQLAlchemy `Row`s; turning them into records (and deciding what is an error) is the
registry's job. Functions that read key rows for display never select the sealed columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, delete, func, insert, or_, select, update

from llmvpn.storage.models import api_keys, providers

# What a KeyRecord shows; the sealed columns are read only by sealed_keys().
KEY_COLUMNS = (api_keys.c.id, api_keys.c.provider_id, api_keys.c.fingerprint, api_keys.c.label,
               api_keys.c.rpm_limit, api_keys.c.tpm_limit, api_keys.c.status, api_keys.c.disabled_reason,
               api_keys.c.created_at)
SEALED_COLUMNS = (api_keys.c.id, api_keys.c.provider_id, api_keys.c.fingerprint, api_keys.c.ciphertext,
                  api_keys.c.wrapped_key, api_keys.c.wrap_backend, api_keys.c.wrap_version)


def provider_rows(conn: Connection, *where: ColumnElement[bool], lock: bool = False) -> Sequence[Row[Any]]:
    """Providers matching `where`, by name; `lock` holds their rows until commit (PostgreSQL)."""
    query = select(providers).where(*where).order_by(providers.c.name)
    return conn.execute(query.with_for_update() if lock else query).all()


def key_rows(conn: Connection, *provider_where: ColumnElement[bool]) -> Sequence[Row[Any]]:
    """Display columns of the keys of the providers matching `provider_where`, oldest first."""
    query = (select(*KEY_COLUMNS).join(providers, providers.c.id == api_keys.c.provider_id)
             .where(*provider_where).order_by(api_keys.c.created_at, api_keys.c.id))
    return conn.execute(query).all()


def fingerprints(conn: Connection, provider_ids: Iterable[str]) -> dict[tuple[str, str], str]:
    """{(provider_id, fingerprint): key_id} for the given providers."""
    query = select(api_keys.c.provider_id, api_keys.c.fingerprint, api_keys.c.id).where(
        api_keys.c.provider_id.in_(list(provider_ids)))
    return {(row.provider_id, row.fingerprint): row.id for row in conn.execute(query)}


def name_taken(conn: Connection, name: str, except_id: str | None = None) -> bool:
    query = select(providers.c.id).where(providers.c.name == name)
    if except_id is not None:
        query = query.where(providers.c.id != except_id)
    return conn.execute(query.limit(1)).first() is not None


def insert_provider(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(providers).values(**values))


def insert_keys(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(api_keys), rows)


def bump_provider(conn: Connection, provider_id: str, version: int, now: datetime, **values: Any) -> bool:
    """Apply `values`, add one to the version and touch updated_at, only if the row is still at `version`.

    The version check is in the statement itself, so two writers that read the same version can't both
    succeed. False when the row moved on or is gone.
    """
    result = conn.execute(
        update(providers).where(providers.c.id == provider_id, providers.c.version == version)
        .values(**values, version=providers.c.version + 1, updated_at=now)
    )
    return result.rowcount == 1


def delete_provider(conn: Connection, provider_id: str, version: int) -> bool:
    """Delete the provider (its keys go by ON DELETE CASCADE) if it is still at `version`."""
    query = delete(providers).where(providers.c.id == provider_id, providers.c.version == version)
    return conn.execute(query).rowcount == 1


def delete_keys(conn: Connection, provider_id: str, fps: Iterable[str]) -> None:
    conn.execute(delete(api_keys).where(api_keys.c.provider_id == provider_id,
                                        api_keys.c.fingerprint.in_(list(fps))))


def sealed_keys(conn: Connection, *where: ColumnElement[bool],
                limit: int | None = None) -> Sequence[Row[Any]]:
    """Sealed columns of the keys matching `where`, by id (the order keyset batches rely on)."""
    query = select(*SEALED_COLUMNS).where(*where).order_by(api_keys.c.id)
    return conn.execute(query.limit(limit) if limit else query).all()


def one_key_per_wrap_version(conn: Connection) -> Sequence[Row[Any]]:
    """One sealed key for every (backend, master-key version) in use: enough to test a master key."""
    first = (select(func.min(api_keys.c.id).label("id"))
             .group_by(api_keys.c.wrap_backend, api_keys.c.wrap_version).subquery())
    return sealed_keys(conn, api_keys.c.id.in_(select(first.c.id)))


def not_wrapped_by(backend: str, version: int) -> ColumnElement[bool]:
    return or_(api_keys.c.wrap_backend != backend, api_keys.c.wrap_version != version)


def rewrap_key(conn: Connection, key_id: str, old_backend: str, old_version: int,
               blob: bytes, backend: str, version: int) -> bool:
    """Replace a key's wrapped data key if nobody re-wrapped it meanwhile; the ciphertext stays."""
    result = conn.execute(
        update(api_keys).where(api_keys.c.id == key_id, api_keys.c.wrap_backend == old_backend,
                               api_keys.c.wrap_version == old_version)
        .values(wrapped_key=blob, wrap_backend=backend, wrap_version=version)
    )
    return result.rowcount == 1


def set_key_status(conn: Connection, key_id: str, status: str, reason: str) -> None:
    conn.execute(update(api_keys).where(api_keys.c.id == key_id)
                 .values(status=status, disabled_reason=reason))


def count(conn: Connection) -> tuple[int, int]:
    return (conn.execute(select(func.count()).select_from(providers)).scalar_one(),
            conn.execute(select(func.count()).select_from(api_keys)).scalar_one())


def key_row(conn: Connection, key_id: str) -> Row[Any] | None:
    """Display columns of one key, plus nothing sealed."""
    return conn.execute(select(*KEY_COLUMNS).where(api_keys.c.id == key_id)).first()


def count_keys(conn: Connection, *where: ColumnElement[bool]) -> int:
    return conn.execute(select(func.count()).select_from(api_keys).where(*where)).scalar_one()


# -- backups and test results --------------------------------------------------------------------

def all_keys_sealed(conn: Connection) -> Sequence[Row[Any]]:
    """Every key with every column, sealed ones included (for a backup), oldest first."""
    return conn.execute(select(api_keys).order_by(api_keys.c.created_at, api_keys.c.id)).all()


def provider_versions(conn: Connection) -> dict[str, int]:
    return {row.id: row.version for row in conn.execute(select(providers.c.id, providers.c.version))}


def delete_everything(conn: Connection) -> None:
    """Every key and provider (a restore replaces them all); keys first, not trusting the cascade."""
    conn.execute(delete(api_keys))
    conn.execute(delete(providers))


def insert_providers(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(providers), rows)


def set_test_result(conn: Connection, provider_id: str, status: str, tested_at: datetime) -> bool:
    """Store a connectivity test's outcome; version and updated_at stay (a test is not an edit)."""
    result = conn.execute(update(providers).where(providers.c.id == provider_id)
                          .values(last_test_status=status, last_tested_at=tested_at))
    return result.rowcount == 1
