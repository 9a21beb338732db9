"""Telling the truth about held answers, and asking again after a restart (issue 17).

An answer is only held in the process's memory until it can be written in a batch of at least k (the anonymity
guarantee); a crash loses it. So the thank-you says "held" unless this very answer completed a written batch, and a
process that takes over scheduling asks every member of each open round who is not marked as having answered again:
once per round per restart, only while the round is open and not in its last hour, privately with no fallback.
On SQLite and PostgreSQL, with the simulated clock.
"""
from __future__ import annotations

from datetime import timedelta

from bot.checkins.mixing import AnswerMixer
from bot.checkins.service import REASK_CUTOFF, CheckinService
from bot.checkins.texts import REASK_TITLE
from bot.messages import ToDirect
from storage.database import Database
from tests.helpers.checkins import CheckinDesk, RecordingChat, lines_for

ROSTER = ("bob", "carol", "dan", "erin", "fay")
EVERYONE = ("alice", *ROSTER)
HELD = "held privately for now"
STORED = "Thank you – your answer is in, stored mixed with other members' answers"


def restart(desk: CheckinDesk) -> CheckinService:
    """A new process on the same database: nothing held survives; it takes the lead (as NudgeRunner's `on_lead`)."""
    mixer = AnswerMixer()
    desk.core.checkin_mixer = mixer
    desk.checkins = CheckinService(desk.checkins.uow_factory, desk.clock, desk.session, mixer)
    desk.session.sweep, desk.session.next_due = desk.checkins.sweep, desk.checkins.next_due
    desk.checkins.restarted()
    return desk.checkins


def reasked(out: str) -> set[str]:
    return {name for name in EVERYONE if REASK_TITLE in "\n".join(lines_for(out, f"[DM to @{name}]"))}


async def started(database: Database, k: int = 3) -> CheckinDesk:
    desk = CheckinDesk(database)
    await desk.found_group(members=ROSTER)
    await desk.say("alice", f"checkin settings cadence:off k:{k}")
    await desk.say("alice", "checkin start")
    return desk


async def test_the_thank_you_says_held_until_the_answer_is_written_in_a_batch(database: Database) -> None:
    desk = await started(database)            # six eligible, k = 3: the third answer completes a batch of three
    for name in ("bob", "carol"):
        out = await desk.answer(name, 2)
        assert HELD in out and "If Roundtable restarts before then, it will ask you again" in out, out
        assert "your answer is in" not in out and "stored only mixed" not in out
    out = await desk.answer("dan", 4)
    assert STORED in out and HELD not in out, out
    out = await desk.answer("erin", 1)         # a new batch needs three more: held again
    assert HELD in out and "your answer is in" not in out, out


async def test_a_restart_asks_only_unmarked_members_of_the_open_round_and_only_once(database: Database) -> None:
    desk = await started(database)
    for name, option in (("bob", 2), ("carol", 3), ("dan", 4)):  # written as one batch: marked
        await desk.answer(name, option)
    await desk.answer("erin", 1)                                   # held only: lost by the restart
    quiet = await desk.run("time +1m")
    assert not reasked(quiet), "no restart, no re-ask"

    restart(desk)
    out = await desk.run("time +1m")
    assert reasked(out) == {"alice", "erin", "fay"}, out
    assert "[#consultation]" not in out, "no channel notice or fallback: it would name who hasn't answered"
    erin = "\n".join(lines_for(out, "[DM to @erin]"))
    assert "Roundtable restarted" in erin and "could not be kept" in erin and "still anonymous" in erin
    assert "buttons: [1]  [2]  [3]  [4]  [5]" in erin, "the prompt itself, through the usual outbound path"

    again = await desk.run("time +1m")
    assert not reasked(again), "once per round per restart"
    assert "Thank you" in await desk.answer("erin", 1), "erin's answer was lost: she may give it again"
    assert "already answered" in await desk.answer("bob", 5), "bob's answer is written: still refused"

    restart(desk)                                                   # a second restart asks again, erin included
    second = await desk.run("time +1m")                             # (her new answer was only held)
    assert reasked(second) == {"alice", "erin", "fay"}, second


async def test_members_whose_answer_this_process_holds_are_not_asked_again(database: Database) -> None:
    desk = await started(database, k=4)
    service = restart(desk)
    desk.session.sweep = None                     # bob answers the new process before its first sweep
    await desk.answer("bob", 2)
    desk.session.sweep = service.sweep
    out = await desk.run("time +1m")
    assert reasked(out) == set(EVERYONE) - {"bob"}, out


async def test_no_re_ask_for_closed_rounds_or_in_the_last_hour(database: Database) -> None:
    desk = await started(database)                # 72 h round
    await desk.answer("bob", 2)
    await desk.run("time +3d1m")                  # closed (withheld: one answer)
    restart(desk)
    out = await desk.run("time +1m")
    assert not reasked(out), "a closed round is not asked again"

    await desk.say("alice", "checkin settings hours:24")
    await desk.say("alice", "checkin start")
    await desk.run("time +1m")                    # the new round's reminder, 24 h before its close, went at once
    minutes_left = int(REASK_CUTOFF.total_seconds() // 60) - 1
    await desk.run(f"time +{24 * 60 - 2 - minutes_left}m")
    restart(desk)
    late = await desk.run("time +1m")
    assert not reasked(late), "not within REASK_CUTOFF of the close"
    async with database() as uow:
        assert await uow.checkins.open_round(1) is not None, "the round is still open: the cut-off is what held"


async def test_members_reminded_in_the_same_sweep_get_the_reminder_only_and_the_muted_the_re_ask(
        database: Database) -> None:
    desk = await started(database)
    assert "Muted:" in await desk.say("carol", "nudges mute")
    await desk.run("time +1d23h")                 # one hour before the reminder
    chat = RecordingChat()
    service = CheckinService(database, desk.clock, chat, AnswerMixer())   # a new process, swept here by hand
    service.restarted()
    desk.clock.advance(timedelta(hours=1, minutes=1))              # past the reminder time
    report = await service.sweep()
    assert report.reminded == 1 and report.reasked == 1
    assert all(isinstance(o.audience, ToDirect) and o.audience.fallback is None for o in chat.sent)
    by_member = {o.audience.user.id: o.message.plain_text() for o in chat.sent if isinstance(o.audience, ToDirect)}
    assert len(by_member) == len(chat.sent) == len(EVERYONE), "one message each"
    assert REASK_TITLE in by_member["carol"], "the reminder skips the muted; the re-ask keeps the thank-you's promise"
    assert all(text.startswith("Reminder") for name, text in by_member.items() if name != "carol")
    sent = len(chat.sent)
    assert (await service.sweep()).reasked == 0 and len(chat.sent) == sent, "the round counts as asked"
