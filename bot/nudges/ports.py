"""What nudges need from storage: the ledger. The SQL implementation is storage.nudge_ledger.SqlNudges."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from bot.nudges.plan import NudgeKey, NudgeRecord


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


def nudges_of(uow: Any) -> NudgeLedger:
    """The unit of work's nudge ledger (`uow.nudges`; see storage/unit_of_work.py and tests/fakes.py). Taken this
    way, as `cases_of` and `checkins_of` do, so that bot.ports knows nothing of the services above it."""
    ledger = getattr(uow, "nudges", None)
    if ledger is None:
        raise RuntimeError("this unit of work has no `nudges` ledger: wire storage.nudge_ledger.SqlNudges")
    return ledger  # type: ignore[no-any-return]
