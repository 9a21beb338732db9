"""Records members need: the consultation-hours log (CSV) and the group's calendar file (iCalendar)."""
from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from bot.cases.model import LogEntry
from bot.records import CSV_COLUMNS, hours_csv, vtimezone
from tests.helpers.cases import CaseDesk, presenting_group

UTC = UTC


async def hold_two_meetings(desk: CaseDesk) -> None:
    """1 Dec: alice presents, bob comes. 8 Dec: bob presents, alice and carol come. Dan never answers."""
    await presenting_group(desk)
    await desk.say("bob", "rsvp yes")
    await desk.run("time +2d")                           # 2 Dec 09:00 UTC: the first meeting is over
    await desk.say("alice", "rsvp yes")
    await desk.say("carol", "rsvp yes")
    await desk.run("time +7d")                           # 9 Dec: the second too


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read accents right"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


async def test_hours_lists_each_attended_meeting_with_the_facts_boards_need(desk: CaseDesk, tmp_path: Path) -> None:
    await hold_two_meetings(desk)
    out = await desk.say("bob", "hours")
    assert "== Your consultation hours ==" in out
    assert "2 meetings, 3 h in total: 1 as presenter (1.5 h), 1 as participant (1.5 h)." in out
    assert "file: roundtable-hours.csv" in out
    rows = read_csv(tmp_path / "bob" / "roundtable-hours.csv")  # each reader's files in their own folder
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows == [
        {"date": "2026-12-01", "start": "18:00", "time_zone": "America/Denver", "minutes": "90", "hours": "1.50",
         "group": "Tuesday Peers", "format": "peer consultation group", "role": "participant", "attendees": "2",
         "presenters": "1"},
        {"date": "2026-12-08", "start": "18:00", "time_zone": "America/Denver", "minutes": "90", "hours": "1.50",
         "group": "Tuesday Peers", "format": "peer consultation group", "role": "presenter", "attendees": "3",
         "presenters": "1"},
    ]


async def test_hours_follow_attendance_corrections_and_dates(desk: CaseDesk, tmp_path: Path) -> None:
    await hold_two_meetings(desk)
    await desk.say("alice", "attendance set @bob absent date:2026-12-01")
    assert "1 meeting, 1.5 h in total: 1 as presenter" in await desk.say("bob", "hours")
    out = await desk.say("alice", "hours from:2026-12-05")
    assert "Your consultation hours from 2026-12-05 to today" in out and "1 meeting, 1.5 h" in out
    assert "No attended meetings are recorded for you from" in await desk.say("alice", "hours to:2026-11-30")
    assert "`to` comes before `from`" in await desk.say("alice", "hours from:2026-12-05 to:2026-12-01")
    assert "No attended meetings" in await desk.say("dan", "hours")


async def test_hours_add_up_across_groups(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.run("@carol in #other: /consult group create Second Circle tz:Europe/London",
                   "@bob in #other: /consult join Second Circle", '@bob click "I accept"',
                   "@carol in #other: /consult schedule set weekly on Wednesday at 12:00 from 2026-12-02")
    await desk.say("bob", "rsvp yes group:\"Tuesday Peers\"")
    await desk.run("@bob in #other: /consult rsvp yes")
    await desk.run("time +3d")
    out = await desk.say("bob", "hours")
    assert "2 meetings, 3 h in total" in out
    assert "• Second Circle: 1 meeting, 1.5 h" in out and "• Tuesday Peers: 1 meeting, 1.5 h" in out


def test_a_group_name_cannot_become_a_spreadsheet_formula() -> None:
    entry = LogEntry("=HYPERLINK(\"http://x\")", "UTC", 60, datetime(2026, 12, 1, 18, tzinfo=UTC), False, 4, 1)
    rows = list(csv.reader(io.StringIO(hours_csv([entry]).decode("utf-8-sig"))))
    assert rows[1][5] == "'=HYPERLINK(\"http://x\")"


# The calendar ---------------------------------------------------------------------------------------


async def calendar_of(desk: CaseDesk, tmp_path: Path, user: str = "bob") -> Calendar:
    out = await desk.say(user, "calendar")
    assert "file: tuesday-peers.ics" in out, out
    raw = (tmp_path / user / "tuesday-peers.ics").read_bytes()
    assert b"\r\n" in raw and raw.startswith(b"BEGIN:VCALENDAR")
    return Calendar.from_ical(raw)


def expand(cal: Calendar, count: int) -> list[datetime]:
    """What a calendar program shows: the RRULE from DTSTART, minus EXDATEs, with RECURRENCE-ID overrides."""
    events = [c for c in cal.walk("VEVENT")]
    [master] = [e for e in events if "RECURRENCE-ID" not in e]
    start = master.decoded("dtstart")
    exdates = set()
    for prop in master.get("exdate", []) if isinstance(master.get("exdate"), list) else [master.get("exdate")]:
        if prop is not None:
            exdates.update(d.dt for d in prop.dts)
    overrides = {e.decoded("recurrence-id"): e.decoded("dtstart") for e in events if "RECURRENCE-ID" in e}
    rule = rrulestr(master["rrule"].to_ical().decode(), dtstart=start.replace(tzinfo=None))
    found = []
    for naive in rule:
        local = naive.replace(tzinfo=start.tzinfo)
        if local in exdates:
            continue
        found.append(overrides.get(local, local).astimezone(UTC))
        if len(found) == count:
            break
    return sorted(found)


async def test_the_calendar_is_one_recurring_event_with_skips_and_moves(desk: CaseDesk, tmp_path: Path) -> None:
    await presenting_group(desk)
    await desk.say("alice", "group settings place:https://meet.example/tuesday-peers")
    await desk.say("alice", "schedule skip 2026-12-22")
    await desk.say("alice", "schedule move 2026-12-29 2026-12-30 18:00")
    cal = await calendar_of(desk, tmp_path)
    assert str(cal["x-wr-calname"]) == "Tuesday Peers" and str(cal["method"]) == "PUBLISH"
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "America/Denver"
    rules = sorted(part["rrule"].to_ical().decode() for part in zone.subcomponents)
    assert rules == ["FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"]
    master, moved = cal.walk("VEVENT")
    denver = ZoneInfo("America/Denver")
    assert master["dtstart"].params["TZID"] == "America/Denver"
    assert master.decoded("dtstart") == datetime(2026, 12, 1, 18, tzinfo=denver)
    assert master.decoded("dtend") == datetime(2026, 12, 1, 19, 30, tzinfo=denver)
    assert master["rrule"].to_ical() == b"FREQ=WEEKLY;BYDAY=TU"
    assert [d.dt for d in master["exdate"].dts] == [datetime(2026, 12, 22, 18, tzinfo=denver)]
    assert master["exdate"].params["TZID"] == "America/Denver"
    assert moved["uid"] == master["uid"]
    assert moved.decoded("recurrence-id") == datetime(2026, 12, 29, 18, tzinfo=denver)
    assert moved.decoded("dtstart") == datetime(2026, 12, 30, 18, tzinfo=denver)
    assert str(master["location"]) == "https://meet.example/tuesday-peers" == str(master["url"])
    assert "Join: https://meet.example/tuesday-peers" in str(master["description"])
    async with desk.uow_factory() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        expected = [u.start for u in group.upcoming(desk.clock.now(), 12)]
    assert expand(cal, 12) == expected


async def test_past_skips_and_moves_stay_in_the_calendar(desk: CaseDesk, tmp_path: Path) -> None:
    await presenting_group(desk)
    await desk.say("alice", "schedule skip 2026-12-08")
    await desk.say("alice", "schedule move 2026-12-15 2026-12-16 18:00")
    await desk.run("time +30d")  # both are in the past now, recorded as held (settled)
    cal = await calendar_of(desk, tmp_path)
    master, moved = cal.walk("VEVENT")
    denver = ZoneInfo("America/Denver")
    assert [d.dt for d in master["exdate"].dts] == [datetime(2026, 12, 8, 18, tzinfo=denver)]
    assert moved.decoded("dtstart") == datetime(2026, 12, 16, 18, tzinfo=denver)


async def test_a_monthly_schedule_keeps_its_wall_clock_time_across_dst(desk: CaseDesk, tmp_path: Path) -> None:
    await desk.found_group(members=("bob",), extra="tz:Europe/Berlin")
    await desk.say("alice", "schedule set last Thursday at 19:30 from 2026-12-01")
    cal = await calendar_of(desk, tmp_path)
    [master] = cal.walk("VEVENT")
    assert master["rrule"].to_ical() == b"FREQ=MONTHLY;BYDAY=-1TH"
    assert "URL" not in master and "LOCATION" not in master
    async with desk.uow_factory() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        expected = [u.start for u in group.upcoming(desk.clock.now(), 14)]
    assert expand(cal, 14) == expected
    assert {d.astimezone(ZoneInfo("Europe/Berlin")).hour for d in expected} == {19}
    assert len({d.hour for d in expected}) == 2, "summer and winter are an hour apart in UTC"


async def test_the_calendar_needs_a_schedule_and_membership(desk: CaseDesk) -> None:
    await desk.found_group(members=("bob",))
    assert "has no schedule yet" in await desk.say("bob", "calendar")
    await desk.say("alice", "schedule set weekly on Tuesday at 18:00")
    assert "That's for members" in await desk.say("zed", 'calendar group:"Tuesday Peers"')


@pytest.mark.parametrize("name", ["America/Denver", "Europe/Berlin", "Australia/Sydney", "Pacific/Auckland",
                                  "Europe/Dublin", "America/St_Johns", "Asia/Tokyo", "Asia/Kolkata",
                                  "Asia/Jerusalem", "America/Santiago", "UTC"])
def test_vtimezone_gives_the_same_offsets_as_the_time_zone_database(name: str) -> None:
    component = vtimezone(name, date(2026, 12, 1))
    parts = component.subcomponents
    zone, rebuilt = ZoneInfo(name), component.to_tz()
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2036, 1, 1, tzinfo=UTC):
        assert moment.astimezone(rebuilt).utcoffset() == moment.astimezone(zone).utcoffset(), moment
        moment += timedelta(hours=5, minutes=17)
    if name in ("America/Denver", "Europe/Berlin", "Australia/Sydney", "Pacific/Auckland"):
        assert all("RRULE" in part and "RDATE" not in part for part in parts), "rules, as Outlook needs them"


@pytest.mark.parametrize("name", ["America/Denver", "Europe/Berlin", "Australia/Sydney", "America/St_Johns",
                                  "Asia/Jerusalem", "America/Santiago"])
def test_vtimezone_transitions_are_whole_minutes(name: str) -> None:
    """Transitions were found by bisection and carried stray seconds (DTSTART:20251102T020014)."""
    text_ = vtimezone(name, date(2026, 12, 1)).to_ical().decode().replace("\r\n ", "")   # unfolded
    starts = [line.split(":", 1)[1] for line in text_.splitlines() if line.startswith(("DTSTART", "RDATE"))]
    assert starts
    for value in starts:
        for stamp in value.split(","):
            assert stamp.endswith("00"), f"{name}: {stamp} has seconds"
