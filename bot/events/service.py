"""A group's next meetings as events of its server, for an adapter to keep in step (adapters/discord/events.py).

What an event says is decided here, without I/O of the platform: the group's name, the meeting's start and end
(from the group's meeting length), a neutral location ("Roundtable consultation group") unless the group chose to
show its call link, and a description with a marker naming the group and the meeting. Never who presents, who
comes, the agenda or anything else about the members: everyone in the server can read an event.

The marker (`roundtable-meeting 12/1764637200`: the group's id and the meeting's original start as a Unix time)
is how an event is matched to a meeting, rather than a table of event ids: the server's own list of events is
the truth (an event deleted by hand is simply created again, one left behind by a deleted group is found and
removed), nothing has to be written when an event is created, and neither part is private (an id and a time
already shown in the event). A moved meeting keeps its original start, so its event is moved, not replaced, and
keeps the members who marked it "Interested".
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from bot.clock import Clock
from bot.domain.group import Group
from bot.events.ports import EventGroups
from bot.identity import UserRef
from bot.messages import Heading, Message, Outbound, ToDirect, When, message, para
from bot.nudges.render import rsvp_buttons
from bot.ports import UnitOfWorkFactory

log = logging.getLogger("roundtable.events")

AHEAD = 3                                  # meetings kept as events, per group
NEUTRAL_LOCATION = "Roundtable consultation group"
MAX_LOCATION = 100                          # Discord's limit for an external event's location
MAX_NAME = 100                              # ...and for its name
T = TypeVar("T")
MARKER = re.compile(r"roundtable-meeting (\d+)/(\d+)")


@dataclass(frozen=True)
class ServerEvent:
    """One meeting as a server event: everything the event shows, and the marker it carries."""

    group_id: int
    workspace: str
    original_start: datetime
    name: str
    start: datetime
    end: datetime
    location: str

    @property
    def key(self) -> tuple[int, int]:
        return self.group_id, int(self.original_start.timestamp())

    @property
    def description(self) -> str:
        group_id, at = self.key
        return ("A meeting of a Roundtable peer consultation group. Members answer with `/consult rsvp`.\n"
                f"roundtable-meeting {group_id}/{at}")


def marker_of(description: str | None) -> tuple[int, int] | None:
    """The (group id, original start) an event's description names, if it is one of ours."""
    found = MARKER.search(description or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def events_for(group: Group, now: datetime, ahead: int = AHEAD) -> list[ServerEvent]:
    """The group's next `ahead` meetings (one under way counts until it ends), as events: skips and moves applied."""
    if group.id is None:
        return []
    length = timedelta(minutes=group.meeting_minutes)
    place = group.location.strip()
    location = place if group.discord_events_link and place and len(place) <= MAX_LOCATION else NEUTRAL_LOCATION
    return [ServerEvent(group.id, group.workspace_id, item.original_start, group.name[:MAX_NAME], item.start,
                        item.start + length, location)
            for item in group.upcoming(now - length, ahead)]


class ServerEvents:
    """What an adapter asks about server events: the plan for a server, the facilitators' notice when the bot may
    not manage events there, and the private offer to RSVP for a member who marked a meeting "Interested"."""

    def __init__(self, groups: EventGroups, uow_factory: UnitOfWorkFactory, clock: Clock,
                 ahead: int = AHEAD) -> None:
        self.groups = groups
        self.uow_factory = uow_factory
        self.clock = clock
        self.ahead = ahead

    def now(self) -> datetime:
        return self.clock.now()

    async def _each(self, platform: str, workspace: str | None, use: Callable[[Group], list[T]]) -> list[T]:
        """`use(group)` for each opted-in group, inside the unit of work (a group is read while it is loaded)."""
        ids = await self.groups.opted_in(platform, workspace)
        found: list[T] = []
        async with self.uow_factory() as uow:
            for group_id in ids:
                group = await uow.groups.get(group_id, lock=False)
                if group is not None:
                    found.extend(use(group))
        return found

    async def workspaces(self, platform: str) -> set[str]:
        """The servers with at least one group that chose server events."""
        return set(await self.groups.workspaces(platform))

    async def plan(self, platform: str, workspace: str) -> list[ServerEvent]:
        """Every event the server should have now, for each of its groups that chose them."""
        now = self.now()
        return await self._each(platform, workspace, lambda group: events_for(group, now, self.ahead))

    async def cannot_manage(self, platform: str, workspace: str) -> list[Outbound]:
        """The private word to each facilitator of the server's opted-in groups: the bot lacks Manage Events."""
        return await self._each(platform, workspace, _permission_notices)

    async def interested(self, actor: UserRef, group_id: int, at: int) -> Outbound | None:
        """A member marked the event of a meeting "Interested": offer them, privately, to RSVP yes with the usual
        buttons. Nothing is recorded (interest is not an RSVP). None when there is nothing to offer: not a member,
        the meeting is gone or has begun, or they have already answered."""
        original = datetime.fromtimestamp(at, UTC)
        async with self.uow_factory() as uow:
            group = await uow.groups.get(group_id, lock=False)
            offer = self._offer(group, actor, original)
        if offer is None or not await self.groups.first_offer(group_id, original, actor.id, self.now()):
            return None                      # offered once: marking it again, or after a restart, brings nothing
        return offer

    async def tidy(self) -> int:
        """Forget who was offered what for meetings that began more than a day ago."""
        return await self.groups.forget_offers_before(self.now() - timedelta(days=1))

    def _offer(self, group: Group | None, actor: UserRef, original: datetime) -> Outbound | None:
        if group is None or group.platform != actor.platform or group.workspace_id != actor.workspace:
            return None
        if not group.is_member(actor.id):
            return None
        item = next((u for u in group.upcoming(self.now(), self.ahead + 1) if u.original_start == original), None)
        if item is None:
            return None
        answered = item.record.find(actor.id) if item.record is not None else None
        if answered is not None and answered.rsvp:
            return None
        return Outbound(ToDirect(group.user(actor.id)), Message((
            para("You marked ", group.name, " on ", When(item.start, group.timezone), " as Interested in the "
                 "server's events. That isn't an RSVP: would you like to tell the group you'll be there?"),
            rsvp_buttons(group, item.original_start))))


def _permission_notices(group: Group) -> list[Outbound]:
    return [Outbound(ToDirect(group.user(facilitator.user_id)), message(
        Heading(f"{group.name}: server events are on hold"),
        f"{group.name} asked for its meetings to appear as events of this server, but Roundtable isn't allowed to "
        "manage the server's events, so none were created or changed.",
        "To fix it, someone who manages the server opens Server Settings → Roles, picks Roundtable's role and "
        "turns on **Manage Events** (or **Create Events**). Roundtable tries again within the hour. To stop "
        "trying: `/consult group settings discord_events:no`.")) for facilitator in group.facilitators]
