"""What the server-events service needs from storage (storage/server_events.py implements it)."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol


class EventGroups(Protocol):
    """The groups that keep their meetings as server events."""

    async def opted_in(self, platform: str, workspace: str | None = None) -> list[int]:
        """Ids of the groups on `platform` (in `workspace`, when given) that chose server events."""
        ...

    async def workspaces(self, platform: str) -> list[str]:
        """The workspaces on `platform` with at least one such group."""
        ...

    async def first_offer(self, group_id: int, original_start: datetime, user_id: str, now: datetime) -> bool:
        """Record that the member was offered to RSVP for this meeting; False if they had been already."""
        ...

    async def forget_offers_before(self, moment: datetime) -> int:
        """Drop the records of offers for meetings that started before `moment`."""
        ...
