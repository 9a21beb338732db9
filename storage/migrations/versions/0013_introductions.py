"""Introductions among people waiting for a group that doesn't exist yet (issue 16): the offer and who was asked

Revision ID: 0013
Revises: 0012

Self-contained (two new tables), so it can be renumbered when branches meet: only `revision` and `down_revision`
name other migrations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'introductions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('workspace_id', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('slot_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('slot_end', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_introductions')),
    )
    op.create_index(op.f('ix_introductions_platform_workspace_id'), 'introductions', ['platform', 'workspace_id'])
    op.create_table(
        'introducees',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('introduction_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=64), nullable=False),
        sa.Column('answer', sa.String(length=8), nullable=False),
        sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['introduction_id'], ['introductions.id'],
                                name=op.f('fk_introducees_introduction_id_introductions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_introducees')),
        sa.UniqueConstraint('introduction_id', 'user_id', name=op.f('uq_introducees_introduction_id_user_id')),
    )


def downgrade() -> None:
    op.drop_table('introducees')
    op.drop_index(op.f('ix_introductions_platform_workspace_id'), table_name='introductions')
    op.drop_table('introductions')
