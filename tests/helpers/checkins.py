"""Shared helpers for check-in tests: a console desk whose clock walk also sweeps check-ins."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.checkins.service import CheckinService
from bot.identity import ChannelRef, UserRef
from bot.messages import Outbound
from bot.ports import DeliveryFailed, UnitOfWorkFactory
from tests.helpers import Desk

UTC = UTC
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)   # Monday 02:00 in Denver
# Weekly on Tuesday at 18:00 Denver from 1 Dec: 2 Dec 01:00 UTC, 90 minutes long -> ends 02:30 UTC.
FIRST_MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
FIRST_END = FIRST_MEETING + timedelta(minutes=90)
MEMBERS = ("bob", "carol", "dan", "erin")


class CheckinDesk(Desk):
    """A console session with the check-in sweep chained to its clock (as the console and scheduler will be)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, start: datetime = START, files: Path | None = None) -> None:
        super().__init__(uow_factory, start)
        self.checkins = CheckinService(uow_factory, self.clock, self.session, self.core.checkin_mixer)
        self.session.sweep, self.session.next_due = self.checkins.sweep, self.checkins.next_due
        if files is not None:
            self.session.files_dir = files

    async def group_with_schedule(self, members: tuple[str, ...] = MEMBERS, extra: str = "tz:America/Denver",
                                  schedule: str = "weekly on Tuesday at 18:00 from 2026-12-01") -> None:
        await self.found_group(members=members, extra=extra)
        out = await self.say("alice", f"schedule set {schedule}")
        assert "now meets" in out, out

    def user(self, name: str) -> UserRef:
        return self.session.user(name)

    def channel(self, name: str = "consultation") -> ChannelRef:
        return self.session.chan(name)

    async def answer(self, user: str, option: int | str) -> str:
        return await self.run(f'@{user} click "{option}"')

    async def who5(self, user: str, *answers: str) -> str:
        fields = " ".join(f'i{n}="{a}"' for n, a in enumerate(answers, 1))
        await self.run(f'@{user} click "Answer the check-in"')
        return await self.run(f'@{user} submit "WHO-5 check-in" {fields}')


class RecordingChat:
    """A chat port that records what it was asked to send and can fail for chosen people."""

    def __init__(self) -> None:
        self.sent: list[Outbound] = []
        self.unreachable: set[str] = set()

    async def send(self, outbound: Outbound) -> str:
        user = getattr(outbound.audience, "user", None)
        if user is not None and user.id in self.unreachable:
            raise DeliveryFailed("dm_closed", True)
        self.sent.append(outbound)
        return f"ref-{len(self.sent)}"


def lines_for(out: str, prefix: str) -> list[str]:
    """The printed lines of one audience (e.g. "[#consultation]" or "[DM to @bob]"), with continuation lines."""
    found: list[str] = []
    taking = False
    for line in out.splitlines():
        if line.startswith("["):
            taking = line.startswith(prefix)
        elif line.startswith(">") or line.startswith("("):
            taking = False
        if taking:
            found.append(line)
    return found
