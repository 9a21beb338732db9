"""What the server-events service needs from storage (storage/server_events.py implements it)."""
from __future__ import annotations

from typing import Protocol


class EventGroups(Protocol):
    """The groups that keep their meetings as server events."""

    async def opted_in(self, platform: str, workspace: str | None = None) -> list[int]:
        """Ids of the groups on `platform` (in `workspace`, when given) that chose server events."""
        ...

    async def workspaces(self, platform: str) -> list[str]:
        """The workspaces on `platform` with at least one such group."""
        ...
