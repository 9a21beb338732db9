"""slack-sdk's installation-store tables and the Slack events already seen, through our migrations

Revision ID: 0007
Revises: 0006

Until now the OAuth mode created `slack_bots`, `slack_installations` and `slack_oauth_states` at start
(`create_tables()`, CREATE IF NOT EXISTS). They are built here by slack-sdk's own table builders, so they are
exactly the tables its SQLAlchemy stores use; a database that already has them (created at start by an earlier
version) keeps them and their rows.

`slack_seen_events`: Events API deliveries already claimed, by event_id, with an expiry, shared by every replica.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _slack_sdk_tables() -> sa.MetaData:
    metadata = sa.MetaData()
    SQLAlchemyInstallationStore.build_bots_table(metadata, "slack_bots")
    SQLAlchemyInstallationStore.build_installations_table(metadata, "slack_installations")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, "slack_oauth_states")
    return metadata


def upgrade() -> None:
    _slack_sdk_tables().create_all(op.get_bind(), checkfirst=True)
    op.create_table(
        'slack_seen_events',
        sa.Column('event_id', sa.String(length=64), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_slack_seen_events')),
    )
    with op.batch_alter_table('slack_seen_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slack_seen_events_expires_at'), ['expires_at'], unique=False)


def downgrade() -> None:
    # The installation tables stay: they hold every workspace's installation, and the previous version
    # creates them at start if missing (CREATE IF NOT EXISTS) and reads them as they are.
    with op.batch_alter_table('slack_seen_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slack_seen_events_expires_at'))
    op.drop_table('slack_seen_events')
