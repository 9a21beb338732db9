"""A monotonic clock moved by hand, for the pacer (bot/nudges/pacing.py): `sleep` returns when the test has moved
time past its end, never because real time passed."""
from __future__ import annotations

import asyncio
import heapq
import itertools


class HandTicker:
    def __init__(self) -> None:
        self.t = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.t + seconds, next(self._seq), future))
        await future

    async def advance(self, seconds: float) -> None:
        """Move time on by `seconds`, waking each sleeper at its own moment, in order."""
        target = self.t + seconds
        while self._sleepers and self._sleepers[0][0] <= target + 1e-12:
            at, _, future = heapq.heappop(self._sleepers)
            self.t = max(self.t, at)
            if not future.done():
                future.set_result(None)
            await settle()
        self.t = target
        await settle()


async def settle() -> None:
    """Let every task that can run, run (yields to the loop; no time passes)."""
    for _ in range(20):
        await asyncio.sleep(0)
