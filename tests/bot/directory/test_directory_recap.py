"""Issue 16, sharing resources: a resource tied to a meeting (`resources add … for:next`) and the after-meeting
recap in the group's channel, on SQLite and PostgreSQL with an injected clock - sent once, only when something was
shared, and not again after a restart."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.messages import Link, Mention, Outbound, Paragraph, ToChannel, When
from bot.nudges import NudgeService
from roundtable.compose import recap_notes
from storage.database import Database
from tests.helpers import Desk

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)   # Monday 02:00 in Denver
MEETING = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)  # Tue 8 Dec 18:00 in Denver
NEXT = MEETING + timedelta(days=14)


class RecordingChat:
    def __init__(self) -> None:
        self.sent: list[Outbound] = []

    async def send(self, outbound: Outbound) -> str:
        self.sent.append(outbound)
        return f"ref-{len(self.sent)}"

    def recaps(self) -> list[str]:
        return [text(o) for o in self.sent if isinstance(o.audience, ToChannel) and text(o).startswith("Shared for")]


def text(outbound: Outbound) -> str:
    """The message as words, links as `label <url>`, people as @name, times as ISO."""
    def span(s: object) -> str:
        if isinstance(s, Link):
            return f"{s.label} <{s.url}>"
        if isinstance(s, Mention):
            return f"@{s.user.id}"
        if isinstance(s, When):
            return s.at.isoformat()
        return str(s)
    return "\n".join("".join(span(s) for s in b.spans) for b in outbound.message.blocks if isinstance(b, Paragraph))


def service(database: Database, desk: Desk, chat: RecordingChat) -> NudgeService:
    """The nudge service as the composition root builds it: with the directory's recap hook."""
    return NudgeService(database, desk.clock, chat, agenda_notes=(recap_notes,))


async def walk(desk: Desk, nudges: NudgeService, until: datetime) -> None:
    """The scheduler, on the injected clock: wake at each due moment."""
    for _ in range(1000):
        due = await nudges.next_due()
        if due is None or due > until:
            break
        if due > desk.clock.now():
            desk.clock.set(due)
        await nudges.sweep()
    desk.clock.set(until)
    await nudges.sweep()


async def group(database: Database) -> Desk:
    desk = Desk(database, START)
    await desk.found_group(members=("bob", "carol"))
    out = await desk.say("alice", "schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-08")
    assert "now meets" in out, out
    return desk


async def test_a_resource_shared_for_the_next_meeting_is_in_its_recap_once(database: Database) -> None:
    desk = await group(database)
    out = await desk.say("bob", 'resources add https://example.org/grounding.pdf title:"Grounding worksheet" for:next')
    assert "Saved for Tuesday Peers as resource 1, for the meeting on Tue 8 Dec 2026 (its recap lists it)" in out, out
    await desk.say("carol", "resources add https://example.org/old.pdf title:\"Not for this meeting\"")
    listed = await desk.say("alice", "resources list")
    assert "Grounding worksheet" in listed and "for the meeting on" in listed
    assert listed.count("for the meeting on") == 1

    chat = RecordingChat()
    nudges = service(database, desk, chat)
    await walk(desk, nudges, MEETING - timedelta(hours=2))
    assert chat.recaps() == []
    # Shared on the meeting's day, for no meeting in particular: that day's recap lists it too.
    await desk.say("carol", "resources add Local DBT skills group on Mondays, sliding scale")
    # Bob leaves and takes his name off what he shared; the recap never says who shared anyway.
    assert "your name on 1 shared resource" in await desk.say("bob", "leave forget:yes")
    await walk(desk, nudges, MEETING + timedelta(hours=3))
    recaps = chat.recaps()
    assert len(recaps) == 1, recaps
    assert "Grounding worksheet <https://example.org/grounding.pdf>" in recaps[0]
    assert "Local DBT skills group on Mondays, sliding scale" in recaps[0]
    assert "Not for this meeting" not in recaps[0] and "bob" not in recaps[0] and "carol" not in recaps[0]

    # A restart: a new service over the same ledger sends nothing again.
    chat2 = RecordingChat()
    await walk(desk, service(database, desk, chat2), MEETING + timedelta(days=1))
    assert chat2.recaps() == []


async def test_no_recap_when_nothing_was_shared(database: Database) -> None:
    desk = await group(database)
    await desk.say("bob", 'resources add https://example.org/a.pdf title:"For the second meeting" for:2026-12-22')
    chat = RecordingChat()
    nudges = service(database, desk, chat)
    await walk(desk, nudges, MEETING + timedelta(hours=3))
    assert chat.recaps() == []  # nothing was shared for the first meeting or on its day
    async with database() as uow:
        rows = [r for r in await uow.nudges.all() if r.key.kind == "recap"]
    assert [(r.key.meeting_start, r.status, r.reason) for r in rows] == [(MEETING, "dropped", "nothing shared")]
    await walk(desk, nudges, NEXT + timedelta(hours=3))
    recaps = chat.recaps()
    assert len(recaps) == 1 and "For the second meeting <https://example.org/a.pdf>" in recaps[0]


async def test_a_meeting_date_that_names_no_meeting_is_refused(database: Database) -> None:
    desk = await group(database)
    assert "for:next" in await desk.say("bob", "resources add https://example.org/x title:X for:someday")
    out = await desk.say("bob", "resources add https://example.org/x title:X for:2026-12-09")
    assert "Saved" not in out
    assert "keeps no resources yet" in await desk.say("bob", "resources list")


async def test_a_group_can_turn_the_recap_off(database: Database) -> None:
    desk = await group(database)
    assert "recap" in await desk.say("alice", "nudges set recap off")
    await desk.say("bob", 'resources add https://example.org/a.pdf title:"A worksheet" for:next')
    chat = RecordingChat()
    await walk(desk, service(database, desk, chat), MEETING + timedelta(hours=3))
    assert chat.recaps() == []
    async with database() as uow:
        assert [r for r in await uow.nudges.all() if r.key.kind == "recap"] == []
