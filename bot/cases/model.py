"""What the database may hold about consultation requests and a member's records, and the port that holds it.

Deliberately absent: any field for what a request says. The text lives only in the form the presenter fills in,
in the one request that checks and posts it, and in the message the platform shows the group.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from bot.identity import UserRef

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


class CaseRepository(Protocol):
    # Consultation requests
    async def add(self, request: CaseRequest) -> None:
        """Store and assign an id."""
        ...
    async def get(self, request_id: int) -> CaseRequest | None: ...
    async def posted(self, group_id: int) -> list[CaseRequest]:
        """The group's requests whose message is still up, oldest first."""
        ...
    async def save(self, request: CaseRequest) -> None: ...
    async def deletions_due(self, now: datetime, limit: int) -> list[CaseRequest]: ...
    async def next_deletion(self) -> datetime | None: ...

    # The group's retention setting (None: keep request messages)
    async def retention(self, group_id: int) -> int | None: ...
    async def set_retention(self, group_id: int, days: int | None) -> None: ...

    # Re-acceptance prompts
    async def behind(self, limit: int) -> list[tuple[int, str, int]]:
        """(group, member, current version) for active members behind their group's agreement, not yet asked."""
        ...
    async def add_prompts(self, prompts: list[AgreementPrompt]) -> None: ...
    async def prompts_due(self, now: datetime, limit: int) -> list[AgreementPrompt]: ...
    async def save_prompt(self, prompt: AgreementPrompt) -> None: ...
    async def next_prompt(self) -> datetime | None:
        """When a waiting prompt is next due (a retry's time), or None; `behind` says whether any are new."""
        ...

    # Records and forgetting
    async def attended(self, user: UserRef, since: datetime | None, until: datetime | None) -> list[LogEntry]: ...
    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        """Delete a leaving member's records in one group, keeping only anonymous counts. Returns what went."""
        ...
    async def delete_profile(self, user: UserRef) -> bool: ...


def cases_of(uow: Any) -> CaseRepository:
    """The unit of work's case repository (`uow.cases`; see storage/cases.py and tests/fakes.py)."""
    repository = getattr(uow, "cases", None)
    if repository is None:
        raise RuntimeError("this unit of work has no `cases` repository: wire storage.cases.SqlCases")
    return repository  # type: ignore[no-any-return]
