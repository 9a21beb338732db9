"""The scheduler's graceful stop (adapters/scheduler.py: NudgeRunner.stop): no new sweep starts; a sweep in flight
finishes if it can within the grace, else it is interrupted (its claims are handed back through their lease); then
the stop work runs and the lock is released. The sweeps are driven by events, not by waiting on the clock."""
from __future__ import annotations

import asyncio

from adapters.scheduler import NudgeRunner
from adapters.status import PrometheusMetrics


class Lock:
    def __init__(self) -> None:
        self.held = False
        self.released = 0

    async def try_acquire(self) -> bool:
        self.held = True
        return True

    async def still_held(self) -> bool:
        return self.held

    async def release(self) -> None:
        self.held = False
        self.released += 1


class BlockedSweep:
    """A sweep that runs until the test lets it finish."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.finish = asyncio.Event()
        self.finished = 0
        self.interrupted = 0
        self.calls = 0

    async def sweep(self) -> list[object]:
        self.calls += 1
        self.started.set()
        try:
            await self.finish.wait()
        except asyncio.CancelledError:
            self.interrupted += 1
            raise
        self.finished += 1
        return []

    async def next_due(self) -> None:
        return None


async def _leading(sweeps: BlockedSweep, order: list[str], metrics: PrometheusMetrics) -> tuple[NudgeRunner, Lock]:
    lock = Lock()

    async def on_stop() -> None:
        order.append(f"on_stop (lock held: {lock.held})")

    runner = NudgeRunner(sweeps, lock, interval=3600, election_every=3600, on_stop=on_stop, metrics=metrics)
    await runner.start()
    await asyncio.wait_for(sweeps.started.wait(), 10)          # leader, first sweep running
    assert runner.leading and runner.alive()
    return runner, lock


async def test_a_sweep_in_flight_finishes_within_the_grace_then_the_lock_is_released() -> None:
    sweeps, order, metrics = BlockedSweep(), [], PrometheusMetrics()
    runner, lock = await _leading(sweeps, order, metrics)
    assert metrics.leading._value.get() == 1
    stopping = asyncio.create_task(runner.stop(grace=30))
    await asyncio.sleep(0)                                     # the stop has begun: it waits for the sweep
    assert not stopping.done()
    sweeps.finish.set()
    await asyncio.wait_for(stopping, 10)
    assert (sweeps.finished, sweeps.interrupted, sweeps.calls) == (1, 0, 1)
    assert order == ["on_stop (lock held: True)"] and lock.released == 1 and not lock.held
    assert not runner.alive() and not runner.leading and metrics.leading._value.get() == 0


async def test_a_sweep_past_the_grace_is_interrupted_and_the_lock_still_released() -> None:
    sweeps, order, metrics = BlockedSweep(), [], PrometheusMetrics()
    runner, lock = await _leading(sweeps, order, metrics)
    await asyncio.wait_for(runner.stop(grace=0.05), 10)
    assert (sweeps.finished, sweeps.interrupted) == (0, 1)
    assert order == ["on_stop (lock held: True)"] and lock.released == 1
    runner.kick()                                              # after the stop nothing is scheduled
    assert sweeps.calls == 1


async def test_taking_the_lead_calls_on_lead_before_the_first_sweep() -> None:
    """The check-ins' re-ask after a restart hangs on this: a process that takes the lead says so before it sweeps."""
    sweeps, lock = BlockedSweep(), Lock()
    order: list[str] = []
    runner = NudgeRunner(sweeps, lock, interval=3600, election_every=3600,
                         on_lead=lambda: order.append(f"lead after {sweeps.calls} sweeps"))
    await runner.start()
    await asyncio.wait_for(sweeps.started.wait(), 10)
    assert order == ["lead after 0 sweeps"]
    sweeps.finish.set()
    await runner.stop(grace=5)
    assert order == ["lead after 0 sweeps"], "once per taking of the lead"
