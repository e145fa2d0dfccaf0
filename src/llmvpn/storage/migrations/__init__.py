"""Alembic migrations of the registry, run by `llmvpn.storage.migrate()` (no alembic.ini needed)."""
