"""What the database may hold about consultation requests and a member's records (the port that holds it is in
ports.py).

Deliberately absent: any field for what a request says. The text lives only in the form the presenter fills in,
in the one request that checks and posts it, and in the message the platform shows the group.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

FEEDBACK_KINDS = ("Intervention ideas", "Ethical perspective", "Countertransference", "Resources", "Just listening")


@dataclass
class CaseRequest:
    """That a consultation request was posted: never what it said."""

    group_id: int
    occurrence: datetime          # the meeting's identity (its original start)
    meeting_start: datetime       # when it takes place, for retention
    presenter: str | None         # None once the presenter has asked to be forgotten
    posted_at: datetime
    warning_overridden: bool
    reference: str | None         # the platform's reference to the posted message
    status: str = "posted"        # posted | deleted | withdrawn | delete_failed | undeletable
    delete_after: datetime | None = None
    attempts: int = 0
    deleted_at: datetime | None = None
    reason: str | None = None
    id: int | None = None


@dataclass
class AgreementPrompt:
    """A member asked to accept a new version of their group's agreement (one row per member and version)."""

    group_id: int
    user_id: str
    version: int
    status: str = "pending"       # pending | retry | sent | failed | dropped
    attempts: int = 0
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    reason: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class LogEntry:
    """One held meeting a member attended: the raw facts boards' formulas need."""

    group_name: str
    timezone: str
    minutes: int
    start: datetime
    presented: bool
    attendees: int
    presenters: int
