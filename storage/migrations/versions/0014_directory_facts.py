"""directory facts and tokens: per group, its active and waiting counts and the modalities it brings, kept on
write, so that `/consult find` reads one small row per listed group instead of every member's profile; per
workspace, a token replaced whenever anything find reads changes, so a process may reuse what it read

Revision ID: 0014
Revises: 0013

Filled in here for every existing group from its member and profile rows, and a token for every workspace with a
group. The modalities are worked out by a small,
frozen copy of the rule as it stands at this revision (bot/directory/matching.py's `brought`: what at least three
active members list, compared without case or spacing, in the spelling most of them use, the first in sort order
among equally used ones; most shared first), so this migration gives the same result whatever later happens to the
code; storage/directory_facts.py keeps the rows true from then on.

Self-contained (two new tables), so it can be renumbered when branches meet: only `revision` and `down_revision` name
other migrations.
"""
from __future__ import annotations

import secrets
from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

SHARED = 3


def _key(word: str) -> str:
    return " ".join(word.casefold().replace("-", " ").split())


def brought(member_modalities: list[list[str]]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for tags in member_modalities:
        counts.update({_key(t) for t in tags if t.strip()})
    shared = [k for k, n in counts.items() if n >= SHARED]
    spellings: dict[str, Counter[str]] = {k: Counter() for k in shared}
    for tags in member_modalities:
        for k, t in {_key(t): t for t in tags if t.strip()}.items():
            if k in spellings:
                spellings[k][t] += 1
    shared.sort(key=lambda k: (-counts[k], k))
    return tuple(min(spellings[k].items(), key=lambda kv: (-kv[1], kv[0]))[0] for k in shared)


def upgrade() -> None:
    facts = op.create_table(
        'directory_facts',
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('active', sa.Integer(), nullable=False),
        sa.Column('waiting', sa.Integer(), nullable=False),
        sa.Column('brings', sa.Text(), nullable=False),
        sa.Column('stamp', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_directory_facts_group_id_groups'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('group_id', name=op.f('pk_directory_facts')),
    )
    groups = sa.table('groups', sa.column('id', sa.Integer), sa.column('platform', sa.String),
                      sa.column('workspace_id', sa.String))
    members = sa.table('members', sa.column('group_id', sa.Integer), sa.column('user_id', sa.String),
                       sa.column('standing', sa.String))
    profiles = sa.table('profiles', sa.column('platform', sa.String), sa.column('workspace_id', sa.String),
                        sa.column('user_id', sa.String), sa.column('tags', sa.String))
    conn = op.get_bind()
    tags = (sa.select(profiles.c.tags).where(profiles.c.platform == groups.c.platform,
                                             profiles.c.workspace_id == groups.c.workspace_id,
                                             profiles.c.user_id == members.c.user_id).scalar_subquery())
    rows = conn.execute(sa.select(groups.c.id, members.c.standing, tags)
                        .select_from(groups.outerjoin(members, members.c.group_id == groups.c.id))).all()
    active: dict[int, list[list[str]]] = {}
    waiting: dict[int, int] = {}
    for group_id, standing, member_tags in rows:
        active.setdefault(group_id, [])
        waiting.setdefault(group_id, 0)
        if standing == "active":
            active[group_id].append([t for t in (member_tags or "").split(",") if t])
        elif standing == "waitlisted":
            waiting[group_id] += 1
    values = [{"group_id": group_id, "active": len(lists), "waiting": waiting[group_id],
               "brings": ",".join(brought(lists)),
               "stamp": secrets.randbits(63)} for group_id, lists in active.items()]
    if values:
        op.bulk_insert(facts, values)
    versions = op.create_table(
        'directory_versions',
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('workspace_id', sa.String(length=64), nullable=False),
        sa.Column('token', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('platform', 'workspace_id', name=op.f('pk_directory_versions')),
    )
    workspaces = conn.execute(sa.select(groups.c.platform, groups.c.workspace_id).distinct()).all()
    if workspaces:
        op.bulk_insert(versions, [{"platform": platform, "workspace_id": workspace, "token": secrets.randbits(63)}
                                  for platform, workspace in workspaces])


def downgrade() -> None:
    op.drop_table('directory_versions')
    op.drop_table('directory_facts')
