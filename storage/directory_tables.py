"""Tables for the group directory: join requests to `by request` groups and the resources a group keeps. Both hang
off a group, so a workspace's export includes them and its purge deletes them (storage/workspaces.py)."""
from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from storage.metadata import UTCDateTime, metadata

join_requests = Table(
    "join_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("note", String(300), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("status", String(16), nullable=False),
    Column("decided_by", String(64)),
    Column("decided_at", UTCDateTime()),
    Index(None, "group_id", "user_id"),
)

# `find notify:yes`: a kept search (one per person), and the groups it has already told them about.
directory_searches = Table(
    "directory_searches", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("workspace_id", String(64), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("zone", String(64), nullable=False),
    Column("windows", String(300), nullable=False),
    Column("focus", String(600), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("told", String(2000), nullable=False, default=""),  # group ids already offered, comma-separated
    UniqueConstraint("platform", "workspace_id", "user_id"),
)

resources = Table(
    "resources", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("author", String(64)),
    Column("link", String(500)),
    Column("text", Text, nullable=False, default=""),
    Column("title", String(120), nullable=False, default=""),
    Column("tags", String(600), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("meeting", UTCDateTime()),  # the original start of the meeting it was shared for, if any
    UniqueConstraint("group_id", "number"),
)

# What `/consult find` needs of each group's members, kept up to date on every write that changes it
# (storage/directory_facts.py), so a find over thousands of groups reads at most one small row per group, no roster:
# how many members are active and waiting, and the modalities the group brings (those at least three active
# members list, as bot/directory/matching.py's `brought` reads them), comma-separated. Never who the members are.
directory_facts = Table(
    "directory_facts", metadata,
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("active", Integer, nullable=False),
    Column("waiting", Integer, nullable=False),
    Column("brings", Text, nullable=False),
    # A new random value whenever anything find reads of the group changes (these facts, its entry, its skipped or
    # moved meetings): after a workspace's token changed, a process reads again only the groups whose stamp did.
    Column("stamp", BigInteger, nullable=False),
)

# Each workspace's directory token: a new random value, written in the same transaction, whenever something `find`
# reads changes (a listed group's entry or schedule, its skipped or moved meetings, its facts above, a group appearing
# or going). A process may keep what it read for a token and reuse it while the token stays the same, so a change made
# by any replica is seen by every other one on its next find. Random, not counted, so a token never comes back (a
# purge deletes the row; a counter would start again at one).
directory_versions = Table(
    "directory_versions", metadata,
    Column("platform", String(16), primary_key=True),
    Column("workspace_id", String(64), primary_key=True),
    Column("token", BigInteger, nullable=False),
)

# Introductions among people waiting with `find notify:yes` and no fit (bot/directory/introductions.py): the offer,
# and each person asked with their answer. Workspace columns on the offer, so export and purge include both.
introductions = Table(
    "introductions", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("workspace_id", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("slot_start", UTCDateTime(), nullable=False),
    Column("slot_end", UTCDateTime(), nullable=False),
    Index(None, "platform", "workspace_id"),
)

introducees = Table(
    "introducees", metadata,
    Column("id", Integer, primary_key=True),
    Column("introduction_id", Integer, ForeignKey("introductions.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("answer", String(8), nullable=False, default=""),  # "" | yes | no
    Column("answered_at", UTCDateTime()),
    UniqueConstraint("introduction_id", "user_id"),
)
