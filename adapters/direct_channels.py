"""Where each member's direct-message conversation is, so a direct message costs one request, not two.

Opening a DM (Slack `conversations.open`, Discord `POST /users/@me/channels` behind `create_dm`) before every
message doubles the requests of a burst of RSVP messages, and the open call has the tighter limit (Slack: Tier 3,
about 50 a minute). The adapters open a member's DM once, keep its id here, and open it again only when the
platform says it is gone (Slack `channel_not_found`, Discord 10003 Unknown Channel or 50007 when a stale id is
used). The composition root gives them the database's store (storage/direct_channels.py); without one they keep
the ids in memory."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from bot.messages import Outbound, ToDirect, ToPerson

log = logging.getLogger("roundtable.direct")


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


async def load_recipients(store: DirectChannels, outbounds: Sequence[Outbound]) -> None:
    """Bring the kept DM ids of a batch's direct recipients to hand, one query per workspace (Slack) or server
    (Discord), so the pacer counts an open call only where one will be made - also after a restart."""
    wanted: dict[str, list[str]] = {}
    for outbound in outbounds:
        audience = outbound.audience
        if isinstance(audience, ToDirect | ToPerson):
            wanted.setdefault(audience.user.workspace, []).append(audience.user.id)
    for workspace, users in wanted.items():
        await store.load(workspace, users)


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


class Openings:
    """Opens each member's conversation once, however many direct messages to them are under way at once.

    Two sends to a member whose conversation is not kept (a member of two groups gets both groups' RSVP messages
    in one burst; a reply and a nudge at once) would each find no id and each open it: one request more than the
    pacer counted, against the tighter limit on Slack. Here the second waits for the first's opening and uses
    its id. The id is kept (`put`) before the waiters are told; if keeping it fails (a busy database), the
    message still goes - the id was only to be saved for next time - and a later message opens it again."""

    def __init__(self) -> None:
        self._under_way: dict[tuple[str, str], asyncio.Future[str | None]] = {}

    async def open(self, store: DirectChannels, workspace: str, user: str,
                   opener: Callable[[], Awaitable[str]]) -> str:
        """The conversation id of `user`, opened by `opener` unless an opening is under way for them already."""
        key = (workspace, user)
        while (under_way := self._under_way.get(key)) is not None:
            await asyncio.wait({under_way})
            opened = under_way.result()
            if opened is not None:
                return opened
            # that opening failed: this send tries for itself (as it would have alone)
        mine: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        self._under_way[key] = mine
        channel: str | None = None
        try:
            channel = await opener()
            await keep(store, workspace, user, channel)
            return channel
        finally:
            del self._under_way[key]
            mine.set_result(channel)


async def keep(store: DirectChannels, workspace: str, user: str, channel: str) -> None:
    """Keep a conversation id for next time; a failure to keep it does not fail the message that opened it."""
    try:
        await store.put(workspace, user, channel)
    except Exception as error:  # noqa: BLE001 - the id is a saving, not the delivery
        log.warning("could not keep a direct-message conversation id (%s); it is opened again next time",
                    type(error).__name__)
