"""A console desk with consultation requests wired in, as the composition root will wire them."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from bot.cases.agreements import AgreementPrompts
from bot.cases.model import CaseRequest
from bot.cases.service import CaseService
from bot.identity import ChannelRef
from bot.messages import Outbound
from bot.ports import DeliveryFailed, UnitOfWorkFactory
from tests.helpers import Desk
from tests.helpers.fakes import FakeDatabase

CLEAN = {
    "question": "How do I hold a boundary when a client keeps asking to extend sessions?",
    "context": "Adult client, two years of weekly work, recent job loss; requests have grown since the spring.",
    "tried": "Naming the pattern and offering a fixed check-in at the start of the hour.",
    "feedback": "Intervention ideas",
}


class ConsoleChat:
    """The console's chat port with the optional `delete` capability every adapter is asked to add."""

    def __init__(self, desk: Desk, deletable: bool = True) -> None:
        self.desk = desk
        self.deleted: list[str] = []
        self.fail_next: list[DeliveryFailed] = []
        self.fail_delete: list[DeliveryFailed] = []
        self.sent: list[Outbound] = []
        if deletable:
            self.delete = self._delete

    async def send(self, outbound: Outbound) -> str | None:
        if self.fail_next:
            raise self.fail_next.pop(0)
        self.sent.append(outbound)
        return await self.desk.session.send(outbound)

    async def _delete(self, channel: ChannelRef, reference: str) -> None:
        assert channel.platform == "console" and channel.id == "consultation"
        if self.fail_delete:
            raise self.fail_delete.pop(0)
        self.deleted.append(reference)
        self.desk.session.echo(f"(Roundtable deleted message {reference})")


class CaseDesk(Desk):
    """A Desk whose core can post requests; `tick()` runs the lifecycle sweeps (retention, prompts) once."""

    def __init__(self, uow_factory: UnitOfWorkFactory, start: datetime, files: Path, deletable: bool = True,
                 with_nudges: bool = False) -> None:
        self.chat = ConsoleChat(self, deletable)  # reaches self.session only when it sends
        super().__init__(uow_factory, start, with_nudges=with_nudges, cases_chat=self.chat)
        self.uow_factory = uow_factory
        self.session.files_dir = files
        assert self.core.cases is not None
        self.cases: CaseService = self.core.cases
        self.prompts = AgreementPrompts(uow_factory, self.clock, self.chat)
        sweeps = [self.cases, self.prompts] + ([self.nudges] if with_nudges else [])

        async def sweep() -> None:
            for service in sweeps:
                await service.sweep()

        async def next_due() -> datetime | None:
            found = [await service.next_due() for service in sweeps]
            moments = [m for m in found if m is not None]
            return min(moments) if moments else None

        self.session.sweep, self.session.next_due = sweep, next_due

    async def submit_request(self, user: str, **values: str) -> str:
        fields = dict(CLEAN, **values)
        pairs = " ".join(f'{key}="{value}"' for key, value in fields.items())
        return await self.run(f'@{user} submit "Consultation request" {pairs}')

    async def requests(self) -> list[CaseRequest]:
        """Every request row, whatever its status (straight from the store, for assertions)."""
        return await all_requests(self.uow_factory)


async def all_requests(uow_factory: Any) -> list[CaseRequest]:
    if isinstance(uow_factory, FakeDatabase):
        return sorted(uow_factory.store.__dict__.get("cases", {}).get("requests", {}).values(), key=lambda r: r.id)
    from sqlalchemy import select

    from storage.case_tables import case_requests
    from storage.cases import _request

    async with uow_factory.engine.connect() as conn:
        rows = (await conn.execute(select(case_requests).order_by(case_requests.c.id))).mappings().all()
    return [_request(row) for row in rows]


async def presenting_group(desk: Desk, members: tuple[str, ...] = ("bob", "carol", "dan")) -> None:
    """Alice's group, meeting every Tuesday at 18:00 Denver time; alice presents first, then bob, carol, dan."""
    await desk.found_group(members=members)
    await desk.say("alice", "schedule set weekly on Tuesday at 18:00 from 2026-12-01")
