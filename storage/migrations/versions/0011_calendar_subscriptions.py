"""Calendar subscriptions: a member's secret feed URLs, kept only as SHA-256 hashes

Revision ID: 0011
Revises: 0010

Self-contained (one new table), so it can be renumbered when branches meet: only `revision` and `down_revision`
name other migrations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_subscriptions")),
        sa.UniqueConstraint("secret_hash", name=op.f("uq_calendar_subscriptions_secret_hash")),
    )
    op.create_index("ix_calendar_subscriptions_member", "calendar_subscriptions",
                    ["platform", "workspace_id", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_calendar_subscriptions_member", table_name="calendar_subscriptions")
    op.drop_table("calendar_subscriptions")
