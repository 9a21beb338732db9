"""End to end through the console adapter on a real SQLite database: a group's life over ten meetings."""
from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk

ROOT = Path(__file__).resolve().parents[2]


async def test_a_group_over_ten_meetings(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    await desk.found_group(members=("bob", "carol", "dan", "erin", "farah"), extra="tz:America/Denver capacity:6")
    await desk.say("alice", "schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    await desk.say("george", "join Tuesday Peers")
    assert "number 1 on the waitlist" in await desk.run('@george click "I accept"')

    # Meetings (biweekly from 1 Dec 2026): 1 Dec, 15 Dec, [29 Dec skipped], 12 Jan, 26 Jan, 9 Feb, ...
    await desk.say("alice", "schedule skip 2026-12-29")
    out = await desk.say("alice", "rotation show count:5")
    assert out.index("1 Dec 2026 – @alice") < out.index("15 Dec 2026 – @bob") < out.index("12 Jan 2027 – @carol")
    assert "29 Dec" not in out

    held: list[tuple[str, ...]] = []

    async def meet() -> None:
        item = (await upcoming(desk, sqlite_db))[0]
        desk.clock.advance(item.start - desk.clock.now() + timedelta(minutes=5))
        async with sqlite_db() as uow:
            group = (await uow.groups.for_user(desk.session.user("alice")))[0]
            group.settle(desk.clock.now())
            await uow.commit()
            meeting = (await uow.groups.held(group, 1))[0]
            held.append(tuple(meeting.presenters))

    await meet()                                           # 1 Dec: alice
    assert "first in line" in await desk.say("bob", "rotation pass")   # 15 Dec: bob passes
    await meet()                                           # 15 Dec: carol (bob passed)
    await desk.say("dan", "rotation swap @bob")            # dan (26 Jan) <-> bob (12 Jan)
    assert "swapped" in await desk.run('@bob click "Accept swap"')
    await meet()                                           # 12 Jan: dan (swap)
    out = await desk.say("erin", "rsvp no")               # erin is not presenting 26 Jan: bob is
    assert "turn passes" not in out
    await desk.say("bob", "rsvp no")                       # bob (pinned 26 Jan) can't come: his turn passes
    await meet()                                           # 26 Jan: erin (next in line)
    out = await desk.say("carol", "leave")                 # carol leaves, george is promoted
    assert "@george joined Tuesday Peers from the waitlist" in out
    for _ in range(6):
        await meet()

    assert len(held) == 10
    assert held[:4] == [("alice",), ("carol",), ("dan",), ("erin",)]
    # Bob passed twice and kept his priority: he presents at the very next meeting.
    assert held[4] == ("bob",)
    # George, promoted last, never jumps ahead of those already waiting; everyone presents in turn.
    assert held[5:] == [("farah",), ("alice",), ("dan",), ("erin",), ("george",)]
    out = await desk.say("alice", "attendance show")
    assert "presented: @george" in out


async def upcoming(desk: Desk, db: Database) -> list:
    async with db() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        return group.upcoming(desk.clock.now(), 3)


def test_the_readme_demo_transcript_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "roundtable.cli", "console", "--script", str(ROOT / "examples" / "demo.transcript")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[DM to @erin] @dan (Tuesday Peers) asks to swap presenting turns" in out
    assert "[DM to @george] Good news: a seat opened" in out
    assert "[DM to @farah] Will you be at Tuesday Peers on Wed 9 Dec 2026, 02:00 CET?" in out, "own time zone"
    # The preparation nudge goes to Bob, he passes from its button, and it is re-targeted to Carol at once.
    bob = out.index("[DM to @bob] == You're presenting at Tuesday Peers ==")
    passed = out.index('> @bob click "Pass this time"')
    carol = out.index("[DM to @carol] == You're presenting at Tuesday Peers ==")
    assert bob < passed < carol
    # Carol's request: the identifier check flags a name, a town and a date privately; the edited one is posted,
    # and the 24-hour reminder lists it (who and when, never what it says).
    flagged = out.index("Brief context: ⟦Maria⟧, a teacher in ⟦Boulder⟧, 40s, seen since ⟦March 3⟧")
    posted = out.index("[#consultation] == Consultation request ==")
    assert flagged < posted and "Maria" not in out[posted:posted + 400]
    assert "Consultation request, posted in this channel: @carol" in out
    # Nothing is sent for the skipped 22 December meeting.
    assert "22 Dec 2026, 18:00" not in out.split("is cancelled")[1]
    assert "Traceback" not in out + result.stderr


def test_console_script_reports_transcript_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "roundtable.cli", "console", "--script", "-"],
        input="@alice: /consult group create X\nexpect \"nothing like this\"\n",
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 1
    assert "line 2: expected “nothing like this”" in result.stderr
