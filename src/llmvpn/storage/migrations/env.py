"""Alembic environment: migrations run on the connection `llmvpn.storage.migrate()` hands over.

For writing a new revision by hand, `alembic.ini` beside this file works too:
    alembic -c src/llmvpn/storage/migrations/alembic.ini -x url=sqlite:///dev.db revision -m "..."
"""

from __future__ import annotations

from alembic import context

from llmvpn.storage.models import metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite can't ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        # Our SQLite engine begins transactions itself, so DDL there is transactional too.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for developers
    from llmvpn.storage.engine import create_engine_for, writing

    url = (context.get_x_argument(as_dictionary=True).get("url")
           or context.config.get_main_option("sqlalchemy.url"))
    with writing(create_engine_for(url)) as conn:
        _run(conn)
