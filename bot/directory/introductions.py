"""When nothing fits: people waiting with `find notify:yes` whose weekly windows share a slot long enough for a
meeting, in their own zones, may start a group together. No I/O; deterministic.

A *circle* is a largest set of at least `MINIMUM` waiting people who all have one slot of `SLOT_MINUTES` in common
(each person's windows are read in their own zone, over the same days, so zones and daylight saving are taken into
account). Each person in a circle is asked privately, opt-in, whether they want to be introduced; only those who say
yes are introduced, to each other. A circle is offered once: a circle whose people were all asked together before is
not offered again (bot/directory/service.py)."""
from __future__ import annotations

import bisect
import heapq
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
    window start finds every such set. One pass over the starts in order: spans are taken in as they begin and
    dropped once they end too soon for a slot at the current start (they would for every later one too)."""
    length = timedelta(minutes=minutes)
    every = sorted((start, end, p.user_id) for p in waiting for start, end in spans(p, now))
    found: dict[frozenset[str], tuple[datetime, datetime]] = {}
    open_spans: list[tuple[datetime, datetime, str]] = []  # a heap by end
    taken = 0
    for start in sorted({s for s, _, _ in every if s >= now}):
        while taken < len(every) and every[taken][0] <= start:
            heapq.heappush(open_spans, (every[taken][1], every[taken][0], every[taken][2]))
            taken += 1
        while open_spans and open_spans[0][0] < start + length:
            heapq.heappop(open_spans)
        if len(open_spans) < minimum:
            continue
        inside: dict[str, datetime] = {}
        for end, _, user in open_spans:
            inside[user] = max(end, inside.get(user, end))
        members = frozenset(inside)
        if len(members) >= minimum and members not in found:
            found[members] = (start, min(inside.values()))
    largest: list[frozenset[str]] = []
    for members in sorted(found, key=len, reverse=True):  # a set is kept unless a larger kept one holds it
        if not any(members < other for other in largest):
            largest.append(members)
    return sorted((Circle(m, *found[m]) for m in largest), key=lambda c: (-len(c.members), c.start, sorted(c.members)))


def open_listings(groups: Iterable[ListedGroup], now: datetime) -> list[Listing]:
    """The listed groups with a seat open and a schedule, as matching reads them (their next meetings computed once
    per schedule and zone when nothing was skipped or moved)."""
    found: list[Listing] = []
    expanded: dict[tuple[str, str, str], tuple[datetime, ...]] = {}
    for group in groups:
        if group.capacity - group.active <= 0 or not (group.rule and group.start):
            continue
        key = (group.rule, group.start, group.timezone)
        meetings = expanded.get(key) if not (group.skipped or group.moved) else None
        if meetings is None:
            meetings = tuple(o.start for o in occurrences(
                Recurrence.from_rule(group.rule, group.start), ZoneInfo(group.timezone), after=now,
                count=LOOKAHEAD, skipped=frozenset(group.skipped), moved=dict(group.moved)))
            if not (group.skipped or group.moved):
                expanded[key] = meetings
        found.append(Listing(group_id=group.id, name=group.name, meetings=meetings, minutes=group.minutes,
                             seats_free=group.capacity - group.active, waiting=group.waiting, size=group.active))
    return found


def has_open_fit(seeker: Seeker, listings: Iterable[Listing]) -> bool:
    """Whether one of `listings` (open_listings) meets inside the seeker's windows, as `find` would rank it."""
    return any(score(seeker, listing) is not None for listing in listings)


class OpenSeats:
    """`has_open_fit` for many seekers at once: the listings' meetings read once per seeker zone and filed by local
    weekday and start time, so each seeker's windows look only at the meetings that start inside them (the same
    answer as `has_open_fit`, which scores every listing; tests check they agree)."""

    def __init__(self, listings: Sequence[Listing]) -> None:
        self.listings = listings
        self._zones: dict[str, dict[int, tuple[list[time], list[tuple[datetime, int]]]]] = {}

    def _filed(self, zone: str) -> dict[int, tuple[list[time], list[tuple[datetime, int]]]]:
        if zone not in self._zones:
            where = ZoneInfo(zone)
            meetings = sorted((start.astimezone(where), listing.minutes)
                              for listing in self.listings for start in listing.meetings[:LOOKAHEAD])
            filed: dict[int, tuple[list[time], list[tuple[datetime, int]]]] = {}
            for local, minutes in meetings:
                day = filed.setdefault(local.weekday(), ([], []))
                day[1].append((local, minutes))
            for starts, items in filed.values():
                items.sort(key=lambda item: item[0].time())
                starts.extend(local.time() for local, _ in items)
            self._zones[zone] = filed
        return self._zones[zone]

    def fits(self, seeker: Seeker) -> bool:
        filed = self._filed(seeker.zone)
        for window in seeker.windows:
            for day in window.days:
                starts, items = filed.get(day, ([], []))
                index = bisect.bisect_left(starts, window.start)
                while index < len(starts) and starts[index] <= window.end:
                    local, minutes = items[index]
                    if window.holds(local, minutes):
                        return True
                    index += 1
        return False


def describe_slot(start: datetime, end: datetime, zone: str) -> str:
    """`Tue 18:30-20:00`, in `zone`."""
    where = ZoneInfo(zone)
    return f"{start.astimezone(where):%a %H:%M}-{end.astimezone(where):%H:%M}"
