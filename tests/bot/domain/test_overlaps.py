"""Issue 13, item 7: `schedule move` refuses a time that overlaps another of the group's meetings."""
from __future__ import annotations

from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk


async def weekly(db: Database, extra: str = "tz:America/Denver") -> Desk:
    desk = Desk(db, START)
    await desk.found_group(members=("bob",), extra=extra)   # meetings last 90 minutes by default
    await desk.say("alice", "schedule set every Tuesday at 18:00 from 2026-12-01")
    return desk


async def test_a_move_into_another_meeting_is_refused_saying_which(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    out = await desk.say("alice", "schedule move 2026-12-08 2026-12-01 19:00")
    assert "moves to" not in out
    assert "overlap" in out and "Tue 1 Dec 2026" in out


async def test_a_move_that_ends_after_the_other_begins_is_refused(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    out = await desk.say("alice", "schedule move 2026-12-08 2026-12-01 16:31")
    assert "overlap" in out


async def test_back_to_back_is_fine(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    assert "moves to" in await desk.say("alice", "schedule move 2026-12-08 2026-12-01 19:30")


async def test_a_meeting_moved_within_its_own_slot_does_not_overlap_itself(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    assert "moves to" in await desk.say("alice", "schedule move 2026-12-08 2026-12-08 18:30")


async def test_an_overlap_with_a_moved_meeting_is_refused(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    await desk.say("alice", "schedule move 2026-12-15 2026-12-10 12:00")
    out = await desk.say("alice", "schedule move 2026-12-22 2026-12-10 12:45")
    assert "overlap" in out and "Thu 10 Dec 2026" in out


async def test_a_cancelled_meeting_does_not_block_a_move(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db)
    await desk.say("alice", "schedule skip 2026-12-01")
    assert "moves to" in await desk.say("alice", "schedule move 2026-12-08 2026-12-01 18:00")


async def test_the_length_is_the_groups_meeting_length(sqlite_db: Database) -> None:
    desk = await weekly(sqlite_db, extra="tz:America/Denver length:60")
    out = await desk.say("alice", "schedule move 2026-12-08 2026-12-01 19:00")
    assert "moves to" in out, out
