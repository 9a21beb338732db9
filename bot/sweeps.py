"""Everything the scheduler wakes, as one: nudges, check-in rounds, data lifecycle. Each part answers "what is
due now?" from the database; this only runs them in turn and says when the next thing falls due."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, ClassVar, Self

from bot.ports import Sweepable
from bot.privacy import error_summary

log = logging.getLogger("roundtable.sweeps")


class Tally:
    """A report of counts that adds up field by field (`report += other`): subclass it with a dataclass of ints."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def __iadd__(self, other: Self) -> Self:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


class Sweeps:
    """`every_replica`: work each replica does for itself, leader or not (writing the check-in answers it holds for
    rounds that have reached their closing time); `on_stop`: work for a graceful stop."""

    def __init__(self, *parts: Sweepable, every_replica: tuple[Callable[[], Awaitable[Any]], ...] = (),
                 on_stop: tuple[Callable[[], Awaitable[Any]], ...] = ()) -> None:
        self.parts = list(parts)
        self.every_replica = every_replica
        self.on_stop = on_stop

    async def replica_tick(self) -> None:
        for task in self.every_replica:
            try:
                await task()
            except Exception as error:  # noqa: BLE001 - retried at the next tick
                log.error("replica task failed: %s", error_summary(error))

    async def stop(self) -> None:
        for task in self.on_stop:
            try:
                await task()
            except Exception as error:  # noqa: BLE001
                log.error("stop task failed: %s", error_summary(error))

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
