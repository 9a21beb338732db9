"""Where each member's direct-message conversation is, so a direct message costs one request, not two.

Opening a DM (Slack `conversations.open`, Discord `POST /users/@me/channels` behind `create_dm`) before every
message doubles the requests of a burst of RSVP messages, and the open call has the tighter limit (Slack: Tier 3,
about 50 a minute). The adapters open a member's DM once, keep its id here, and open it again only when the
platform says it is gone (Slack `channel_not_found`, Discord 10003 Unknown Channel or 50007 when a stale id is
used). The composition root gives them the database's store (storage/direct_channels.py); without one they keep
the ids in memory."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class DirectChannels(Protocol):
    async def get(self, workspace: str, user: str) -> str | None: ...
    async def put(self, workspace: str, user: str, channel: str) -> None: ...
    async def forget(self, workspace: str, user: str) -> None: ...

    def cached(self, workspace: str, user: str) -> str | None:
        """The id if this process has it at hand (no query): the nudge pacer asks it, synchronously, whether a
        direct message will need its conversation opened first - one more request against the platform's
        limits."""
        ...

    async def load(self, workspace: str, users: Sequence[str]) -> None:
        """Bring the kept ids of `users` into this process's copy, in one query (before a burst is paced, so
        `cached` knows every id the database keeps, also after a restart)."""
        ...


class MemoryDirectChannels:
    """The ids in this process only (tests, and an adapter built without the database's store)."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self._ids: dict[tuple[str, str], str] = {}

    async def get(self, workspace: str, user: str) -> str | None:
        return self._ids.get((workspace, user))

    async def put(self, workspace: str, user: str, channel: str) -> None:
        if len(self._ids) >= self.limit:
            self._ids.clear()
        self._ids[(workspace, user)] = channel

    async def forget(self, workspace: str, user: str) -> None:
        self._ids.pop((workspace, user), None)

    def cached(self, workspace: str, user: str) -> str | None:
        return self._ids.get((workspace, user))

    async def load(self, workspace: str, users: Sequence[str]) -> None:
        return None  # everything it has is at hand
