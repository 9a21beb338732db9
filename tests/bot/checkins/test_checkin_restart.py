"""What a crash or restart loses: the answers held in memory. Their members were never marked, so they are told
they haven't answered, can answer again, and get the reminder."""
from __future__ import annotations

from bot.checkins.mixing import AnswerMixer
from storage.database import Database
from tests.helpers.checkins import CheckinDesk, lines_for

ROSTER = ("bob", "carol", "dan", "erin", "fay")


async def test_answers_held_at_a_restart_are_lost_and_asked_again(database: Database) -> None:
    desk = CheckinDesk(database)
    await desk.found_group(members=ROSTER)
    await desk.say("alice", "checkin settings cadence:off k:4")
    await desk.say("alice", "checkin start")
    for name in ("bob", "carol"):
        assert "Thank you" in await desk.answer(name, 2)
    assert "You have answered this round" in await desk.say("bob", "checkin status")

    restarted = AnswerMixer()                        # a new process: nothing held survives
    desk.core.checkin_mixer = desk.checkins.mixer = restarted
    async with database() as uow:
        round_ = await uow.checkins.open_round(1)
        assert round_ is not None and await uow.checkins.answered(round_.id or 0) == set()
    assert "You haven't answered yet" in await desk.say("bob", "checkin status")
    assert "Thank you" in await desk.answer("bob", 3), "answering again is allowed: nothing of the first was kept"
    out = await desk.run("time +2d1h")               # the reminder, 24 h before the close
    reminded = lines_for(out, "[DM to @carol]")
    assert reminded and "answering again is safe" in "\n".join(reminded)
    assert not lines_for(out, "[DM to @bob]"), "bob's new answer is held: no reminder"
