"""Issue 13, item 4: a date a person types is their own calendar day (their profile's zone, else the group's).

A Denver group meets Tuesdays at 12:00 (MST), which is Wednesday 00:30 in Kolkata. A member who set
`tz:Asia/Kolkata` sees the meeting on Wed 13 Jan, and `rsvp no date:2027-01-13` must find it.
"""
from __future__ import annotations

from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk


async def kolkata_desk(db: Database) -> Desk:
    desk = Desk(db, START)
    await desk.found_group(members=("bob", "carol"))
    await desk.say("alice", "schedule set every Tuesday at 12:00 from 2027-01-05")
    await desk.say("bob", "profile tz:Asia/Kolkata")
    return desk


async def test_rsvp_by_the_readers_own_calendar_day(sqlite_db: Database) -> None:
    desk = await kolkata_desk(sqlite_db)
    out = await desk.say("bob", "rsvp no date:2027-01-13")
    assert "Noted: no for Wed 13 Jan 2027, 00:30 IST" in out
    listed = await desk.say("alice", "rsvp list date:2027-01-12")   # alice has no profile zone: the group's day
    assert "No: @bob" in listed


async def test_a_date_that_matches_only_on_the_groups_calendar_says_so(sqlite_db: Database) -> None:
    desk = await kolkata_desk(sqlite_db)
    out = await desk.say("bob", "rsvp no date:2027-01-12")
    assert "Noted" not in out
    assert "your time zone (Asia/Kolkata)" in out
    assert "2027-01-13" in out          # the date to use instead
    assert "America/Denver" in out


async def test_a_group_zone_reader_keeps_the_groups_days(sqlite_db: Database) -> None:
    desk = await kolkata_desk(sqlite_db)
    assert "Noted: yes for Tue 12 Jan 2027, 12:00 MST" in await desk.say("carol", "rsvp yes date:2027-01-12")


async def test_two_meetings_on_one_reader_day_are_not_guessed(sqlite_db: Database) -> None:
    desk = await kolkata_desk(sqlite_db)
    # The 19 Jan meeting moves to Wed 13 Jan 10:00 in Denver: 22:30 that Wednesday in Kolkata.
    await desk.say("alice", "schedule move 2027-01-19 2027-01-13 10:00")
    out = await desk.say("bob", "rsvp yes date:2027-01-13")
    assert "Noted" not in out
    assert "00:30" in out and "22:30" in out and "Which" in out
    # The question comes with a button per meeting; choosing one answers for it.
    done = await desk.run('@bob click "yes: Wed 13 Jan 22:30"')
    assert "Noted: yes for Wed 13 Jan 2027, 22:30 IST" in done


async def test_facilitator_commands_read_the_facilitators_day(sqlite_db: Database) -> None:
    desk = await kolkata_desk(sqlite_db)
    await desk.say("alice", "facilitator add @bob")
    out = await desk.say("bob", "schedule skip 2027-01-20")   # the group's Tue 19 Jan
    assert "is cancelled" in out
    restored = await desk.say("bob", "schedule restore 2027-01-20")
    assert "is back on" in restored
    moved = await desk.say("bob", "schedule move 2027-01-27 2027-01-27 09:00")  # Tue 26 Jan in Denver
    assert "moves to" in moved
