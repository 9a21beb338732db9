"""Roundtable's Home tab in Slack: each member's own page (bot/commands/home.py), published with `views.publish`.

Published when the member opens the tab (`app_home_opened`), and again when something on it changes: the core
reports the groups a command changed (`Core.on_groups_changed`), and the pages of their members who opened Home in
the last 30 days are published again, once per member however many changes came in the debounce window. Nobody
else's page is published: a sweep that touches 10,000 groups publishes nothing (sweeps don't go through commands),
and a member who never opens Home costs nothing.

Who opened Home, and when, is kept in this process's memory only (bounded): after a restart, or on another replica,
a page is fresh again the next time its member opens the tab, which Slack reports every time.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from adapters.slack.render import render_message
from bot.clock import Clock
from bot.domain.group import Group
from bot.identity import UserRef
from bot.messages import Message
from bot.privacy import error_summary

log = logging.getLogger("roundtable.slack.home")

PLATFORM = "slack"
RECENT = timedelta(days=30)
MAX_BLOCKS = 100  # Slack's limit for a Home tab view
Publish = Callable[[UserRef, dict[str, Any]], Awaitable[None]]


def home_view(page: Message) -> dict[str, Any]:
    """The Home tab view for a member's page."""
    blocks = render_message(page).blocks
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[:MAX_BLOCKS - 1] + [{"type": "context", "elements": [
            {"type": "mrkdwn", "text": "More in `/consult next group:NAME`."}]}]
    return {"type": "home", "blocks": blocks}


class HomeTab:
    """Publishes members' pages: when they open the tab, and after a change to one of their groups."""

    def __init__(self, page: Callable[[UserRef], Awaitable[Message]], publish: Publish, clock: Clock,
                 spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]], debounce: float = 2.0,
                 remember: int = 50_000) -> None:
        """`page(actor)` is the core's `home`; `publish(actor, view)` calls views.publish with the workspace's
        token; `spawn` starts background work the adapter keeps track of (and waits for when it drains). At most
        `remember` members are remembered as having opened Home (the longest unseen go first)."""
        self.page = page
        self.publish = publish
        self.clock = clock
        self.spawn = spawn
        self.debounce = debounce
        self.remember = remember
        self.opened: OrderedDict[UserRef, datetime] = OrderedDict()
        self.pending: set[UserRef] = set()
        self._flush: asyncio.Task[None] | None = None
        self.published = 0

    async def opened_by(self, actor: UserRef) -> None:
        """`app_home_opened` on the Home tab: publish the member's page now, and keep it current from now on."""
        self.opened[actor] = self.clock.now()
        self.opened.move_to_end(actor)
        while len(self.opened) > self.remember:
            self.opened.popitem(last=False)
        await self._publish(actor)

    def groups_changed(self, groups: Sequence[Group]) -> None:
        """The core's `on_groups_changed`: queue the pages of these groups' members who opened Home recently."""
        self.refresh(group.user(member.user_id) for group in groups if group.platform == PLATFORM
                     for member in group.members)

    def refresh(self, actors: Iterable[UserRef]) -> None:
        """Queue these members' pages, if they opened Home in the last 30 days; publish after the debounce."""
        since = self.clock.now() - RECENT
        for actor in actors:
            seen = self.opened.get(actor)
            if seen is not None and seen >= since:
                self.pending.add(actor)
        if self.pending and (self._flush is None or self._flush.done()):
            self._flush = self.spawn(self._flush_later())

    async def _flush_later(self) -> None:
        if self.debounce:
            await asyncio.sleep(self.debounce)
        while self.pending:
            batch, self.pending = self.pending, set()
            for actor in sorted(batch, key=lambda a: (a.workspace, a.id)):
                await self._publish(actor)

    async def _publish(self, actor: UserRef) -> None:
        try:
            await self.publish(actor, home_view(await self.page(actor)))
            self.published += 1
        except Exception as error:  # noqa: BLE001 - a page that can't be published must not stop the others
            log.warning("could not publish a Home tab: %s", error_summary(error))
