"""Everything the scheduler wakes, as one: nudges, check-in rounds, data lifecycle. Each part answers "what is
due now?" from the database; this only runs them in turn and says when the next thing falls due."""
from __future__ import annotations

import logging
from bot.privacy import error_summary
from datetime import datetime
from typing import Any, Protocol

log = logging.getLogger("roundtable.sweeps")


class Sweepable(Protocol):
    async def sweep(self) -> Any: ...
    async def next_due(self) -> datetime | None: ...


class Sweeps:
    def __init__(self, *parts: Sweepable) -> None:
        self.parts = list(parts)

    async def sweep(self) -> list[Any]:
        """Run every part; one part failing does not stop the others (it is retried at the next sweep)."""
        reports = []
        for part in self.parts:
            try:
                reports.append(await part.sweep())
            except Exception as error:  # noqa: BLE001
                log.error("%s sweep failed: %s", type(part).__name__, error_summary(error))
        return reports

    async def next_due(self) -> datetime | None:
        found = [due for part in self.parts if (due := await part.next_due()) is not None]
        return min(found) if found else None
