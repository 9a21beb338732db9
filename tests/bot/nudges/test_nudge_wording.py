"""Issue 13, items 1, 5 and 6: what reminders say follows the reader's calendar day and the real lead time; no
prompt for a meeting that never was; lead times within a sensible range. Console transcripts on SQLite."""
from __future__ import annotations

from datetime import UTC, datetime

from storage.database import Database
from tests.helpers import Desk

UTC = UTC
TUESDAY_9AM = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)  # Tue 1 Dec 2026 09:00 in Denver (MST, UTC-7)


async def group_desk(db: Database, start: datetime, *lines: str) -> Desk:
    desk = Desk(db, start, with_nudges=True)
    await desk.found_group(members=("bob",))
    await desk.run(*lines)
    return desk


async def test_a_schedule_set_the_morning_of_a_meeting_says_today_not_tomorrow(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, TUESDAY_9AM)
    out = await desk.say("alice", "schedule set every Tuesday at 17:00")
    assert "[#consultation] == Tuesday Peers meets today at 17:00 ==" in out, out
    assert "tomorrow" not in out
    out = await desk.run("time set 2026-12-01 23:00 UTC")        # 16:00 in Denver
    assert "== Tuesday Peers meets in about an hour ==" in out
    out = await desk.run("time set 2026-12-08 00:05 UTC")        # Mon 7 Dec 17:05 in Denver
    assert "== Tuesday Peers meets tomorrow at 17:00 ==" in out


async def test_moving_a_meeting_to_later_today_says_today(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, TUESDAY_9AM, "@alice: /consult schedule set every Tuesday at 17:00 from 2026-12-08")
    await desk.run("time set 2026-12-07 16:00 UTC")              # Mon 7 Dec 09:00 in Denver
    out = await desk.say("alice", "schedule move 2026-12-08 2026-12-07 19:00")
    assert "== Tuesday Peers meets today at 19:00 ==" in out, out
    assert "tomorrow" not in out


async def test_a_direct_nudge_follows_the_readers_own_calendar(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, datetime(2026, 12, 1, 17, 0, tzinfo=UTC),  # Tue 10:00 Denver, 22:30 Kolkata
                            "@alice: /consult profile tz:Asia/Kolkata", "@alice: /consult nudges set prepare off")
    out = await desk.say("alice", "schedule set every Tuesday at 12:00")     # Tue 12:00 Denver = Wed 00:30 Kolkata
    assert "[DM to @alice] == You present at Tuesday Peers tomorrow at 00:30 ==" in out, out
    assert "[#consultation] == Tuesday Peers meets today at 12:00 ==" in out


async def test_no_after_prompt_for_a_meeting_before_the_schedule_began(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, datetime(2027, 1, 5, 3, 0, tzinfo=UTC))  # Mon 4 Jan 2027 20:00 in Denver
    out = await desk.say("alice", "schedule set every Monday at 12:00")
    out += await desk.run("time +2d")
    assert "met on" not in out, out
    out = await desk.run("time set 2027-01-11 21:00 UTC")        # Mon 11 Jan 14:00 in Denver, after the meeting
    assert "[DM to @alice] Tuesday Peers met on Mon 11 Jan 2027, 12:00 MST" in out


async def test_lead_times_outside_their_range_are_refused_with_the_range(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, TUESDAY_9AM)
    out = await desk.say("alice", "nudges set reminder_1h 25h")
    assert "reminder_1h" in out and "between 5m and 12h" in out
    out = await desk.say("alice", "nudges set prepare 0m")
    assert "between 12h and 14d" in out
    assert "5m" in await desk.say("alice", "nudges set reminder_1h 5m")
    assert "0m after the end" in await desk.say("alice", "nudges set after 0m")
    out = await desk.say("alice", "nudges show")
    assert "reminder_1h: 5m before" in out


async def test_an_odd_lead_within_range_says_the_real_lead(sqlite_db: Database) -> None:
    desk = await group_desk(sqlite_db, TUESDAY_9AM, "@alice: /consult nudges set reminder_1h 3h",
                            "@alice: /consult schedule set every Tuesday at 17:00 from 2026-12-08")
    out = await desk.run("time set 2026-12-08 21:00 UTC")        # Tue 8 Dec 14:00 in Denver
    assert "== Tuesday Peers meets in 3 hours ==" in out, out
    assert "in about an hour" not in out
