"""Persistence of the registry: tables, engines, migrations. Imported by the key server only.

    engine = create_engine_for(settings.effective_database_url)
    migrate(engine)          # Alembic `upgrade head`, safe when two processes start at once
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from llmvpn.errors import ConfigError
from llmvpn.storage.engine import create_engine_for, writing

__all__ = ["create_engine_for", "migrate", "writing", "MIGRATIONS_DIR"]

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any fixed number: the PostgreSQL advisory lock that serialises migrations of concurrent starts.
_MIGRATION_LOCK_ID = 0x6C6C6D76706E  # "llmvpn"


def migrate(engine: Engine) -> None:
    """Bring the database schema to the newest revision (Alembic `upgrade head`), in one transaction.

    Two processes migrating at once take turns: SQLite's BEGIN IMMEDIATE and a PostgreSQL advisory
    lock make the second wait, and it then finds the schema current and does nothing. DDL is
    transactional on both, so a failed migration leaves the previous schema.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with writing(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except CommandError as exc:
        # Typically a database migrated by a newer llmvpn than this one.
        raise ConfigError(f"the database schema can't be migrated by this version of llmvpn: {exc}") from None
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else exc.__class__.__name__
        raise ConfigError(f"can't open the registry database: {reason}") from None
