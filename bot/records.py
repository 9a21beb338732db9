"""Records members need: their consultation-hours log (CSV) and the group's meetings as an iCalendar file.

Hours: boards count peer-group time differently (BACP: groups of four or fewer count half the time, larger groups
the time divided by the number of members; the Psychology Board of Australia and California count the hours; EMDRIA
splits individual from group). So the log gives the raw facts each formula needs - date, length, group, how many
attended, how many presented, the member's role - and totals only in plain hours.

Calendar: one recurring event (RRULE, DTSTART in the group's zone) with skipped dates as EXDATE and moved meetings
as RECURRENCE-ID overrides, for Google Calendar, Outlook and Apple Calendar. Outlook misreads VTIMEZONE blocks made
of RDATE lists, so the zone is written as yearly rules (like Google's own exports) whenever its current rules can
be: otherwise icalendar's generated VTIMEZONE is used.
"""
from __future__ import annotations

import calendar as month_calendar
import csv
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from bot.cases.model import LogEntry
from bot.domain.group import Group, Meeting
from bot.domain.schedule import Recurrence, occurrence_on
from bot.messages import FileAttachment

UTC = UTC
FORMAT = "peer consultation group"
CSV_COLUMNS = ("date", "start", "time_zone", "minutes", "hours", "group", "format", "role", "attendees",
               "presenters")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


# Hours ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursTotals:
    meetings: int
    minutes: int
    presented: int
    presented_minutes: int


def totals(entries: Sequence[LogEntry]) -> HoursTotals:
    return HoursTotals(len(entries), sum(e.minutes for e in entries), sum(1 for e in entries if e.presented),
                       sum(e.minutes for e in entries if e.presented))


def hours_csv(entries: Sequence[LogEntry]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read names with accents correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in sorted(entries, key=lambda e: e.start):
        local = entry.start.astimezone(ZoneInfo(entry.timezone))
        writer.writerow((local.date().isoformat(), f"{local:%H:%M}", entry.timezone, entry.minutes,
                         f"{entry.minutes / 60:.2f}", _cell(entry.group_name), FORMAT,
                         "presenter" if entry.presented else "participant", entry.attendees, entry.presenters))
    return out.getvalue().encode("utf-8-sig")


def hours_file(entries: Sequence[LogEntry]) -> FileAttachment:
    return FileAttachment("roundtable-hours.csv", hours_csv(entries), "text/csv", "Consultation hours")


def describe_hours(minutes: int) -> str:
    hours = minutes / 60
    return f"{hours:.1f} h" if hours % 1 else f"{int(hours)} h"


def _cell(text: str) -> str:
    """A spreadsheet must not read a group's name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# Calendar ---------------------------------------------------------------------------------------------


def calendar_file(group: Group, records: Iterable[Meeting], now: datetime) -> FileAttachment:
    return FileAttachment(f"{_slug(group.name)}.ics", calendar_ics(group, records, now), "text/calendar",
                          f"{group.name} meetings")


def calendar_ics(group: Group, records: Iterable[Meeting], now: datetime) -> bytes:
    """The group's schedule as one recurring event. `records`: the group's meeting rows, held and to come."""
    rec = group.recurrence()
    if rec is None:
        raise ValueError("the group has no schedule")
    cal = _calendar(group.name)
    cal.add_component(vtimezone(group.timezone, rec.first_date))
    for event in _series(group, records, now):
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


def feed_ics(schedules: Sequence[tuple[Group, Iterable[Meeting]]]) -> bytes:
    """A member's subscription feed: each of their groups' series (groups without a schedule are left out), one
    VTIMEZONE per zone. The same content as `calendar_ics`; DTSTAMP is each series' first start rather than the time
    of the request, so an unchanged schedule gives the same bytes (the feed's ETag) on every poll."""
    cal = _calendar("Roundtable")
    zones: dict[str, date] = {}
    events: list[Event] = []
    for group, records in sorted(schedules, key=lambda item: (item[0].name.lower(), item[0].id or 0)):
        rec = group.recurrence()
        if rec is None:
            continue
        first = datetime.combine(rec.first_date, rec.local_time, tzinfo=group.zone)
        zones[group.timezone] = min(zones.get(group.timezone, rec.first_date), rec.first_date)
        events += _series(group, records, first)
    for name, since in sorted(zones.items()):
        cal.add_component(vtimezone(name, since))
    for event in events:
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Roundtable//Peer consultation groups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _series(group: Group, records: Iterable[Meeting], now: datetime) -> list[Event]:
    """The master event (RRULE, skipped dates as EXDATE) and one override per moved meeting (RECURRENCE-ID)."""
    rec = group.recurrence()
    assert rec is not None
    zone = group.zone
    length = timedelta(minutes=group.meeting_minutes)
    first = datetime.combine(rec.first_date, rec.local_time, tzinfo=zone)
    uid = _uid(group, rec)
    master = _event(group, uid, now, first, first + length, rec)
    master.add("rrule", vRecur.from_ical(rec.calendar_rule(zone)))
    overrides: list[Event] = []
    seen: set[datetime] = set()
    for meeting in sorted(records, key=lambda m: m.original_start):
        if meeting.original_start in seen or meeting.original_start < first.astimezone(UTC) \
                or not occurrence_on(rec, zone, meeting.original_start):
            continue
        seen.add(meeting.original_start)
        nominal = _nominal(rec, zone, meeting.original_start)
        if meeting.cancelled:
            master.add("exdate", nominal)
        elif meeting.moved:
            start = meeting.start.astimezone(zone)
            override = _event(group, uid, now, start, start + length, rec)
            override.add("recurrence-id", nominal)
            overrides.append(override)
    return [master, *overrides]


def _event(group: Group, uid: str, now: datetime, start: datetime, end: datetime, rec: Recurrence) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", 0)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"{group.name} (peer consultation)")
    lines = [f"Peer consultation group {group.name}: meets {rec.describe()} ({group.timezone})."]
    if group.location:
        event.add("location", group.location)
        lines.append(f"Join: {group.location}")
        if re.match(r"https?://\S+$", group.location):
            event.add("url", group.location)
    lines.append("Who presents and who is coming: /consult next")
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def _nominal(rec: Recurrence, zone: ZoneInfo, original_start: datetime) -> datetime:
    """The occurrence as the RRULE names it: its local date at the series' wall-clock time (a meeting in a
    spring-forward gap happens an hour later, but the rule still calls it by its nominal time)."""
    return datetime.combine(original_start.astimezone(zone).date(), rec.local_time, tzinfo=zone)


def _uid(group: Group, rec: Recurrence) -> str:
    """Stable for a group and schedule; a new schedule is a new series (re-import it, remove the old one)."""
    key = f"{group.platform}|{group.workspace_id}|{group.id}|{rec.to_text()}".encode()
    return f"rt-{hashlib.sha256(key).hexdigest()[:20]}@roundtable"


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
    return slug or "roundtable-group"


# VTIMEZONE as yearly rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Transition:
    local: datetime        # naive wall-clock time just before the change, in the old offset
    before: timedelta
    after: timedelta
    name: str


def vtimezone(name: str, around: date, years: int = 12) -> Timezone:
    """A VTIMEZONE for `name` valid from the year before `around` for `years` years: yearly RRULEs when the zone's
    rules are regular over that span, else icalendar's own (RDATE-based) component."""
    zone = ZoneInfo(name)
    first_year = around.year - 1
    per_year = [_transitions(zone, year) for year in range(first_year, first_year + years)]
    component = Timezone()
    component.add("tzid", name)
    component.add("x-lic-location", name)
    if all(not t for t in per_year):
        offset = zone.utcoffset(datetime(first_year, 1, 1)) or timedelta()
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", zone.tzname(datetime(first_year, 1, 1)) or name)
        component.add_component(standard)
        return component
    if all(len(t) == 2 for t in per_year):
        observances = []
        for index in range(2):
            series = [t[index] for t in per_year]
            byday = _yearly_rule(series)
            if byday is None or len({(t.before, t.after, t.local.time()) for t in series}) != 1:
                break
            observances.append((series[0], byday))
        else:
            summer = max(observances, key=lambda o: o[0].after)[0]
            for transition, byday in observances:
                part = TimezoneDaylight() if transition is summer else TimezoneStandard()
                part.add("dtstart", transition.local)
                part.add("tzoffsetfrom", transition.before)
                part.add("tzoffsetto", transition.after)
                part.add("tzname", transition.name)
                part.add("rrule", {"freq": "yearly", "bymonth": transition.local.month, "byday": byday})
                component.add_component(part)
            return component
    return Timezone.from_tzid(name, first_date=date(first_year, 1, 1), last_date=date(first_year + years, 1, 1))


def _transitions(zone: ZoneInfo, year: int) -> list[_Transition]:
    """The moments in `year` when the zone's UTC offset changes (found by day, then narrowed to the minute)."""
    found: list[_Transition] = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while day < end:
        following = day + timedelta(days=1)
        before = day.astimezone(zone).utcoffset()
        if following.astimezone(zone).utcoffset() != before:
            # Bisect on whole minutes, so the transition is the minute it happens at (never 02:00:14).
            low, high = 0, 24 * 60
            while high - low > 1:
                middle = (low + high) // 2
                if (day + timedelta(minutes=middle)).astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            switch = day + timedelta(minutes=high)
            after_moment = switch.astimezone(zone)
            assert before is not None
            found.append(_Transition((switch + before).replace(tzinfo=None), before,
                                     after_moment.utcoffset() or timedelta(), after_moment.tzname() or ""))
        day = following
    return found


def _yearly_rule(series: list[_Transition]) -> str | None:
    """"2SU", "-1SU", ... if every transition in `series` falls on that weekday of its month, else None."""
    sample = series[0].local
    if any(t.local.month != sample.month or t.local.weekday() != sample.weekday() for t in series):
        return None
    weekday = _DAYS[sample.weekday()]
    candidates = [f"{(sample.day - 1) // 7 + 1}{weekday}", f"-1{weekday}"]
    for candidate in candidates:
        if all(_rule_day(candidate, t.local.year, t.local.month) == t.local.day for t in series):
            return candidate
    return None


def _rule_day(byday: str, year: int, month: int) -> int:
    nth, weekday = int(byday[:-2]), _DAYS.index(byday[-2:])
    days = month_calendar.monthrange(year, month)[1]
    if nth == -1:
        last = date(year, month, days)
        return last.day - (last.weekday() - weekday) % 7
    first = date(year, month, 1)
    return 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)

