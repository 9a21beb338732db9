"""Who reads what: presenters are named to members only, and a channel becomes a second group's home only when the
facilitator has read who would see what. Through the core's command path (console lines) on the fakes and on
SQLite and PostgreSQL, plus one console transcript run as `roundtable console --script`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import START
from tests.helpers import Desk

ROOT = Path(__file__).resolve().parents[3]
MEMBERS = ("bob", "carol", "dan")
NAMES = tuple(f"@{name}" for name in ("alice",) + MEMBERS)
NOTE = "Presenters are shown to members of Tuesday Peers."
SHARED = ("This channel is already the home of Tuesday Peers: everyone who reads it, Tuesday Peers' members "
          "included, would read Friday Circle's consultation requests, meeting reminders and check-in results, "
          "and whoever joins it for Friday Circle would read Tuesday Peers'.")


@pytest.fixture
def db(every_store: object) -> object:
    return every_store


async def scheduled(db: object, capacity: int = 8) -> Desk:
    desk = Desk(db, START)  # type: ignore[arg-type]
    await desk.found_group(members=MEMBERS, extra=f"tz:America/Denver capacity:{capacity}")
    assert "now meets" in await desk.say("alice", "schedule set weekly on Tuesday at 18:00 from 2026-12-01")
    return desk


def named(out: str) -> list[str]:
    return [name for name in NAMES if name in out]


# (a) The schedule names presenters to members only ----------------------------------------------------------------


async def test_schedule_show_names_presenters_to_members_only(db: object) -> None:
    desk = await scheduled(db)
    member = await desk.say("bob", "schedule show count:20")
    assert "presenting: @alice" in member and "presenting: @bob" in member and NOTE not in member

    outsider = await desk.say("zed", 'schedule show group:"Tuesday Peers" count:20')
    assert "Tuesday Peers meets every Tuesday at 18:00" in outsider
    assert outsider.count("• ") == 20, "every meeting time is still there"
    assert named(outsider) == [] and "presenting" not in outsider
    assert NOTE in outsider


async def test_schedule_show_for_the_waitlist_and_for_a_workspace_admin(db: object) -> None:
    desk = await scheduled(db, capacity=4)
    await desk.say("erin", "join Tuesday Peers")
    assert "waitlist" in await desk.run('@erin click "I accept"')
    waiting = await desk.say("erin", "schedule show")
    assert named(waiting) == [] and NOTE in waiting, "the waitlist is not the membership"

    admin, channel = desk.session.user("root"), desk.session.chan("consultation")
    reply = await desk.core.command_text(admin, channel, 'schedule show group:"Tuesday Peers"', workspace_admin=True)
    text = reply.outbound[0].message.plain_text()
    assert "presenting: <Mention>" in text and NOTE not in text, "a workspace admin may act as a facilitator"
    reply = await desk.core.command_text(admin, channel, 'schedule show group:"Tuesday Peers"')
    assert NOTE in reply.outbound[0].message.plain_text()


async def test_no_other_read_command_names_presenters_to_a_non_member(db: object) -> None:
    desk = await scheduled(db)
    await desk.say("bob", "rsvp yes")
    commands = ("next", "rotation show count:12", "calendar", "rsvp list", "attendance show", "members",
                "nudges show", "agreement show", "checkin status", "checkin results")
    for command in commands:
        out = await desk.say("zed", f'{command} group:"Tuesday Peers"')
        assert named(out) == [], command
    info = await desk.say("zed", 'group info "Tuesday Peers"')
    assert "Next meeting: Tue 1 Dec 2026" in info and "presenting" not in info.lower()
    assert named(info) == ["@alice"], "the facilitators, and no one else, are named to people thinking of joining"
    assert named(await desk.say("zed", "group list")) == []


# (b) One channel, one group's home, unless the facilitator confirms ---------------------------------------------------


async def test_a_second_group_cannot_silently_take_a_channel_that_is_a_groups_home(db: object) -> None:
    desk = Desk(db, START)  # type: ignore[arg-type]
    await desk.found_group(members=("bob",))
    out = await desk.say("carol", "group create Friday Circle")
    assert SHARED in out
    assert "`/consult group create Friday Circle confirm:yes`" in out
    assert "[#consultation]" not in out, "nothing is announced, nothing is created"
    listed = await desk.say("carol", "group list")
    assert "Tuesday Peers" in listed and "Friday Circle" not in listed

    out = await desk.say("carol", "group create Friday Circle confirm:yes")
    assert "You're its facilitator" in out
    channel = "\n".join(line for line in out.splitlines() if line.startswith("[#consultation]"))
    assert "“Friday Circle”, has started here" in channel
    assert "This channel is also the home of Tuesday Peers" in channel, "the first group's members are told"
    assert "Friday Circle" in await desk.say("carol", "group list")


async def test_three_groups_and_other_channels(db: object) -> None:
    desk = Desk(db, START)  # type: ignore[arg-type]
    await desk.found_group()
    await desk.say("carol", "group create Friday Circle confirm:yes")
    out = await desk.say("dan", "group create Monday Room")
    assert "already the home of Friday Circle and Tuesday Peers" in out and "Monday Room" not in \
        await desk.say("dan", "group list")
    elsewhere = await desk.run("@dan in #monday: /consult group create Monday Room")
    assert "You're its facilitator" in elsewhere and "already the home" not in elsewhere
    assert "also the home" not in elsewhere
    refused = await desk.say("erin", "group create Sunday Set confirm:no")
    assert "already the home of" in refused


# The same through the console, as a transcript ---------------------------------------------------------------------


def test_the_console_transcript_shows_both_rules() -> None:
    script = "\n".join((
        "time set 2026-11-30 09:00 UTC",
        "@alice: /consult group create Tuesday Peers tz:America/Denver",
        "@bob: /consult join Tuesday Peers",
        '@bob click "I accept"',
        "@alice: /consult schedule set weekly on Tuesday at 18:00 from 2026-12-01",
        "@zed in #lobby: /consult schedule show group:\"Tuesday Peers\" count:20",
        f'expect "{NOTE}"',
        "@bob: /consult schedule show count:20",
        'expect "presenting: @bob"',
        "@carol: /consult group create Friday Circle",
        'expect "This channel is already the home of Tuesday Peers"',
        "@carol: /consult group create Friday Circle confirm:yes",
        'expect "This channel is also the home of Tuesday Peers"',
    ))
    result = subprocess.run([sys.executable, "-m", "roundtable.cli", "console", "--script", "-"], input=script,
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.split("> @zed in #lobby:")[1].split("> expect")[0]
    assert "Tue 1 Dec 2026" in shown and "@alice" not in shown and "@bob" not in shown
