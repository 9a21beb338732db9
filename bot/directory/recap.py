"""The after-meeting recap: what a group shared for a meeting - the resources tied to it (`resources add …
for:next`) and those tied to none that were added on its day, in the group's time zone. Title and link only: never
who shared them. The nudge sweep sends it (bot/nudges, the `recap` kind); the composition root joins the two."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from bot.directory.model import Resource
from bot.directory.ports import DirectoryUnitOfWork
from bot.domain.group import Group
from bot.messages import Block, Link, Span, para


def _day(group: Group, start: datetime) -> tuple[datetime, datetime]:
    """The meeting's day on the group's calendar, as a UTC-comparable [from, to)."""
    day = start.astimezone(group.zone).date()
    begin = datetime.combine(day, time(), group.zone)
    end = datetime.combine(day + timedelta(days=1), time(), group.zone)
    return begin, end


def shared_for(group: Group, occurrence: datetime, start: datetime, found: Sequence[Resource]) -> list[Resource]:
    """Of `found`, the resources a meeting's recap lists: tied to it, or tied to none and added on its day."""
    begin, end = _day(group, start)
    return [r for r in found if r.group_id == group.id
            and (r.meeting == occurrence if r.meeting is not None else begin <= r.created_at < end)]


def recap_lines(resources: Sequence[Resource]) -> list[Block]:
    """One line a resource: its link under its title, or a note's title (else its text)."""
    lines: list[Block] = []
    for resource in resources:
        spans: list[Span] = ["• "]
        if resource.link:
            spans.append(Link(resource.link, resource.title or resource.link))
        else:
            spans.append(resource.title or resource.text)
        lines.append(para(*spans))
    return lines


async def recap_notes_many(uow: DirectoryUnitOfWork, meetings: Sequence[tuple[Group, datetime, datetime]]
                           ) -> list[list[Block]]:
    """The recap lines of each (group, original start, start) in one query for them all; [] where nothing was
    shared (no recap goes out)."""
    if not meetings:
        return []
    days = [_day(group, start) for group, _, start in meetings]
    found = await uow.directory.shared_around(sorted({g.id or 0 for g, _, _ in meetings}),
                                              min(b for b, _ in days), max(e for _, e in days),
                                              sorted({o for _, o, _ in meetings}))
    return [recap_lines(shared_for(group, occurrence, start, found)) for group, occurrence, start in meetings]
