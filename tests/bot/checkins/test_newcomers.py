"""Members who join after a check-in round opened are neither asked nor counted in it: they start with the next one.

Through the real command path (console transcript lines on the fakes and on SQLite). The console's clock stands
still between lines, so a join can land on the very instant a round opened, as two requests in the same
microsecond, or a replica whose clock lags the one that opened the round, can in production.
"""
from __future__ import annotations

import pytest

from bot.messages import ToPerson
from tests.helpers.checkins import CheckinDesk, lines_for

LATER = "you'll be asked from the next one"
# Weekly on Tuesday 18:00 Denver from 1 Dec: the first meeting ends 2 Dec 02:30 UTC, 1d17h30m after START.
TO_FIRST_END = "time +1d17h30m"


@pytest.fixture
def db(every_store: object) -> object:
    """Also on PostgreSQL: who joined when is decided under the group's row lock there."""
    return every_store


async def open_round_id(desk: CheckinDesk) -> int:
    async with desk.checkins.uow_factory() as uow:
        found = await uow.checkins.open_round(1)
        assert found is not None and found.id is not None
        return found.id


async def join(desk: CheckinDesk, user: str) -> str:
    await desk.say(user, "join Tuesday Peers")
    return await desk.run(f'@{user} click "I accept"')


async def assert_not_asked_and_not_counted(desk: CheckinDesk, newcomer: str, rid: int, answering: tuple[str, ...]) -> None:
    """The newcomer is told kindly they start next round, gets no reminder, and an answer from them is refused:
    with one answer short of k from the others, the round is withheld (it would be released if theirs counted)."""
    assert LATER in await desk.say(newcomer, "checkin status")
    assert LATER in await desk.say(newcomer, "checkin answer")
    reply = await desk.core.click(desk.user(newcomer), desk.channel(), "checkin.answer", f"{rid}|2")
    refused = reply.outbound[0].message.plain_text()
    assert isinstance(reply.outbound[0].audience, ToPerson) and LATER in refused and "went wrong" not in refused
    for user in answering:
        assert "Thank you" in await desk.answer(user, 2)
    later = await desk.run("time +2d")
    assert "== Reminder" in later, "the others who haven't answered are reminded"
    assert not lines_for(later, f"[DM to @{newcomer}]"), "the newcomer is not reminded"
    closed = await desk.run("time +1d1h")
    assert "Too few members answered" in closed, "the newcomer's answer was not counted"


async def test_joining_the_instant_after_a_facilitator_opened_a_round(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol", "dan"), extra="tz:America/Denver capacity:8")
    started = await desk.say("alice", "checkin start")
    assert "Started." in started
    await join(desk, "frank")                                   # same clock reading as the round's opening
    await assert_not_asked_and_not_counted(desk, "frank", await open_round_id(desk), ("alice", "bob", "carol"))


async def test_joining_the_instant_the_sweep_opened_a_round(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule(members=("bob", "carol", "dan"), extra="tz:America/Denver capacity:8")
    opening = await desk.run(TO_FIRST_END)
    assert "(the time is now 2026-12-02 02:30 UTC)" in opening and "Anonymous check-in for Tuesday Peers" in opening
    await join(desk, "frank")
    await assert_not_asked_and_not_counted(desk, "frank", await open_round_id(desk), ("alice", "bob", "carol"))


async def test_promoted_from_the_waitlist_the_instant_a_round_opened(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol", "dan", "erin"), extra="tz:America/Denver capacity:5")
    assert "waitlist" in await join(desk, "frank")
    await desk.run("time +1h")
    assert "Started." in await desk.say("alice", "checkin start")
    assert "@frank joined Tuesday Peers from the waitlist" in await desk.say("erin", "leave")
    await assert_not_asked_and_not_counted(desk, "frank", await open_round_id(desk), ("alice", "bob", "carol"))


async def test_promoted_by_a_larger_capacity_the_instant_a_round_opened(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol", "dan"), extra="tz:America/Denver capacity:4")
    assert "waitlist" in await join(desk, "frank")
    await desk.run("time +1h")
    assert "Started." in await desk.say("alice", "checkin start")
    assert "@frank joined Tuesday Peers from the waitlist" in await desk.say("alice", "group settings capacity:6")
    await assert_not_asked_and_not_counted(desk, "frank", await open_round_id(desk), ("alice", "bob", "carol"))


async def test_joining_the_instant_before_a_round_opens_is_joining_before_it(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol"), extra="tz:America/Denver capacity:8")
    await join(desk, "frank")                                   # same clock reading, but before the round exists
    started = await desk.say("alice", "checkin start")
    assert "[DM to @frank] == Anonymous check-in – Tuesday Peers ==" in started
    assert "You haven't answered yet" in await desk.say("frank", "checkin status")
    for user in ("alice", "bob", "carol", "frank"):
        assert "Thank you" in await desk.answer(user, 2)
    assert "4 answers" in await desk.run("time +3d1h")


async def test_a_newcomer_is_asked_in_the_next_round(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol", "dan"), extra="tz:America/Denver capacity:8")
    await desk.say("alice", "checkin settings cadence:off")
    await desk.say("alice", "checkin start")
    await join(desk, "frank")
    await desk.run("time +3d1h")
    started = await desk.say("alice", "checkin start")
    assert "[DM to @frank] == Anonymous check-in – Tuesday Peers ==" in started
    assert "Thank you" in await desk.answer("frank", 3)
