"""The core's tables: groups, members, agreements, meetings, participations, profiles, swap requests and the nudge
ledger. The whole schema (these and the other tables modules) is storage/schema.py; Alembic migrations under
storage/migrations create it, and tests compare the two."""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

from storage.metadata import UTCDateTime, metadata

groups = Table(
    "groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("workspace_id", String(64), nullable=False),
    Column("name", String(80), nullable=False),
    Column("name_key", String(80), nullable=False),
    Column("channel_id", String(64), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("meeting_minutes", Integer, nullable=False),
    Column("location", String(300), nullable=False, default=""),
    Column("presenters_per_meeting", Integer, nullable=False),
    # The schedule: its rule (RFC 5545 RRULE value, with UNTIL or COUNT) and DTSTART (the first meeting, local wall-clock
    # time "20261201T180000"), in the group's `timezone`; `schedule` is the sentence shown to people, never parsed.
    Column("schedule", String(200)),
    Column("schedule_rule", String(200)),
    Column("schedule_start", String(15)),
    Column("settled_until", UTCDateTime()),
    Column("next_mark", Integer, nullable=False),
    Column("nudge_plan", String(300)),
    Column("agenda", Text, nullable=False, default="", server_default=""),
    Column("next_nudge_at", UTCDateTime()),
    Column("nudged_through", UTCDateTime()),
    # The directory entry (migration 0008). Defaults only on the server, so an insert written for an older schema
    # (the migration tests) still works.
    Column("listed", Boolean, nullable=False, server_default=false()),
    Column("description", String(300), nullable=False, server_default=""),
    Column("focus", String(600), nullable=False, server_default=""),
    Column("professions", String(600), nullable=False, server_default=""),
    Column("language", String(40), nullable=False, server_default=""),
    Column("joining", String(16), nullable=False, server_default="open"),
    # Discord server events (adapters/discord/events.py): the group's next meetings as events of its server, with
    # the call link as their location only when `discord_events_link` is set too. No Python-side default: a row
    # written as an older migration knew the table (tests of earlier migrations) leaves them to the server.
    Column("discord_events", Boolean, nullable=False, server_default=false()),
    Column("discord_events_link", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("platform", "workspace_id", "name_key"),
    Index(None, "platform", "workspace_id", "channel_id"),
    Index(None, "next_nudge_at"),
    Index(None, "platform", "workspace_id", "listed"),
)

members = Table(
    "members", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("standing", String(16), nullable=False),
    Column("joined_at", UTCDateTime()),
    Column("agreement_version", Integer, nullable=False),
    Column("agreement_accepted_at", UTCDateTime()),
    Column("turn_mark", Integer, nullable=False),
    Column("muted", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("group_id", "user_id"),
    Index(None, "user_id"),
)

agreements = Table(
    "agreements", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", String(64), nullable=False),
    UniqueConstraint("group_id", "version"),
)

meetings = Table(
    "meetings", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("original_start", UTCDateTime(), nullable=False),
    Column("start", UTCDateTime(), nullable=False),
    Column("cancelled", Boolean, nullable=False, default=False),
    Column("settled", Boolean, nullable=False, default=False),
    UniqueConstraint("group_id", "original_start"),
    Index(None, "group_id", "settled"),
)

participations = Table(
    "participations", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("rsvp", String(8)),
    Column("rsvp_at", UTCDateTime()),
    Column("passed", Boolean, nullable=False, default=False),
    Column("assigned", Boolean, nullable=False, default=False),
    Column("presented", Boolean, nullable=False, default=False),
    Column("attended", Boolean),
    Column("mark_before", Integer),
    Column("mark_taken", Integer),
    Column("confirmed", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("meeting_id", "user_id"),
)

profiles = Table(
    "profiles", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("workspace_id", String(64), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("display_name", String(80), nullable=False, default=""),
    Column("tags", String(600), nullable=False, default=""),
    Column("timezone", String(64)),
    # What matching reads (migration 0008).
    Column("profession", String(80), nullable=False, server_default=""),
    Column("focus", String(600), nullable=False, server_default=""),
    Column("available", String(300), nullable=False, server_default=""),
    Column("cadence", String(16), nullable=False, server_default=""),
    Column("languages", String(200), nullable=False, server_default=""),
    UniqueConstraint("platform", "workspace_id", "user_id"),
)

swap_requests = Table(
    "swap_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("requester", String(64), nullable=False),
    Column("partner", String(64), nullable=False),
    Column("requester_meeting", UTCDateTime(), nullable=False),
    Column("partner_meeting", UTCDateTime(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# The nudge ledger: one row per (group, occurrence, meeting start, kind, recipient), never two.
nudges = Table(
    "nudges", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("occurrence", UTCDateTime(), nullable=False),
    Column("meeting_start", UTCDateTime(), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("recipient", String(64), nullable=False),
    Column("due_at", UTCDateTime(), nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime()),
    Column("lease_until", UTCDateTime()),
    Column("sent_at", UTCDateTime()),
    Column("late", Boolean, nullable=False, default=False),
    Column("reference", String(200)),
    Column("reason", String(40)),
    # When the nudge stops mattering (bot/nudges/plan.py: matters_at): delivery claims the most urgent first.
    Column("matters_at", UTCDateTime(), nullable=False),
    UniqueConstraint("group_id", "occurrence", "meeting_start", "kind", "recipient"),
    # The claim reads the head of one of these partial indexes, whose order is the claim's order: no plan that
    # depends on fresh statistics (a pending row is rarely pending for long, so they stay small).
    Index("ix_nudges_pending", "matters_at", "id", postgresql_where=text("status = 'pending'"),
          sqlite_where=text("status = 'pending'")),
    Index("ix_nudges_retry", "next_attempt_at", postgresql_where=text("status = 'retry'"),
          sqlite_where=text("status = 'retry'")),
    Index("ix_nudges_sending", "lease_until", postgresql_where=text("status = 'sending'"),
          sqlite_where=text("status = 'sending'")),
)


# Each member's direct-message conversation with the bot, opened once (adapters/direct_channels.py): belongs to its
# workspace, so it is exported and purged with it.
direct_channels = Table(
    "direct_channels", metadata,
    Column("platform", String(16), primary_key=True),
    Column("workspace_id", String(64), primary_key=True),
    Column("user_id", String(64), primary_key=True),
    Column("channel_id", String(64), nullable=False),
)


# Discord server events: who has been offered, privately, to RSVP after marking a meeting's event "Interested" (so
# each is offered once). Rows of past meetings are removed by the hourly round; a forgotten member's with the rest.
event_offers = Table(
    "event_offers", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("original_start", UTCDateTime(), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("offered_at", UTCDateTime(), nullable=False),
    UniqueConstraint("group_id", "original_start", "user_id"),
)
