"""When nothing fits: people waiting with `find notify:yes` whose weekly windows share a slot long enough for a
meeting, in their own zones, may start a group together. No I/O; deterministic.

A *circle* is a largest set of at least `MINIMUM` waiting people who all have one slot of `SLOT_MINUTES` in common
(each person's windows are read in their own zone, over the same days, so zones and daylight saving are taken into
account). Each person in a circle is asked privately, opt-in, whether they want to be introduced; only those who say
yes are introduced, to each other. A circle is offered once: a circle whose people were all asked together before is
not offered again (bot/directory/service.py)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.directory.matching import LOOKAHEAD, Listing, Seeker, score
from bot.directory.model import ListedGroup, Window
from bot.domain.group import DEFAULT_MEETING_MINUTES
from bot.domain.schedule import Recurrence, occurrences

MINIMUM = 4  # people, the fewest a group starts with (the usual size is 4-8)
SLOT_MINUTES = DEFAULT_MEETING_MINUTES  # "enough for a meeting": a group's default meeting length


@dataclass(frozen=True)
class Waiting:
    user_id: str
    zone: str
    windows: tuple[Window, ...]


@dataclass(frozen=True)
class Circle:
    """People who could meet together, and the first slot they share (UTC) in the week from the time asked."""

    members: frozenset[str]
    start: datetime
    end: datetime


def spans(person: Waiting, now: datetime) -> list[tuple[datetime, datetime]]:
    """The person's windows as UTC spans, on each of their local days from the day before `now` to a week after."""
    zone = ZoneInfo(person.zone)
    today = now.astimezone(zone).date()
    found = []
    for offset in range(-1, 9):
        day = today + timedelta(days=offset)
        for window in person.windows:
            if day.weekday() in window.days:
                end = window.end if window.end != time(23, 59) else time(23, 59, 59)
                found.append((datetime.combine(day, window.start, zone).astimezone(UTC),
                              datetime.combine(day, end, zone).astimezone(UTC)))
    return sorted(found)


def circles(waiting: Sequence[Waiting], now: datetime, minutes: int = SLOT_MINUTES,
            minimum: int = MINIMUM) -> list[Circle]:
    """Every largest set of at least `minimum` people sharing a slot of `minutes`, largest first, then earliest.

    A shared slot starts where one of its people's windows starts (the latest start among them), so trying each
    window start finds every such set."""
    length = timedelta(minutes=minutes)
    by_person = {p.user_id: spans(p, now) for p in waiting}
    found: dict[frozenset[str], tuple[datetime, datetime]] = {}
    starts = sorted({start for person in by_person.values() for start, _ in person if start >= now})
    for start in starts:
        inside: dict[str, datetime] = {}
        for user, person in by_person.items():
            for s, end in person:
                if s <= start and start + length <= end:
                    inside[user] = max(end, inside.get(user, end))
        if len(inside) < minimum:
            continue
        members = frozenset(inside)
        if members not in found:
            found[members] = (start, min(inside.values()))
    largest = [m for m in found if not any(m < other for other in found)]
    return sorted((Circle(m, *found[m]) for m in largest), key=lambda c: (-len(c.members), c.start, sorted(c.members)))


def has_open_fit(seeker: Seeker, groups: Iterable[ListedGroup], now: datetime) -> bool:
    """Whether a listed group with a seat open meets inside the seeker's windows (as `find` would rank it)."""
    for group in groups:
        if group.capacity - group.active <= 0 or not (group.rule and group.start):
            continue
        meetings = tuple(o.start for o in occurrences(
            Recurrence.from_rule(group.rule, group.start), ZoneInfo(group.timezone), after=now, count=LOOKAHEAD,
            skipped=frozenset(group.skipped), moved=dict(group.moved)))
        listing = Listing(group_id=group.id, name=group.name, meetings=meetings, minutes=group.minutes,
                          seats_free=group.capacity - group.active, waiting=group.waiting, size=group.active)
        if score(seeker, listing) is not None:
            return True
    return False


def describe_slot(start: datetime, end: datetime, zone: str) -> str:
    """`Tue 18:30-20:00`, in `zone`."""
    where = ZoneInfo(zone)
    return f"{start.astimezone(where):%a %H:%M}-{end.astimezone(where):%H:%M}"
