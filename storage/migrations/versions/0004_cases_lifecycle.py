"""consultation requests (never their text), retention, re-acceptance prompts, anonymous attendance counts,
departed workspaces

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-28 10:05:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workspace_departures',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('workspace_id', sa.String(length=64), nullable=False),
    sa.Column('departed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purge_after', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'workspace_id', name=op.f('pk_workspace_departures'))
    )
    with op.batch_alter_table('workspace_departures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workspace_departures_purge_after'), ['purge_after'], unique=False)

    op.create_table('agreement_prompts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_agreement_prompts_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_prompts')),
    sa.UniqueConstraint('group_id', 'user_id', 'version', name=op.f('uq_agreement_prompts_group_id_user_id_version'))
    )
    with op.batch_alter_table('agreement_prompts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_prompts_status'), ['status'], unique=False)

    # No column for what a request says: only that it was posted.
    op.create_table('case_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('occurrence', sa.DateTime(timezone=True), nullable=False),
    sa.Column('meeting_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('presenter', sa.String(length=64), nullable=True),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('warning_overridden', sa.Boolean(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('delete_after', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_case_requests_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_requests'))
    )
    with op.batch_alter_table('case_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_requests_delete_after'), ['delete_after'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_requests_group_id_status'), ['group_id', 'status'], unique=False)

    op.create_table('case_settings',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('retention_days', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_case_settings_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', name=op.f('pk_case_settings'))
    )
    op.create_table('attendance_tallies',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('anonymous_attended', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_tallies_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', name=op.f('pk_attendance_tallies'))
    )


def downgrade() -> None:
    op.drop_table('attendance_tallies')
    op.drop_table('case_settings')
    with op.batch_alter_table('case_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_requests_group_id_status'))
        batch_op.drop_index(batch_op.f('ix_case_requests_delete_after'))

    op.drop_table('case_requests')
    with op.batch_alter_table('agreement_prompts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_prompts_status'))

    op.drop_table('agreement_prompts')
    with op.batch_alter_table('workspace_departures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workspace_departures_purge_after'))

    op.drop_table('workspace_departures')
