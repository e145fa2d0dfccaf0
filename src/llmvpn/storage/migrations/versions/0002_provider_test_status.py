"""The last connectivity test of a provider: providers.last_test_status and last_tested_at.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both SQLite and PostgreSQL: nullable, or NOT NULL with a constant default,
    # so SQLite needs no table rebuild and existing rows read as "never tested".
    op.add_column("providers", sa.Column("last_test_status", sa.String(16), nullable=False, server_default=""))
    op.add_column("providers", sa.Column("last_tested_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("providers") as batch:
        batch.drop_column("last_tested_at")
        batch.drop_column("last_test_status")
