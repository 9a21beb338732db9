"""What the lifecycle service needs from storage (storage/departures.py implements it)."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.identity import WorkspaceRef


class DepartedWorkspaces(Protocol):
    """Workspaces that removed the app, each with the moment its data is to be purged."""

    async def purge_due(self, now: datetime) -> list[WorkspaceRef]:
        """Purge every departed workspace whose grace period has ended. Returns which."""
        ...

    async def next_purge(self) -> datetime | None:
        """The earliest moment a departed workspace is to be purged, if any."""
        ...
