"""The registry's tables: providers, their encrypted API keys, and a small key/value `meta` table.

Plain SQLAlchemy Core tables (the registry issues explicit statements, e.g. the version-checked UPDATE
of optimistic concurrency). The Alembic revisions create exactly these; a change here needs a new
revision.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# Named constraints, so later migrations (and SQLite batch mode) can refer to them by name.
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

# The meta row whose value changes on every registry write: how a key server notices another host's edit.
GENERATION_KEY = "generation"


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out: SQLite keeps no zone, so it stores naive UTC and gets it back aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


providers = Table(
    "providers", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("base_url", String(2048), nullable=False),
    Column("models", JSON, nullable=False),
    Column("is_active", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    # The outcome of the last connectivity test (revision 0002); "" and NULL until the first test.
    Column("last_test_status", String(16), nullable=False, server_default=""),
    Column("last_tested_at", UtcDateTime, nullable=True),
)

api_keys = Table(
    "api_keys", metadata,
    Column("id", String(36), primary_key=True),
    Column("provider_id", String(36), ForeignKey("providers.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("fingerprint", String(64), nullable=False),
    Column("label", String(200), nullable=False),
    # nonce || AES-256-GCM(data key, secret, aad="key:<id>"); never rewritten, not even by a rotation.
    Column("ciphertext", LargeBinary, nullable=False),
    # The data key as the master-key backend wrapped it; rotation rewrites these three columns only.
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("wrap_backend", String(16), nullable=False),
    Column("wrap_version", Integer, nullable=False),
    Column("rpm_limit", Integer, nullable=False),
    Column("tpm_limit", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("disabled_reason", String(500), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    UniqueConstraint("provider_id", "fingerprint", name="uq_api_keys_provider_fingerprint"),
)

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
