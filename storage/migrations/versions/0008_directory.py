"""the group directory: listing fields on groups, matching fields on profiles, join requests, kept searches,
resources

Revision ID: 0008
Revises: 0007

Every new column has a default on the server, so existing groups are unlisted and open to join, and existing
profiles have no windows, focus or languages (matching then asks for windows).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('groups') as batch:
        batch.add_column(sa.Column('listed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('description', sa.String(length=300), nullable=False, server_default=''))
        batch.add_column(sa.Column('focus', sa.String(length=600), nullable=False, server_default=''))
        batch.add_column(sa.Column('professions', sa.String(length=600), nullable=False, server_default=''))
        batch.add_column(sa.Column('language', sa.String(length=40), nullable=False, server_default=''))
        batch.add_column(sa.Column('joining', sa.String(length=16), nullable=False, server_default='open'))
        batch.create_index(batch.f('ix_groups_platform_workspace_id_listed'), ['platform', 'workspace_id', 'listed'])
    with op.batch_alter_table('profiles') as batch:
        batch.add_column(sa.Column('profession', sa.String(length=80), nullable=False, server_default=''))
        batch.add_column(sa.Column('focus', sa.String(length=600), nullable=False, server_default=''))
        batch.add_column(sa.Column('available', sa.String(length=300), nullable=False, server_default=''))
        batch.add_column(sa.Column('cadence', sa.String(length=16), nullable=False, server_default=''))
        batch.add_column(sa.Column('languages', sa.String(length=200), nullable=False, server_default=''))
    op.create_table(
        'join_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=64), nullable=False),
        sa.Column('note', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('decided_by', sa.String(length=64), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_join_requests_group_id_groups'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_join_requests')),
    )
    op.create_index(op.f('ix_join_requests_group_id_user_id'), 'join_requests', ['group_id', 'user_id'])
    op.create_table(
        'directory_searches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('workspace_id', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.String(length=64), nullable=False),
        sa.Column('zone', sa.String(length=64), nullable=False),
        sa.Column('windows', sa.String(length=300), nullable=False),
        sa.Column('focus', sa.String(length=600), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('told', sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_searches')),
        sa.UniqueConstraint('platform', 'workspace_id', 'user_id',
                            name=op.f('uq_directory_searches_platform_workspace_id_user_id')),
    )
    op.create_table(
        'resources',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('author', sa.String(length=64), nullable=True),
        sa.Column('link', sa.String(length=500), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('title', sa.String(length=120), nullable=False),
        sa.Column('tags', sa.String(length=600), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_resources_group_id_groups'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resources')),
        sa.UniqueConstraint('group_id', 'number', name=op.f('uq_resources_group_id_number')),
    )


def downgrade() -> None:
    op.drop_table('resources')
    op.drop_table('directory_searches')
    op.drop_index(op.f('ix_join_requests_group_id_user_id'), table_name='join_requests')
    op.drop_table('join_requests')
    with op.batch_alter_table('profiles') as batch:
        for name in ('languages', 'cadence', 'available', 'focus', 'profession'):
            batch.drop_column(name)
    with op.batch_alter_table('groups') as batch:
        batch.drop_index(batch.f('ix_groups_platform_workspace_id_listed'))
        for name in ('joining', 'language', 'professions', 'focus', 'description', 'listed'):
            batch.drop_column(name)
