"""Pre-meeting nudges on real databases (SQLite and PostgreSQL): never lost, never doubled, right across DST."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.identity import WorkspaceRef
from bot.messages import Outbound, ToChannel, ToDirect
from bot.nudges import NudgeService
from bot.ports import DeliveryFailed
from storage.database import Database
from tests.helpers import Desk

UTC = UTC
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)   # Monday 02:00 in Denver


class RecordingChat:
    """A chat port that records what it was asked to send, and can fail on demand."""

    def __init__(self) -> None:
        self.sent: list[Outbound] = []
        self.fail_next: list[DeliveryFailed] = []

    async def send(self, outbound: Outbound) -> str:
        if self.fail_next:
            raise self.fail_next.pop(0)
        self.sent.append(outbound)
        return f"ref-{len(self.sent)}"

    def texts(self) -> list[str]:
        out = []
        for o in self.sent:
            who = f"#{o.audience.channel.id}" if isinstance(o.audience, ToChannel) else f"@{o.audience.user.id}"
            out.append(f"{who}: {o.message.plain_text().splitlines()[0]}")
        return out


async def setup(database: Database, schedule: str = "every 2 weeks on Tuesday at 18:00 from 2026-12-08",
                tz: str = "America/Denver", members: tuple[str, ...] = ("bob", "carol"),
                name: str = "Tuesday Peers") -> tuple[Desk, RecordingChat, NudgeService]:
    desk = Desk(database, START)
    await desk.found_group(members=members, extra=f"tz:{tz} confirm:yes", name=name)   # two groups share #consultation
    out = await desk.say("alice", f"schedule set {schedule} group:\"{name}\"")
    assert "now meets" in out, out
    chat = RecordingChat()
    return desk, chat, NudgeService(database, desk.clock, chat)


async def walk(desk: Desk, service: NudgeService, until: datetime) -> None:
    """Run the scheduler as production does, but with the injected clock: wake at each due moment."""
    for _ in range(1000):
        due = await service.next_due()
        if due is None or due > until:
            break
        if due > desk.clock.now():
            desk.clock.set(due)
        await service.sweep()
    desk.clock.set(until)
    await service.sweep()


async def ledger(database: Database) -> list:
    async with database() as uow:
        return await uow.nudges.all()


# Meeting: Tue 8 Dec 2026 18:00 MST = 9 Dec 01:00 UTC.
MEETING = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)


async def test_a_full_cycle_goes_out_once_each_at_the_right_time(database: Database) -> None:
    desk, chat, service = await setup(database)
    await walk(desk, service, MEETING + timedelta(hours=3))
    rows = [r for r in await ledger(database) if r.key.meeting_start == MEETING]
    sent = {(r.key.kind, r.key.recipient): r.sent_at for r in rows if r.status == "sent"}
    assert sent == {
        ("prepare", "alice"): MEETING - timedelta(days=7),
        ("last_call", "alice"): MEETING - timedelta(days=1),
        ("rsvp", "alice"): MEETING - timedelta(days=2),
        ("rsvp", "bob"): MEETING - timedelta(days=2),
        ("rsvp", "carol"): MEETING - timedelta(days=2),
        ("reminder_24h", ""): MEETING - timedelta(days=1),
        ("reminder_1h", ""): MEETING - timedelta(hours=1),
        ("after", "alice"): MEETING + timedelta(minutes=90),
    }
    assert not any(r.late for r in rows)
    texts = chat.texts()
    assert texts[0] == "@alice: You're presenting at Tuesday Peers"
    assert "#consultation: Tuesday Peers meets in about an hour" in texts
    reminder = next(o for o in chat.sent if isinstance(o.audience, ToChannel) and "hour" in o.message.plain_text())
    assert "Agenda: Check-in round → Case presentation → Feedback round → Closing" in reminder.message.plain_text()
    prepare = chat.sent[0]
    assert isinstance(prepare.audience, ToDirect) and prepare.audience.fallback is not None
    assert "[I'll present] [Pass this time]" in prepare.message.plain_text()


async def test_sweeps_and_restarts_never_send_twice(database: Database) -> None:
    desk, chat, service = await setup(database)
    await walk(desk, service, MEETING - timedelta(days=1, minutes=-5))
    first = len(chat.sent)
    await service.sweep()
    await service.sweep()
    restarted = NudgeService(database, desk.clock, chat)   # a new process: nothing in memory
    await restarted.sweep()
    assert len(chat.sent) == first
    keys = [r.key for r in await ledger(database)]
    assert len(keys) == len(set(keys))


async def test_confirmed_presenter_gets_no_last_call(database: Database) -> None:
    desk, chat, service = await setup(database)
    await walk(desk, service, MEETING - timedelta(days=6))
    from bot.identity import ChannelRef, UserRef

    async with database() as uow:
        group = (await uow.groups.for_user(UserRef("console", "demo", "alice")))[0]
        gid = group.id
    reply = await desk.core.click(UserRef("console", "demo", "alice"), ChannelRef("console", "demo", "x"),
                                  "nudge.confirm", f"{gid}|{MEETING.isoformat()}")
    assert "Thank you" in reply.outbound[0].message.plain_text()
    await walk(desk, service, MEETING + timedelta(hours=3))
    kinds = [r.key.kind for r in await ledger(database) if r.status == "sent"]
    assert "last_call" not in kinds and "prepare" in kinds


async def test_downtime_sends_what_is_still_useful_late_and_records_the_rest_as_missed(database: Database) -> None:
    desk, chat, service = await setup(database)
    await service.sweep()   # the schedule is known; then the bot is down for 8 days
    desk.clock.set(MEETING - timedelta(minutes=30))
    report = await service.sweep()
    rows = {(r.key.kind, r.key.recipient): r for r in await ledger(database) if r.key.meeting_start == MEETING}
    assert rows[("prepare", "alice")].status == "sent" and rows[("prepare", "alice")].late
    assert rows[("reminder_1h", "")].status == "sent" and rows[("reminder_1h", "")].late
    assert rows[("reminder_24h", "")].status == "superseded", "one reminder, not two at once"
    assert rows[("last_call", "alice")].status == "superseded"
    assert report.sent == len([r for r in rows.values() if r.status == "sent"])
    assert "Sorry this comes late" in chat.sent[0].message.plain_text()

    # Down again across the whole next meeting (Tue 22 Dec = 23 Dec 01:00 UTC): all of it is missed, not lost.
    nxt = datetime(2026, 12, 23, 1, 0, tzinfo=UTC)
    await walk(desk, service, MEETING + timedelta(days=2))
    desk.clock.set(nxt + timedelta(hours=1))
    sent_before = len(chat.sent)
    await service.sweep()
    missed = {r.key.kind for r in await ledger(database) if r.key.meeting_start == nxt and r.status == "missed"}
    assert missed == {"prepare", "last_call", "rsvp", "reminder_24h", "reminder_1h"}
    assert len(chat.sent) == sent_before


async def test_changes_recompute_pending_nudges_at_once(database: Database) -> None:
    desk, chat, service = await setup(database, members=("bob", "carol", "dan"))
    await desk.say("alice", "schedule skip 2026-12-22")
    await walk(desk, service, datetime(2026, 12, 31, 12, 0, tzinfo=UTC))
    assert not [r for r in await ledger(database) if r.key.occurrence == datetime(2026, 12, 23, 1, tzinfo=UTC)], \
        "no nudge at all for a cancelled meeting"
    jan5 = datetime(2027, 1, 6, 1, 0, tzinfo=UTC)
    prepared = [r.key.recipient for r in await ledger(database) if r.key.meeting_start == jan5 and r.key.kind == "prepare"]
    assert prepared == ["bob"]
    await desk.say("bob", "rotation pass")
    await service.sweep()
    prepared = {r.key.recipient for r in await ledger(database) if r.key.meeting_start == jan5 and r.key.kind == "prepare"}
    assert prepared == {"bob", "carol"}, "the new presenter is asked at once"
    await walk(desk, service, jan5 - timedelta(hours=2))
    last_calls = [r.key.recipient for r in await ledger(database) if r.key.meeting_start == jan5 and r.key.kind == "last_call"]
    assert last_calls == ["carol"], "none to the presenter who passed"

    # Moving the meeting moves its reminders.
    await desk.say("alice", "schedule move 2027-01-05 2027-01-07 18:00")
    moved = datetime(2027, 1, 8, 1, 0, tzinfo=UTC)
    await walk(desk, service, moved + timedelta(hours=3))
    reminders = {(r.key.kind, r.key.meeting_start) for r in await ledger(database) if r.key.kind == "reminder_1h"
                 and r.status == "sent"}
    assert ("reminder_1h", moved) in reminders and ("reminder_1h", jan5) not in reminders


async def test_lead_times_mute_and_turning_nudges_off(database: Database) -> None:
    desk, chat, service = await setup(database)
    out = await desk.say("alice", "nudges set prepare 3d")
    assert "3d before" in out
    await desk.say("alice", "nudges set reminder_24h off")
    await desk.say("bob", "nudges mute")
    assert "5d" not in await desk.say("alice", "nudges set prepare 5x")
    await walk(desk, service, MEETING + timedelta(hours=3))
    rows = [r for r in await ledger(database) if r.key.meeting_start == MEETING and r.status == "sent"]
    kinds = {(r.key.kind, r.key.recipient): r.sent_at for r in rows}
    assert kinds[("prepare", "alice")] == MEETING - timedelta(days=3)
    assert ("reminder_24h", "") not in kinds
    assert ("rsvp", "bob") not in kinds and ("rsvp", "carol") in kinds


async def test_transient_failures_retry_then_tell_the_facilitator(database: Database) -> None:
    desk, chat, service = await setup(database)
    chat.fail_next = [DeliveryFailed("rate_limited", False)] * 4
    await walk(desk, service, MEETING - timedelta(days=7) + timedelta(hours=1))
    prepare = next(r for r in await ledger(database) if r.key.kind == "prepare")
    assert prepare.status == "failed" and prepare.attempts == 4 and prepare.reason == "rate_limited"
    assert any("couldn't deliver the prepare nudge" in t for t in
               [o.message.plain_text() for o in chat.sent if isinstance(o.audience, ToDirect)])

    desk2, chat2, service2 = await setup(database, members=(), name="Second Circle")
    chat2.fail_next = [DeliveryFailed("unavailable", False)]
    await walk(desk2, service2, MEETING - timedelta(days=7) + timedelta(minutes=30))
    rows = [r for r in await ledger(database) if r.key.group_id != prepare.key.group_id and r.key.kind == "prepare"]
    assert rows[0].status == "sent" and rows[0].attempts == 2, "one retry after a minute succeeds"


@pytest.mark.parametrize("zone, schedule, local_dates, utc_hours", [
    # 18:00 local across DST: the UTC hour shifts, the wall clock does not.
    ("America/Denver", "weekly on Tuesday at 18:00 from 2027-03-01", ("2027-03-02", "2027-03-16"), (1, 0)),
    ("Europe/Berlin", "weekly on Tuesday at 18:00 from 2027-03-20", ("2027-03-23", "2027-03-30"), (17, 16)),
    ("Australia/Sydney", "weekly on Tuesday at 18:00 from 2027-03-30", ("2027-03-30", "2027-04-06"), (7, 8)),
])
async def test_reminders_keep_local_time_across_dst(database: Database, zone: str, schedule: str,
                                                   local_dates: tuple[str, str], utc_hours: tuple[int, int]) -> None:
    desk, chat, service = await setup(database, schedule=schedule, tz=zone)
    desk.clock.set(datetime(2027, 2, 20, tzinfo=UTC))
    await walk(desk, service, datetime(2027, 4, 20, tzinfo=UTC))
    sent = {r.key.meeting_start: r.sent_at for r in await ledger(database)
            if r.key.kind == "reminder_1h" and r.status == "sent"}
    from zoneinfo import ZoneInfo
    for local, hour in zip(local_dates, utc_hours):
        start = next(s for s in sent if s.astimezone(ZoneInfo(zone)).date().isoformat() == local)
        assert start.astimezone(ZoneInfo(zone)).strftime("%H:%M") == "18:00"
        assert start.hour == hour, f"{local} in {zone} should be {hour:02d}:00 UTC"
        assert sent[start] == start - timedelta(hours=1)


async def test_spring_forward_and_fall_back_meetings(database: Database) -> None:
    """02:30 on the spring-forward day does not exist: the meeting is at 03:30 MDT (09:30 UTC). 01:30 on the
    fall-back day happens twice: the meeting is the first one, 01:30 MDT (07:30 UTC)."""
    desk, chat, service = await setup(database, schedule="monthly on the 2nd Sunday at 02:30 from 2027-03-01")
    desk.clock.set(datetime(2027, 3, 1, tzinfo=UTC))
    await walk(desk, service, datetime(2027, 3, 15, tzinfo=UTC))
    starts = {r.key.meeting_start for r in await ledger(database) if r.key.kind == "reminder_1h" and r.status == "sent"}
    assert starts == {datetime(2027, 3, 14, 9, 30, tzinfo=UTC)}

    desk2, chat2, service2 = await setup(database, schedule="monthly on the 1st Sunday at 01:30 from 2027-10-01",
                                         name="Fall Back")
    desk2.clock.set(datetime(2027, 10, 20, tzinfo=UTC))
    await walk(desk2, service2, datetime(2027, 11, 10, tzinfo=UTC))
    rows = [r for r in await ledger(database) if r.key.kind == "reminder_1h" and r.status == "sent"
            and r.key.meeting_start.month == 11]
    assert [r.key.meeting_start for r in rows] == [datetime(2027, 11, 7, 7, 30, tzinfo=UTC)]
    assert rows[0].sent_at == datetime(2027, 11, 7, 6, 30, tzinfo=UTC)


async def test_a_sweep_records_when_to_look_at_the_group_again(database: Database) -> None:
    """The sweep moves each group's bookmark in one bulk statement: looked at through now, next due at the
    next nudge moment (here the 7-day preparation nudge for the first meeting)."""
    desk, chat, service = await setup(database)
    await service.sweep()
    async with database() as uow:
        group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
        assert group is not None
        assert group.nudged_through == START
        assert group.next_nudge_at == MEETING - timedelta(days=7)
    assert await service.next_due() == MEETING - timedelta(days=7)


async def test_a_sweep_records_a_meeting_that_has_taken_place_and_moves_the_rotation_on(database: Database) -> None:
    """The sweep reads members as plain rosters; a group whose meeting has started is loaded in full and
    settled first (the presenter takes a fresh turn mark), and what it writes reaches the database."""
    desk, chat, service = await setup(database)
    await walk(desk, service, MEETING - timedelta(minutes=30))
    desk.clock.set(MEETING + timedelta(hours=2))
    report = await service.plan(desk.clock.now())   # planning alone: the attendance prompt and the recap fall due
    assert report.recorded == 2
    async with database() as uow:
        group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
        assert group is not None
        held = await uow.groups.held(group, 5)
        assert [m.presenters for m in held] == [["alice"]]
        assert group.settled_until == MEETING
        marks = {m.user_id: m.turn_mark for m in group.active}
        assert marks["alice"] > max(marks["bob"], marks["carol"])
    nxt = datetime(2026, 12, 23, 1, 0, tzinfo=UTC)
    await walk(desk, service, nxt - timedelta(days=7))
    prepared = [r.key.recipient for r in await ledger(database) if r.key.meeting_start == nxt and r.key.kind == "prepare"]
    assert prepared == ["bob"]
