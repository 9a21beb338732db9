"""Discord server events: a group's opt-in, whether its events show the call link, and who was offered to RSVP

Revision ID: 0010
Revises: 0009

Self-contained (two columns on `groups`, both false for every existing group, and the new `event_offers` table), so
it can be renumbered when branches meet: only `revision` and `down_revision` name other migrations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("discord_events", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("discord_events_link", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "event_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("original_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], name=op.f("fk_event_offers_group_id_groups"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_offers")),
        sa.UniqueConstraint("group_id", "original_start", "user_id",
                            name=op.f("uq_event_offers_group_id_original_start_user_id")),
    )


def downgrade() -> None:
    op.drop_table("event_offers")
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("discord_events_link")
        batch.drop_column("discord_events")
