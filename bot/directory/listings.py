"""What `find` may know of a listed group (a `Listing`: its entry and counts, never its roster), built once per
listed group as storage returns it and reused while it holds.

Storage returns the very same `ListedGroup` objects while nothing find reads has changed (storage/directory.py keeps
them by the workspace's directory token), and a new object once anything did; so a listing kept for an object
never outlives the data it came from. What else it depends on is the moment: its next meetings are the next
`LOOKAHEAD` at or after `now`, which stay the same from the moment they were computed until the first of them
starts (a group with none has none later either). Outside that span it is built again."""
from __future__ import annotations

import weakref
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.directory.matching import LOOKAHEAD, Listing
from bot.directory.model import ListedGroup, split_list
from bot.directory.upcoming import next_starts
from bot.domain.schedule import Recurrence, occurrences

# By the ListedGroup's identity: the entry goes when storage lets go of the object (a weak reference's callback),
# so what is kept never outgrows what storage keeps, and an identity is never read for another object.
_kept: dict[int, tuple[weakref.ref[ListedGroup], Listing, datetime, datetime | None]] = {}


def build(group: ListedGroup, now: datetime) -> Listing:
    """The group's listing at `now`. A schedule without skipped or moved meetings is expanded once and reused
    (bot/directory/upcoming.py): many groups share one ("weekly on Tuesday at 18:00" in the same zone)."""
    meetings: tuple[datetime, ...] = ()
    if group.rule and group.start:
        if group.skipped or group.moved:
            meetings = tuple(o.start for o in occurrences(
                Recurrence.from_rule(group.rule, group.start), ZoneInfo(group.timezone), after=now,
                count=LOOKAHEAD, skipped=frozenset(group.skipped), moved=dict(group.moved)))
        else:
            meetings = next_starts(group.rule, group.start, group.timezone, now, LOOKAHEAD)
    return Listing(
        group_id=group.id, name=group.name, meetings=meetings, minutes=group.minutes,
        seats_free=max(0, group.capacity - group.active), waiting=group.waiting, size=group.active,
        focus=tuple(split_list(group.focus)), brings=group.brings, language=group.language,
        description=group.description, joining=group.joining, schedule=group.schedule or "",
        timezone=group.timezone)


def listing(group: ListedGroup, now: datetime) -> Listing:
    """`build(group, now)`, reused when the same object was built for a moment no later than `now` whose first
    meeting has not started before `now`."""
    key = id(group)
    kept = _kept.get(key)
    if kept is not None and kept[0]() is group and kept[2] <= now and (kept[3] is None or now <= kept[3]):
        return kept[1]
    built = build(group, now)
    _kept[key] = (weakref.ref(group, lambda _ref: _forget(key, _ref)), built, now,
                  built.meetings[0] if built.meetings else None)
    return built


def _forget(key: int, ref: weakref.ref[ListedGroup]) -> None:
    kept = _kept.get(key)
    if kept is not None and kept[0] is ref:
        del _kept[key]
