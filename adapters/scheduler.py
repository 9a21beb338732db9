"""Wakes the sweeps (nudges, check-in rounds, data lifecycle). APScheduler (3.11) only decides *when*; what is due lives in the database.

The job runs every `interval` seconds and can be kicked early after a command changes something, so a new
presenter's preparation nudge goes out within moments. Only the leader (see `Leadership`) schedules; the
others try to take over every few seconds, which bounds takeover after a crash to well under 30 s.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.metrics import NO_METRICS, Metrics
from bot.ports import Sweepable
from bot.privacy import error_summary

log = logging.getLogger("roundtable.scheduler")


class Leadership(Protocol):
    """Whether this process is the one that schedules (storage/leader.py: a PostgreSQL advisory lock, or the sole
    SQLite process), built by the composition root."""

    async def try_acquire(self) -> bool: ...
    async def still_held(self) -> bool: ...
    async def release(self) -> None: ...


class NudgeRunner:
    """`every_replica` runs on each election round, leader or not (writing the check-in answers this process holds
    for rounds past their closing time); `on_stop` on a graceful stop, before the lock is released; `on_lead` each
    time this process takes the lead, before its first sweep (the check-ins' re-ask after a restart)."""

    def __init__(self, service: Sweepable, leadership: Leadership, interval: float = 30.0,
                 election_every: float = 5.0, every_replica: Callable[[], Awaitable[Any]] | None = None,
                 on_stop: Callable[[], Awaitable[Any]] | None = None, metrics: Metrics = NO_METRICS,
                 on_lead: Callable[[], None] | None = None) -> None:
        self.service = service
        self.on_lead = on_lead
        self.metrics = metrics
        self.every_replica = every_replica
        self.on_stop = on_stop
        self.leadership = leadership
        self.interval = interval
        self.election_every = election_every
        self.scheduler: AsyncIOScheduler | None = None
        self.leading = False
        self._watch: asyncio.Task[Any] | None = None
        self._stopped = asyncio.Event()
        self._sweeping: asyncio.Task[Any] | None = None

    async def start(self) -> None:
        self._watch = asyncio.create_task(self._campaign(), name="roundtable-leader")

    async def stop(self, grace: float = 20.0) -> None:
        """A graceful stop: no new election or sweep; a sweep in flight gets `grace` seconds to finish, else it is
        cancelled (what it claimed is handed back: another replica sends it once the claim's lease runs out, with
        the same key); then `on_stop`, then the scheduling lock is released."""
        self._stopped.set()
        if self._watch is not None:
            self._watch.cancel()
            try:
                await self._watch
            except (asyncio.CancelledError, Exception):  # noqa: BLE001
                pass
        self._stand_down()
        sweeping = self._sweeping
        if sweeping is not None and not sweeping.done():
            await asyncio.wait({sweeping}, timeout=grace)
            if not sweeping.done():
                log.warning("a sweep still running after %.0f s: interrupted; its claims are retried", grace)
                sweeping.cancel()
                await asyncio.wait({sweeping}, timeout=5)
        if self.on_stop is not None:
            await self.on_stop()
        await self.leadership.release()
        log.info("scheduler stopped; scheduling lock released")

    def alive(self) -> bool:
        """The election loop is running (for /healthz): started and neither finished nor crashed."""
        return self._watch is not None and not self._watch.done()

    def kick(self) -> None:
        """Run a sweep soon (after a change), if this process leads."""
        if self.scheduler is not None and self.leading:
            self.scheduler.modify_job("nudge-sweep", next_run_time=datetime.now(UTC))

    async def _campaign(self) -> None:
        while not self._stopped.is_set():
            if self.every_replica is not None:
                await self.every_replica()
            if not self.leading:
                if await self.leadership.try_acquire():
                    self._take_lead()
            elif not await self.leadership.still_held():
                log.warning("lost the scheduling lock; standing down")
                self._stand_down()
            await asyncio.sleep(self.election_every)

    def _take_lead(self) -> None:
        log.info("this process now schedules nudges")
        self.leading = True
        self.metrics.leader(True)
        if self.on_lead is not None:
            self.on_lead()
        scheduler = AsyncIOScheduler(timezone=UTC, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        scheduler.add_job(self._sweep, IntervalTrigger(seconds=self.interval), id="nudge-sweep",
                          next_run_time=datetime.now(UTC))
        scheduler.start()
        self.scheduler = scheduler

    def _stand_down(self) -> None:
        self.leading = False
        self.metrics.leader(False)
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None

    async def _sweep(self) -> None:
        if not self.leading:
            return
        self._sweeping = asyncio.current_task()
        started = time.perf_counter()
        try:
            report = await self.service.sweep()
        except asyncio.CancelledError:  # shutting down mid-sweep: what was claimed is retried after its lease
            log.info("sweep interrupted by shutdown")
            return
        except Exception as error:  # noqa: BLE001 - keep the schedule alive; the next run retries
            log.error("sweep failed: %s", error_summary(error))
            return
        finally:
            self.metrics.sweep(time.perf_counter() - started)
        log.debug("sweep: %s", report)
