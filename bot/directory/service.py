"""The directory's timed work, for the scheduler (and the console's clock): join requests that lapse unanswered after
`REQUEST_DAYS`, whose requester is told so privately and kindly; and introductions offered to people waiting with
`find notify:yes` for a group that doesn't exist yet (bot/directory/introductions.py). The scheduler calls `sweep`;
`next_due` says when a request lapses (introductions ride on every sweep)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.directory.introductions import MINIMUM, Circle, OpenSeats, Waiting, circles, describe_slot, open_listings
from bot.directory.matching import Seeker
from bot.directory.model import REQUEST_DAYS, Introduction, JoinRequest, KeptSearch, parse_windows, split_list
from bot.directory.ports import DirectoryUnitOfWork, DirectoryUnitOfWorkFactory
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.identity import UserRef, WorkspaceRef
from bot.messages import Button, Heading, Message, Outbound, ToDirect, When, buttons, message, para
from bot.ports import ChatPort, DeliveryFailed
from bot.privacy import error_summary

log = logging.getLogger("roundtable.directory")

BATCH = 200  # lapsed requests handled per sweep (the rest at the next one, which is then due at once)
# A workspace whose kept searches haven't changed is looked at again for introductions this often (the listed groups
# it then loads may have changed: a group that fits someone takes them out of a circle).
RECHECK = timedelta(hours=6)
INTRODUCE_ACTION, NOT_INTRODUCE_ACTION = "directory.introduce", "directory.introduce.no"


@dataclass
class DirectoryReport:
    lapsed: int = 0  # requests marked expired
    told: int = 0  # requesters told so
    failed: int = 0  # of those, messages that could not be delivered
    introductions: int = 0  # circles offered an introduction
    offered: int = 0  # people asked


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


def offer_message(introduction: Introduction, zone: str, others: int) -> Message:
    """The private, opt-in offer: says how many others are waiting (never who) and when they could all meet."""
    slot = describe_slot(introduction.slot_start, introduction.slot_end, zone)
    value = str(introduction.id)
    return message(
        Heading("Colleagues who could start a group with you"),
        f"You asked me to watch for a group that meets when you can. None fits yet, but {others} other colleagues "
        f"here are waiting too, and you could all meet {slot} your time ({zone}).",
        "Would you like to be introduced to those of them who also say yes, to start a group together? Only the "
        "people who say yes are introduced, to each other; nobody is told who else was asked.",
        buttons(Button("Yes, introduce me", INTRODUCE_ACTION, value, "primary"),
                Button("No, thanks", NOT_INTRODUCE_ACTION, value)))


class DirectoryService:
    """Marks lapsed join requests `expired` and tells each requester once, privately. A request is marked in the same
    transaction that reads it, before the message goes out, so a second sweep (or a restart) never tells twice; a
    message that can't be delivered is logged (never its text) and not retried."""

    def __init__(self, uow_factory: DirectoryUnitOfWorkFactory, clock: Clock, chat: ChatPort) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat
        # workspace -> (its kept searches as last looked at, when): skips reloading the listed groups each sweep
        self._looked: dict[WorkspaceRef, tuple[frozenset[tuple[int | None, str, str, str]], datetime]] = {}

    async def next_due(self) -> datetime | None:
        async with self.uow_factory() as uow:
            return await uow.directory.next_lapse()

    async def sweep(self) -> DirectoryReport:
        report = DirectoryReport()
        await self._lapse(self.clock.now(), report)
        await self._introduce(self.clock.now(), report)
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

    async def _introduce(self, now: datetime, report: DirectoryReport) -> None:
        async with self.uow_factory() as uow:
            crowded = await uow.directory.crowded_workspaces(MINIMUM)
        for workspace in crowded:
            try:
                outbounds = await self._introduce_in(workspace, now, report)
            except Exception as error:  # noqa: BLE001 - one workspace's trouble doesn't hold up the others
                log.error("introductions failed in a workspace: %s", error_summary(error))
                continue
            for outbound in outbounds:
                try:
                    await self.chat.send(outbound)
                except DeliveryFailed as failure:
                    report.failed += 1
                    log.warning("introduction offer not delivered: %s", failure.reason)
                    continue
                report.offered += 1

    async def _introduce_in(self, workspace: WorkspaceRef, now: datetime, report: DirectoryReport) -> list[Outbound]:
        """Offer each new circle of the workspace an introduction (stored before the offers go out, so each circle is
        offered once). Returns the offers."""
        async with self.uow_factory() as uow:
            directory = uow.directory
            searches = await directory.kept_searches(workspace)
            seen = frozenset((s.id, s.windows, s.zone, s.focus) for s in searches)
            last = self._looked.get(workspace)
            if last is not None and last[0] == seen and now - last[1] < RECHECK:
                return []
            asked = await directory.introducees(workspace)
            kept = {s.user_id: s for s in searches}
            declined = {a.user_id for a in asked if a.answer == "no" and a.answered_at is not None
                        and a.user_id in kept and a.answered_at >= kept[a.user_id].created_at}
            waiting = [w for s in searches if s.user_id not in declined and (w := _waiting(s)) is not None]
            if not circles(waiting, now):
                self._looked[workspace] = (seen, now)
                return []
            # Only now the listed groups: someone a group with a seat fits is not waiting for a new one.
            seats = OpenSeats(open_listings(await directory.listed(workspace, ""), now))
            waiting = [w for w in waiting if not seats.fits(
                Seeker(w.zone, w.windows, tuple(split_list(kept[w.user_id].focus))))]
            together: dict[int, set[str]] = {}
            for a in asked:
                together.setdefault(a.introduction_id, set()).add(a.user_id)
            outbounds: list[Outbound] = []
            for circle in circles(waiting, now):
                if any(circle.members <= people for people in together.values()):
                    continue  # offered to these people together already
                introduction = await self._offer(uow, workspace, circle, now)
                together[introduction.id or 0] = set(circle.members)
                report.introductions += 1
                for user_id in sorted(circle.members):
                    user = UserRef(workspace.platform, workspace.id, user_id)
                    outbounds.append(Outbound(ToDirect(user), offer_message(
                        introduction, kept[user_id].zone, len(circle.members) - 1)))
            await uow.commit()
        self._looked[workspace] = (seen, now)  # only once looked at in full (a failure is retried next sweep)
        return outbounds

    @staticmethod
    async def _offer(uow: DirectoryUnitOfWork, workspace: WorkspaceRef, circle: Circle,
                     now: datetime) -> Introduction:
        introduction = Introduction(workspace.platform, workspace.id, now, circle.start, circle.end)
        await uow.directory.add_introduction(introduction, sorted(circle.members))
        return introduction


def _waiting(search: KeptSearch) -> Waiting | None:
    try:
        return Waiting(search.user_id, search.zone, parse_windows(search.windows))
    except Refusal:  # stored canonically, so only if the format changed: leave that search out
        return None
