"""Paced, most-urgent-first sending: token buckets for a platform's rate limits, shared by every message that
counts against them, with the waiting messages served in priority order.

A message names the limits it counts against (`bot.ports.Limit`, from the adapter's `limits`); `acquire` returns
when a token of each is free for it. Each time tokens come free the waiters are served in priority order, so the
most urgent message that can go takes the token; a less urgent one goes first only with tokens the more urgent
cannot use yet (one busy channel does not hold up the others). A message that makes two requests against a
limit names it twice and waits for two tokens (a Discord DM whose channel must be opened first). Time is injected (`Ticker`): tests move it by
hand."""
from __future__ import annotations

import asyncio
import heapq
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.ports import Limit

_EPSILON = 1e-9


class Ticker(Protocol):
    """Monotonic seconds and a way to wait for them (the event loop's in production, a hand-moved one in tests)."""

    def now(self) -> float: ...
    async def sleep(self, seconds: float) -> None: ...


class LoopTicker:
    def now(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Bucket:
    def __init__(self, limit: Limit, now: float) -> None:
        self.rate = limit.per_second
        self.burst = max(1, limit.burst)
        self.tokens = float(self.burst)
        self.at = now

    def refill(self, now: float) -> None:
        if now > self.at:
            self.tokens = min(float(self.burst), self.tokens + (now - self.at) * self.rate)
            self.at = now

    def ready(self, need: int = 1) -> bool:
        return self.tokens >= min(need, self.burst) - _EPSILON

    def wait(self, need: int = 1) -> float:
        """Seconds until this bucket has `need` tokens (at most its burst: a bigger need goes into debt)."""
        return max(0.0, (min(need, self.burst) - self.tokens) / self.rate) if self.rate > 0 else float("inf")


@dataclass(order=True)
class _Waiter:
    priority: Any
    seq: int
    limits: Sequence[Limit] = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class Pacer:
    def __init__(self, ticker: Ticker | None = None) -> None:
        self.ticker: Ticker = ticker or LoopTicker()
        self._buckets: dict[str, _Bucket] = {}
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()
        self._pump: asyncio.Task[None] | None = None
        self._pump_at = float("inf")

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    async def acquire(self, limits: Sequence[Limit], priority: Any) -> None:
        """Wait until a token of each of `limits` is free for this message, serving lower `priority` first."""
        if not limits:
            return
        waiter = _Waiter(priority, next(self._seq), limits, asyncio.get_running_loop().create_future())
        heapq.heappush(self._waiting, waiter)
        self._grant()
        try:
            await waiter.granted
        except asyncio.CancelledError:
            if waiter in self._waiting:
                self._waiting.remove(waiter)
                heapq.heapify(self._waiting)
            raise

    def _bucket(self, limit: Limit, now: float) -> _Bucket:
        bucket = self._buckets.get(limit.key)
        if bucket is None:
            bucket = self._buckets[limit.key] = _Bucket(limit, now)
        bucket.refill(now)
        return bucket

    def _grant(self) -> None:
        """Serve every waiter that can go now, most urgent first, then wake again when a blocked one could."""
        now = self.ticker.now()
        reserved: set[str] = set()
        soonest = float("inf")
        still: list[_Waiter] = []
        for waiter in sorted(self._waiting):
            if waiter.granted.done():  # cancelled meanwhile
                continue
            need = Counter(limit.key for limit in waiter.limits)  # a limit named twice: two requests
            buckets = {limit.key: self._bucket(limit, now) for limit in waiter.limits}
            blocked = [(key, bucket) for key, bucket in buckets.items()
                       if key in reserved or not bucket.ready(need[key])]
            if not blocked:
                for key, bucket in buckets.items():
                    bucket.tokens -= need[key]
                waiter.granted.set_result(None)
                continue
            still.append(waiter)
            for key, bucket in blocked:
                reserved.add(key)
                if not bucket.ready(need[key]):
                    soonest = min(soonest, bucket.wait(need[key]))
        self._waiting = still
        heapq.heapify(self._waiting)
        if self._waiting and soonest < float("inf"):
            self._wake_in(soonest, now)

    def _wake_in(self, delay: float, now: float) -> None:
        at = now + delay
        if self._pump is not None and not self._pump.done() and self._pump_at <= at + _EPSILON:
            return  # already waking by then
        if self._pump is not None and not self._pump.done():
            self._pump.cancel()
        self._pump_at = at
        self._pump = asyncio.get_running_loop().create_task(self._sleep_then_grant(delay))

    async def _sleep_then_grant(self, delay: float) -> None:
        await self.ticker.sleep(delay)
        self._pump, self._pump_at = None, float("inf")
        self._grant()
