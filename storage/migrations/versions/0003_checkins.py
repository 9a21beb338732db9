"""check-ins: settings, rounds, per-bucket counts and answered markers (no per-person answers)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:38:23.850681
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('checkin_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('trigger', sa.String(length=64), nullable=False),
    sa.Column('instrument', sa.String(length=32), nullable=False),
    sa.Column('min_answers', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('remind_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('reminded', sa.Boolean(), nullable=False),
    sa.Column('released', sa.Boolean(), nullable=True),
    sa.Column('secret', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_checkin_rounds_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin_rounds')),
    sa.UniqueConstraint('group_id', 'trigger', name=op.f('uq_checkin_rounds_group_id_trigger'))
    )
    with op.batch_alter_table('checkin_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_rounds_status_closes_at'), ['status', 'closes_at'], unique=False)

    op.create_table('checkin_settings',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=32), nullable=False),
    sa.Column('min_answers', sa.Integer(), nullable=False),
    sa.Column('cadence', sa.String(length=16), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('considered_through', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_check_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_checkin_settings_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', name=op.f('pk_checkin_settings'))
    )
    with op.batch_alter_table('checkin_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_settings_next_check_at'), ['next_check_at'], unique=False)

    op.create_table('checkin_answered',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('marker', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['checkin_rounds.id'], name=op.f('fk_checkin_answered_round_id_checkin_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'marker', name=op.f('pk_checkin_answered'))
    )
    op.create_table('checkin_counts',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('bucket', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['checkin_rounds.id'], name=op.f('fk_checkin_counts_round_id_checkin_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'bucket', name=op.f('pk_checkin_counts'))
    )


def downgrade() -> None:
    op.drop_table('checkin_counts')
    op.drop_table('checkin_answered')
    with op.batch_alter_table('checkin_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_settings_next_check_at'))

    op.drop_table('checkin_settings')
    with op.batch_alter_table('checkin_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_rounds_status_closes_at'))

    op.drop_table('checkin_rounds')
