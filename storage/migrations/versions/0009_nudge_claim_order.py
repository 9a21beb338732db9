"""nudges: when each stops mattering (`matters_at`), and partial indexes the delivery claim reads in order;
direct_channels: each member's direct-message conversation id

Revision ID: 0009
Revises: 0007

The claim takes the most urgent deliverable rows (`ORDER BY matters_at, id LIMIT n`). With only an index on
`status`, PostgreSQL's plan depended on fresh statistics: after a sweep recorded 80,000 rows and before autovacuum
analysed them, each claim scanned every pending row (14.9 ms, against 0.03 ms after ANALYZE). A partial index per
deliverable state, ordered as the claim reads it, leaves one plausible plan whatever the statistics say.

Existing rows get `matters_at` as bot/nudges/plan.py: matters_at computes it (the meeting's start; for the
after-meeting nudge, a day after it fell due).
"""
from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_AFTER_USEFUL_HOURS = 24


def upgrade() -> None:
    op.create_table(
        'direct_channels',
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('workspace_id', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.String(length=64), nullable=False),
        sa.Column('channel_id', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('platform', 'workspace_id', 'user_id', name=op.f('pk_direct_channels')),
    )
    bind = op.get_bind()
    with op.batch_alter_table('nudges') as batch:
        batch.add_column(sa.Column('matters_at', sa.DateTime(timezone=True), nullable=True))
    if bind.dialect.name == 'postgresql':
        op.execute(f"UPDATE nudges SET matters_at = CASE WHEN kind = 'after' "
                   f"THEN due_at + interval '{_AFTER_USEFUL_HOURS} hours' ELSE meeting_start END")
    else:  # SQLite keeps UTC as naive ISO text: the after-meeting case row by row, in Python
        op.execute("UPDATE nudges SET matters_at = meeting_start WHERE kind <> 'after'")
        nudges = sa.table('nudges', sa.column('id', sa.Integer), sa.column('due_at', sa.DateTime(timezone=True)),
                          sa.column('matters_at', sa.DateTime(timezone=True)), sa.column('kind', sa.String))
        rows = bind.execute(sa.select(nudges.c.id, nudges.c.due_at).where(nudges.c.kind == 'after')).all()
        if rows:
            bind.execute(sa.update(nudges).where(nudges.c.id == sa.bindparam('row_id')).values(
                matters_at=sa.bindparam('at')), [{"row_id": row_id, "at": due + timedelta(hours=_AFTER_USEFUL_HOURS)}
                                                 for row_id, due in rows])
    with op.batch_alter_table('nudges') as batch:
        batch.alter_column('matters_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch.drop_index('ix_nudges_status')
        batch.create_index('ix_nudges_pending', ['matters_at', 'id'], postgresql_where=sa.text("status = 'pending'"),
                           sqlite_where=sa.text("status = 'pending'"))
        batch.create_index('ix_nudges_retry', ['next_attempt_at'], postgresql_where=sa.text("status = 'retry'"),
                           sqlite_where=sa.text("status = 'retry'"))
        batch.create_index('ix_nudges_sending', ['lease_until'], postgresql_where=sa.text("status = 'sending'"),
                           sqlite_where=sa.text("status = 'sending'"))


def downgrade() -> None:
    op.drop_table('direct_channels')
    with op.batch_alter_table('nudges') as batch:
        batch.drop_index('ix_nudges_sending')
        batch.drop_index('ix_nudges_retry')
        batch.drop_index('ix_nudges_pending')
        batch.create_index('ix_nudges_status', ['status'])
        batch.drop_column('matters_at')
