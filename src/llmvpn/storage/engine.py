"""Engines for the registry: a SQLite file (the embedded default) or PostgreSQL through psycopg 3.

SQLite is set up for a key server calling it from worker threads and for a CLI opening the same file
at the same time: WAL (readers never wait for the writer), foreign keys on (ON DELETE CASCADE),
a busy timeout instead of immediate "database is locked" errors, and transactions that we begin
ourselves so that reads see one snapshot and writes take the write lock up front (see `writing`).
The file holds ciphertexts only, yet it is still created 0600 in a 0700 directory.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from llmvpn.errors import ConfigError

log = logging.getLogger(__name__)

# How long a SQLite writer waits for another one (another thread, the CLI, a second key server).
BUSY_TIMEOUT_MS = 10_000
# Execution option that turns a SQLite transaction's BEGIN into BEGIN IMMEDIATE (see `writing`).
_WRITE_OPTION = "llmvpn_write"
_POSTGRES_DRIVERS = {"postgres", "postgresql", "postgresql+psycopg"}


def create_engine_for(url: str) -> Engine:
    """An Engine for BACKEND_DATABASE_URL: `sqlite:///path` or `postgresql+psycopg://...`.

    `postgresql://` and `postgres://` are taken to mean psycopg 3 (the driver the project ships).
    Raises ConfigError for a URL that is malformed or names another database or driver; the message
    never repeats the URL, which may hold a password.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError("BACKEND_DATABASE_URL is not a database URL "
                          "(expected sqlite:///path or postgresql+psycopg://user@host/db)") from None
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return _sqlite_engine(parsed)
    if parsed.drivername in _POSTGRES_DRIVERS:
        return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True)
    raise ConfigError(f"BACKEND_DATABASE_URL names {parsed.drivername!r}; llmvpn supports sqlite:/// "
                      "and postgresql+psycopg:// (psycopg 3)")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction, committed on success and rolled back on error.

    On SQLite the transaction starts with BEGIN IMMEDIATE: it takes the write lock before the first
    read, so a read-then-write transaction never fails half-way when another writer got there first
    (SQLite can't upgrade a stale read snapshot; waiting at BEGIN lets busy_timeout do its work).
    """
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn


def _sqlite_engine(url: URL) -> Engine:
    memory = url.database in (None, "", ":memory:")
    if memory:
        # One shared connection, or every pool checkout would see a different, empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        _prepare_sqlite_file(Path(url.database).expanduser())
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               pool_size=10, max_overflow=20)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control away from the sqlite3 module, which would not BEGIN before a
        # SELECT or DDL (see SQLAlchemy's "sqlite_enabling_transactions").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first: switching to WAL itself needs a lock another process may hold.
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not memory:
                _switch_to_wal(cursor)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """PRAGMA journal_mode = WAL, waiting while another process holds the lock it needs.

    The switch of a fresh database needs an exclusive lock, and SQLite answers "database is locked" at
    once when another connection holds one, without its busy handler (seen when several key servers
    start on one new file): so the wait is ours, bounded like busy_timeout. WAL then stays on in the
    file, and later connections find it set.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _prepare_sqlite_file(path: Path) -> None:
    """Create the database file 0600 (and a missing parent 0700) before SQLite does it with the umask.

    SQLite gives its -wal and -shm files the mode of the database file, so they end up 0600 too. An
    existing directory is left as it is: the operator chose it and may share it with other things.
    """
    parent = path.parent
    if not parent.exists():
        parent.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(parent, 0o700)  # mkdir's mode is filtered by the umask
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = candidate.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if mode & 0o077:
            log.warning("tightening %s from mode %04o to 0600", candidate, mode)
            os.chmod(candidate, 0o600)
