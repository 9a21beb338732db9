"""nudges ledger

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:17:52.855586
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('nudges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('occurrence', sa.DateTime(timezone=True), nullable=False),
    sa.Column('meeting_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('recipient', sa.String(length=64), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_nudges_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nudges')),
    sa.UniqueConstraint('group_id', 'occurrence', 'meeting_start', 'kind', 'recipient', name=op.f('uq_nudges_group_id_occurrence_meeting_start_kind_recipient'))
    )
    with op.batch_alter_table('nudges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nudges_status'), ['status'], unique=False)

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nudge_plan', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('agenda', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('next_nudge_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('nudged_through', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_groups_next_nudge_at'), ['next_nudge_at'], unique=False)

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('muted', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed', sa.Boolean(), server_default=sa.false(), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_column('confirmed')

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('muted')

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_next_nudge_at'))
        batch_op.drop_column('nudged_through')
        batch_op.drop_column('next_nudge_at')
        batch_op.drop_column('agenda')
        batch_op.drop_column('nudge_plan')

    with op.batch_alter_table('nudges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nudges_status'))

    op.drop_table('nudges')
