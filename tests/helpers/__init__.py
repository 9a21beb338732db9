"""Drive the core as people would, through the console adapter, and read what each person saw."""
from __future__ import annotations

import io
from datetime import datetime

from adapters.console.session import ConsoleSession, SimulatedClock
from bot.cases.service import CaseService
from bot.commands.catalog import build_registry
from bot.core import Core
from bot.nudges import NudgeService
from bot.ports import ChatPort, UnitOfWorkFactory


class Desk:
    """A console session over any unit-of-work factory, with its output captured."""

    def __init__(self, uow_factory: UnitOfWorkFactory, start: datetime, with_nudges: bool = False,
                 cases_chat: ChatPort | None = None) -> None:
        """`cases_chat`: the port the core's case service posts through (None: requests are not switched on)."""
        self.clock = SimulatedClock(start)
        cases = CaseService(uow_factory, self.clock, cases_chat) if cases_chat is not None else None
        self.core = Core(build_registry(), uow_factory, self.clock, cases=cases)
        self.out = io.StringIO()
        self.session = ConsoleSession(self.core, self.clock, self.out)
        self.nudges = NudgeService(uow_factory, self.clock, self.session)
        if with_nudges:
            self.session.sweep, self.session.next_due = self.nudges.sweep, self.nudges.next_due

    async def run(self, *lines: str) -> str:
        """Run transcript lines; return what they printed (commands echoed with `> `)."""
        start = self.out.tell()
        await self.session.run_lines(list(lines))
        self.out.seek(start)
        text = self.out.read()
        self.out.seek(0, io.SEEK_END)
        return text

    async def say(self, user: str, command: str) -> str:
        return await self.run(f"@{user}: /consult {command}")

    @property
    def last(self) -> str:
        return "\n".join(self.session.last_output)

    async def found_group(self, facilitator: str = "alice", members: tuple[str, ...] = (),
                          name: str = "Tuesday Peers", extra: str = "tz:America/Denver") -> None:
        await self.say(facilitator, f"group create {name} {extra}")
        for member in members:
            await self.say(member, f"join {name}")
            await self.run(f'@{member} click "I accept"')
