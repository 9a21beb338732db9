"""Discord server events: a group's opt-in, and whether its events show the call link

Revision ID: 0008
Revises: 0007

Self-contained (two columns on `groups`, both false for every existing group), so it can be renumbered when
branches meet: only `revision` and `down_revision` name other migrations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("discord_events", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("discord_events_link", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("discord_events_link")
        batch.drop_column("discord_events")
