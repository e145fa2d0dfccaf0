"""The registry's write lock and change token, both kept in one `meta` row.

Every write transaction first locks the row (`lock_writers`): on PostgreSQL that serialises registry
writers across hosts, so checks made inside a transaction (name free? version current?) still hold at
commit, and transactions never deadlock on each other's rows. On SQLite, BEGIN IMMEDIATE already did it.
A transaction that changed something then stores a fresh random token (`bump`): a reader that saw
any earlier token sees a different one, which a counter updated by concurrent writers can't promise.
"""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy import Connection, insert, select, update

from llmvpn.storage.models import GENERATION_KEY, meta


def lock_writers(conn: Connection) -> None:
    """Take the registry's write lock for the rest of this transaction (a no-op clause on SQLite)."""
    conn.execute(select(meta.c.value).where(meta.c.key == GENERATION_KEY).with_for_update())


def bump(conn: Connection) -> None:
    """Record that this transaction changed the registry."""
    token = uuid4().hex
    if conn.execute(update(meta).where(meta.c.key == GENERATION_KEY).values(value=token)).rowcount == 0:
        conn.execute(insert(meta).values(key=GENERATION_KEY, value=token))


def current(conn: Connection) -> str:
    """The token of the last committed write ("0" before the first one)."""
    return conn.execute(select(meta.c.value).where(meta.c.key == GENERATION_KEY)).scalar() or "0"
