"""One lifecycle sweep for the scheduler: purge departed workspaces, then run the core's own lifecycle sweeps.

Departures: the Slack adapter records one on `app_uninstalled`, the Discord adapter on leaving a server, and the
return when the app is installed again (storage/departures.py); the data is purged `DEFAULT_GRACE` later unless
the workspace came back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock
from bot.identity import WorkspaceRef
from bot.lifecycle.ports import DepartedWorkspaces
from bot.ports import Sweepable

# How long a workspace that removed the app keeps its data, in case it comes back.
DEFAULT_GRACE = timedelta(days=30)


@dataclass
class LifecycleReport:
    purged: list[WorkspaceRef] = field(default_factory=list)
    reports: list[Any] = field(default_factory=list)


class LifecycleService:
    """Purges departed workspaces and runs the core's own lifecycle sweeps (request retention, re-acceptance
    prompts). The scheduler calls `sweep` beside the nudge sweep; the console walks its clock by `next_due`."""

    def __init__(self, departures: DepartedWorkspaces, clock: Clock, *sweepers: Sweepable) -> None:
        self.departures = departures
        self.clock = clock
        self.sweepers = sweepers

    async def sweep(self) -> LifecycleReport:
        report = LifecycleReport(await self.departures.purge_due(self.clock.now()))
        for sweeper in self.sweepers:
            report.reports.append(await sweeper.sweep())
        return report

    async def next_due(self) -> datetime | None:
        found = [await self.departures.next_purge()] + [await s.next_due() for s in self.sweepers]
        moments = [m for m in found if m is not None]
        return min(moments) if moments else None
