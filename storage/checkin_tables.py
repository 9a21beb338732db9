"""Check-in tables. Answers live only as per-round counts (`checkin_counts`); who has answered lives apart
(`checkin_answered`), as keyed hashes with no answer, no time and no order, deleted when the round closes.

Neither table has a timestamp or a surrogate id: a row can't say when it was written or which came first. Every
bucket's count row exists from the moment the round opens, so not even a row's existence says anything.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
)

from storage.metadata import UTCDateTime, metadata

checkin_settings = Table(
    "checkin_settings", metadata,
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("instrument", String(32), nullable=False),
    Column("min_answers", Integer, nullable=False),
    Column("cadence", String(16), nullable=False),
    Column("hours", Integer, nullable=False),
    Column("considered_through", UTCDateTime()),
    Column("next_check_at", UTCDateTime()),
    Index(None, "next_check_at"),
)

checkin_rounds = Table(
    "checkin_rounds", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("trigger", String(64), nullable=False),
    Column("instrument", String(32), nullable=False),
    Column("min_answers", Integer, nullable=False),
    Column("opened_at", UTCDateTime(), nullable=False),
    Column("closes_at", UTCDateTime(), nullable=False),
    Column("remind_at", UTCDateTime()),
    Column("status", String(8), nullable=False),
    Column("reminded", Boolean, nullable=False),
    Column("released", Boolean),
    Column("secret", String(64)),          # the per-round hash key; NULL once the round has closed
    UniqueConstraint("group_id", "trigger"),
    Index(None, "status", "closes_at"),
)

# One row per (round, bucket): a bucket is an option's value, or a raw total for a multi-item instrument.
checkin_counts = Table(
    "checkin_counts", metadata,
    Column("round_id", Integer, ForeignKey("checkin_rounds.id", ondelete="CASCADE"), nullable=False),
    Column("bucket", Integer, nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("round_id", "bucket"),
)

# Who has answered an open round, as HMAC-SHA256(round secret, member): no answer, no time, no order.
checkin_answered = Table(
    "checkin_answered", metadata,
    Column("round_id", Integer, ForeignKey("checkin_rounds.id", ondelete="CASCADE"), nullable=False),
    Column("marker", String(64), nullable=False),
    PrimaryKeyConstraint("round_id", "marker"),
)
