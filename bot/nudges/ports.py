"""What nudges need from storage: the ledger. The SQL implementation is storage.nudge_ledger.SqlNudges."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.nudges.plan import NudgeKey, NudgeRecord
from bot.ports import UnitOfWork


class NudgeLedger(Protocol):
    async def groups_due(self, now: datetime, after_id: int, limit: int) -> list[int]: ...
    async def recorded(self, group_ids: list[int], since: datetime) -> set[NudgeKey]: ...
    async def record(self, rows: list[NudgeRecord]) -> int: ...
    async def advance(self, looked: list[tuple[int, datetime | None]], now: datetime) -> None:
        """Groups planned through `now`: each with the next moment anything could fall due for it."""
    async def claim(self, now: datetime, lease_until: datetime, limit: int) -> list[NudgeRecord]:
        """Take up to `limit` deliverable rows, most urgent first (`plan.matters_at`), under a lease; atomic: a
        row is taken by one claimer only."""
    async def finish_many(self, records: list[NudgeRecord]) -> None: ...
    async def finish(self, record: NudgeRecord) -> None: ...
    async def next_due(self) -> datetime | None: ...


class NudgeUnitOfWork(UnitOfWork, Protocol):
    """A unit of work with the nudge ledger (storage.unit_of_work.SqlUnitOfWork is one; so is tests' FakeUnitOfWork)."""

    @property
    def nudges(self) -> NudgeLedger: ...
    async def __aenter__(self) -> NudgeUnitOfWork: ...


class NudgeUnitOfWorkFactory(Protocol):
    def __call__(self) -> NudgeUnitOfWork: ...
