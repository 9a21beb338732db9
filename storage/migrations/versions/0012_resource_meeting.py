"""Resources shared for a meeting: the meeting's original start, so its after-meeting recap lists them

Revision ID: 0012
Revises: 0011

Self-contained (one new nullable column), so it can be renumbered when branches meet: only `revision` and
`down_revision` name other migrations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resources") as batch:
        batch.add_column(sa.Column("meeting", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("resources") as batch:
        batch.drop_column("meeting")
