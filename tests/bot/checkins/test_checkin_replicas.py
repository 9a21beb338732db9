"""Check-ins with several replicas on one PostgreSQL database: each replica holds the answers it receives.

- A member's second answer through another replica counts once: a batch is written under the round's lock after
  dropping members whose marker another replica already wrote.
- What each replica still holds at the closing time is written by that replica (`settle_held`), and the scheduling
  replica closes the round a settle period later, so no held answer is lost.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.checkins.service import CheckinService
from bot.commands.catalog import build_registry
from bot.core import Core
from bot.messages import Reply
from tests.conftest import drop_database, make_database, postgres_or_skip
from tests.helpers.checkins import CheckinDesk, RecordingChat

pytestmark = pytest.mark.postgres
ROSTER = ("bob", "carol", "dan", "erin", "fay")
SETTLE = timedelta(minutes=1)


def text_of(reply: Reply) -> str:
    return "\n".join(o.message.plain_text() for o in reply.outbound)


async def two_replicas() -> tuple[CheckinDesk, Core, CheckinService, CheckinService, int, object, str | None]:
    postgres_or_skip()
    db, schema = await make_database("postgres")
    desk = CheckinDesk(db)                  # replica A: the console's core, which also schedules
    await desk.found_group(members=ROSTER)
    await desk.say("alice", "checkin settings cadence:off k:3")
    await desk.say("alice", "checkin start")
    replica_b = Core(build_registry(), db, desk.clock)    # its own memory, same database and clock
    service_a = CheckinService(db, desk.clock, RecordingChat(), desk.core.checkin_mixer, settle=SETTLE)
    service_b = CheckinService(db, desk.clock, RecordingChat(), replica_b.checkin_mixer, settle=SETTLE)
    async with db() as uow:
        round_ = await uow.checkins.open_round(1)
    assert round_ is not None and round_.id is not None
    return desk, replica_b, service_a, service_b, round_.id, db, schema


async def answer(desk: CheckinDesk, core: Core, name: str, option: int, round_id: int) -> str:
    return text_of(await core.click(desk.user(name), desk.channel(), "checkin.answer", f"{round_id}|{option}"))


async def test_a_second_answer_through_another_replica_counts_once() -> None:
    desk, b, service_a, service_b, rid, db, schema = await two_replicas()
    try:
        a = desk.core
        assert "Thank you" in await answer(desk, a, "bob", 1, rid)
        assert "Thank you" in await answer(desk, b, "bob", 5, rid), "replica B can't know bob's answer is held on A"
        for name, option in (("carol", 2), ("dan", 3)):
            await answer(desk, a, name, option, rid)                 # A: a batch of three is written
        for name, option in (("erin", 4), ("fay", 4)):
            await answer(desk, b, name, option, rid)                 # B holds bob, erin, fay: bob is dropped
        assert "already answered" in await answer(desk, b, "bob", 2, rid), "bob's first answer is written now"
        assert "already answered" in await answer(desk, a, "carol", 2, rid)
        await answer(desk, b, "alice", 5, rid)                       # B: erin, fay, alice make a batch
        async with db() as uow:                                      # type: ignore[operator]
            repo = uow.checkins
            assert await repo.written(rid) == 6
            assert await repo.counts(rid) == {1: 1, 2: 1, 3: 1, 4: 2, 5: 1}
    finally:
        await drop_database(db, schema)   # type: ignore[arg-type]


async def test_answers_each_replica_holds_at_the_close_are_all_counted() -> None:
    desk, b, service_a, service_b, rid, db, schema = await two_replicas()
    try:
        for name in ("bob", "carol", "dan"):
            await answer(desk, desk.core, name, 2, rid)             # a batch of three, on A
        await answer(desk, desk.core, "erin", 5, rid)               # held on A
        await answer(desk, b, "fay", 4, rid)                         # held on B
        async with db() as uow:                                      # type: ignore[operator]
            round_ = await uow.checkins.get_round(rid)
        assert round_ is not None
        desk.clock.set(round_.closes_at)
        assert "closed" in await answer(desk, b, "alice", 1, rid), "no answers after the closing time"
        report = await service_a.sweep()
        assert report.released == 0, "the round waits for other replicas to write what they hold"
        assert await service_b.settle_held() == 1 and await service_a.settle_held() == 1
        desk.clock.set(round_.closes_at + SETTLE)
        report = await service_a.sweep()
        assert report.released == 1
        async with db() as uow:                                      # type: ignore[operator]
            repo = uow.checkins
            assert await repo.counts(rid) == {1: 0, 2: 3, 3: 0, 4: 1, 5: 1}
            assert await repo.answered(rid) == set(), "no marker survives the round"
    finally:
        await drop_database(db, schema)   # type: ignore[arg-type]
