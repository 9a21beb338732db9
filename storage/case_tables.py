"""Tables for consultation requests (never their text), retention, re-acceptance prompts, anonymous attendance
counts and departed workspaces. storage/schema.py imports them with the other tables modules."""
from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint

from storage.metadata import UTCDateTime, metadata

# That a request was posted: the meeting, the presenter, when, whether a warning was overridden, and the
# platform's reference to the message. There is no column for what it said, and there must never be one.
case_requests = Table(
    "case_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("occurrence", UTCDateTime(), nullable=False),
    Column("meeting_start", UTCDateTime(), nullable=False),
    Column("presenter", String(64)),
    Column("posted_at", UTCDateTime(), nullable=False),
    Column("warning_overridden", Boolean, nullable=False),
    Column("reference", String(200)),
    Column("status", String(16), nullable=False),
    Column("delete_after", UTCDateTime()),
    Column("attempts", Integer, nullable=False, default=0),
    Column("deleted_at", UTCDateTime()),
    Column("reason", String(40)),
    Index(None, "group_id", "status"),
    Index(None, "delete_after"),
)

# A group's retention of posted requests: deleted this many days after the meeting (no row, or NULL: kept).
case_settings = Table(
    "case_settings", metadata,
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("retention_days", Integer),
)

# Each member is asked once per new agreement version.
agreement_prompts = Table(
    "agreement_prompts", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime()),
    Column("sent_at", UTCDateTime()),
    Column("reason", String(40)),
    UniqueConstraint("group_id", "user_id", "version"),
    Index(None, "status"),
)

# Attendance of members who asked to be forgotten, as a bare number per meeting: colleagues' "group size that day".
attendance_tallies = Table(
    "attendance_tallies", metadata,
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("anonymous_attended", Integer, nullable=False),
)

# Workspaces that removed the app: their data is purged after a grace period unless they come back.
workspace_departures = Table(
    "workspace_departures", metadata,
    Column("platform", String(16), primary_key=True),
    Column("workspace_id", String(64), primary_key=True),
    Column("departed_at", UTCDateTime(), nullable=False),
    Column("purge_after", UTCDateTime(), nullable=False),
    Index(None, "purge_after"),
)
