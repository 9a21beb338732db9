"""The directory's timed work, for the scheduler (and the console's clock): join requests that lapse unanswered after
`REQUEST_DAYS`, whose requester is told so privately and kindly. The scheduler calls `sweep`; `next_due` says when."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.directory.model import REQUEST_DAYS, JoinRequest
from bot.directory.ports import DirectoryUnitOfWorkFactory
from bot.domain.group import Group
from bot.messages import Heading, Message, Outbound, ToDirect, When, message, para
from bot.ports import ChatPort, DeliveryFailed

log = logging.getLogger("roundtable.directory")

BATCH = 200  # lapsed requests handled per sweep (the rest at the next one, which is then due at once)


@dataclass
class DirectoryReport:
    lapsed: int = 0  # requests marked expired
    told: int = 0  # requesters told so
    failed: int = 0  # of those, messages that could not be delivered


def lapsed_message(group: Group, request: JoinRequest) -> Message:
    """What the requester reads when their request lapses: kind, about the wait rather than about them, and how to
    ask again."""
    return message(
        Heading(f"Your request to join {group.name} has lapsed"),
        para(f"You asked to join {group.name} on ", When(request.created_at, group.timezone, "date"),
             f". Its facilitators didn't get to answer within {REQUEST_DAYS} days, so the request has lapsed. "
             "That happens when facilitators are busy, and it says nothing about you."),
        f"If you're still interested, you're welcome to ask again: `/consult join {group.name} note:\"…\"`. "
        "`/consult find` can also suggest other groups that fit your times.")


class DirectoryService:
    """Marks lapsed join requests `expired` and tells each requester once, privately. A request is marked in the same
    transaction that reads it, before the message goes out, so a second sweep (or a restart) never tells twice; a
    message that can't be delivered is logged (never its text) and not retried."""

    def __init__(self, uow_factory: DirectoryUnitOfWorkFactory, clock: Clock, chat: ChatPort) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat

    async def next_due(self) -> datetime | None:
        async with self.uow_factory() as uow:
            return await uow.directory.next_lapse()

    async def sweep(self) -> DirectoryReport:
        report = DirectoryReport()
        await self._lapse(self.clock.now(), report)
        return report

    async def _lapse(self, now: datetime, report: DirectoryReport) -> None:
        outbounds: list[Outbound] = []
        async with self.uow_factory() as uow:
            lapsed = await uow.directory.lapsed_requests(now, BATCH)
            if not lapsed:
                return
            groups: dict[int, Group | None] = {}
            for request in lapsed:
                if request.group_id not in groups:
                    groups[request.group_id] = await uow.groups.get(request.group_id, lock=False)
                group = groups[request.group_id]
                request.status = "expired"
                report.lapsed += 1
                if group is None or group.member(request.user_id) is not None:
                    continue  # joined meanwhile (e.g. the group became open): nothing to tell
                outbounds.append(Outbound(ToDirect(group.user(request.user_id)), lapsed_message(group, request)))
            await uow.commit()
        for outbound in outbounds:
            try:
                await self.chat.send(outbound)
            except DeliveryFailed as failure:
                report.failed += 1
                log.warning("lapsed join request notice not delivered: %s", failure.reason)
                continue
            report.told += 1
