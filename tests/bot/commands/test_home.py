"""A member's own page (bot/commands/home.py) through the console's `@bob home`, on the fakes, SQLite and PostgreSQL:
what each person sees, the buttons work from it, and it shows nothing the person may not see elsewhere."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import Desk

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(every_store: object) -> Desk:
    return Desk(every_store, START)  # type: ignore[arg-type]


async def group_of(desk: Desk, *members: str, capacity: int = 3) -> None:
    await desk.found_group(members=members, extra=f"tz:America/Denver capacity:{capacity}")
    out = await desk.say("alice", "schedule set weekly on Tuesday at 18:00 from 2026-12-01")
    assert "now meets" in out, out


async def test_the_presenter_sees_their_turn_and_can_pass_from_the_page(desk: Desk) -> None:
    await group_of(desk, "bob")
    page = await desk.run("@alice home")
    assert "Next meeting: Tue 1 Dec 2026, 18:00 MST" in page and "Presenting: @alice" in page
    assert "It's your turn to present" in page and "[Pass this time]" in page and "[Write my request]" in page
    passed = await desk.run('@alice click "Pass this time"')
    assert "pass" in passed.lower()
    assert "Presenting: @bob" in await desk.run("@alice home")
    assert "It's your turn to present" in await desk.run("@bob home")


async def test_an_rsvp_from_the_page_is_recorded(desk: Desk) -> None:
    await group_of(desk, "bob")
    assert "Your answer: not yet." in await desk.run("@bob home")
    await desk.run('@bob click "No"')
    assert "Your answer: no." in await desk.run("@bob home")
    assert "Your answer: no." in await desk.say("bob", "next")


async def test_the_waitlisted_see_their_place_and_nothing_of_the_group(desk: Desk) -> None:
    await group_of(desk, "bob", "carol", "dan", "erin", capacity=3)
    dan, erin = await desk.run("@dan home"), await desk.run("@erin home")
    assert "You're number 1 on the waitlist" in dan and "You're number 2 on the waitlist" in erin
    for page in (dan, erin):
        assert "@alice" not in page and "@bob" not in page and "Next meeting" not in page


async def test_someone_in_no_group_gets_a_welcome(desk: Desk) -> None:
    await group_of(desk, "bob")
    page = await desk.run("@zed home")
    assert "Welcome to Roundtable" in page and "/consult group list" in page and "Tuesday Peers" not in page


async def test_the_calendar_button_is_for_members_of_that_group(desk: Desk) -> None:
    await group_of(desk, "bob")
    await desk.run("@bob home")
    out = await desk.run('@bob click "Calendar file"')
    assert "Tuesday Peers meets" in out and ".ics" in out
