"""The pacer (bot/nudges/pacing.py) on a clock moved by hand: each limit holds, the most urgent waiter goes first,
and one busy channel holds up nobody else. No real time passes."""
from __future__ import annotations

import asyncio
from typing import Any

from bot.nudges.pacing import Pacer
from bot.ports import Limit
from tests.helpers.hand_ticker import HandTicker, settle


class Granted:
    def __init__(self, pacer: Pacer, ticker: HandTicker) -> None:
        self.pacer, self.ticker = pacer, ticker
        self.at: dict[Any, float] = {}
        self.order: list[Any] = []
        self.tasks: list[asyncio.Task[None]] = []

    def ask(self, name: Any, limits: list[Limit], priority: Any = 0) -> None:
        async def wait() -> None:
            await self.pacer.acquire(limits, priority)
            self.at[name] = self.ticker.now()
            self.order.append(name)

        self.tasks.append(asyncio.get_running_loop().create_task(wait()))


async def test_one_channel_gets_one_message_a_second() -> None:
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    for i in range(5):
        granted.ask(i, [Limit("slack:T1:channel:C1", 1.0)], priority=i)
    await settle()
    assert granted.order == [0]
    await ticker.advance(0.5)
    assert granted.order == [0]
    for _ in range(8):
        await ticker.advance(0.5)
    assert granted.at == {0: 0.0, 1: 1.0, 2: 2.0, 3: 3.0, 4: 4.0}


async def test_a_burst_then_the_rate() -> None:
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    for i in range(25):
        granted.ask(i, [Limit("discord:channel:1", 1.0, 5)], priority=i)
    await settle()
    assert len(granted.order) == 5  # the bucket's burst at once
    await ticker.advance(10)
    assert len(granted.order) == 15  # then one a second
    times = sorted(granted.at.values())
    for start in times:  # never more than burst + rate x window in any window
        assert sum(1 for t in times if start <= t < start + 3) <= 5 + 3


async def test_the_most_urgent_waiter_goes_first() -> None:
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    workspace = Limit("slack:T1:chat.postMessage", 2.0)
    granted.ask("first", [workspace], priority=(9, 0))
    await settle()
    for i in range(6):  # RSVP messages for a meeting in two days, waiting
        granted.ask(f"rsvp{i}", [workspace], priority=(48, i))
    await settle()
    granted.ask("reminder", [workspace], priority=(1, 0))  # comes later, matters sooner
    await settle()
    await ticker.advance(0.5)
    assert granted.order == ["first", "reminder"]
    await ticker.advance(3)
    assert granted.order == ["first", "reminder", "rsvp0", "rsvp1", "rsvp2", "rsvp3", "rsvp4", "rsvp5"]


async def test_a_busy_channel_holds_up_no_other() -> None:
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    everyone = Limit("discord:global", 48.0)
    for i in range(3):  # the most urgent, all to one channel
        granted.ask(f"busy{i}", [everyone, Limit("discord:channel:1", 1.0)], priority=(0, i))
    for i in range(3):  # less urgent, each to a channel of its own
        granted.ask(f"other{i}", [everyone, Limit(f"discord:channel:{10 + i}", 1.0)], priority=(5, i))
    await settle()
    await ticker.advance(0.1)
    assert set(granted.order) == {"busy0", "other0", "other1", "other2"}
    assert max(granted.at.values()) <= 0.1  # the global limit spaced them by 1/48 s, not by the busy channel
    await ticker.advance(2)
    assert granted.at["busy1"] == 1.0 and granted.at["busy2"] == 2.0


async def test_the_global_limit_holds_under_many_channels() -> None:
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    everyone = Limit("discord:global", 48.0)
    for i in range(200):
        granted.ask(i, [everyone, Limit(f"discord:channel:{i}", 1.0, 5)], priority=i)
    for _ in range(50):
        await ticker.advance(0.1)
    assert len(granted.order) == 200 and granted.order == list(range(200))  # in priority order
    times = sorted(granted.at.values())
    for start in times:
        assert sum(1 for t in times if start <= t < start + 1) <= 49  # 48 a second, plus the one at the edge


async def test_a_cancelled_waiter_leaves_the_queue() -> None:
    ticker = HandTicker()
    pacer = Pacer(ticker)
    granted = Granted(pacer, ticker)
    channel = Limit("c", 1.0)
    granted.ask("a", [channel], 0)
    granted.ask("b", [channel], 1)
    granted.ask("c", [channel], 2)
    await settle()
    granted.tasks[1].cancel()
    await settle()
    await ticker.advance(1)
    assert granted.order == ["a", "c"] and pacer.waiting == 0


async def test_a_message_naming_a_limit_twice_takes_two_of_its_tokens() -> None:
    """A Discord DM whose channel must be opened first makes two requests against the global limit (create_dm, then
    the message): the next message waits for both tokens to come back, not one."""
    ticker = HandTicker()
    granted = Granted(Pacer(ticker), ticker)
    both = Limit("discord:global", 1.0, 2)
    for i in range(3):
        granted.ask(i, [both, both], priority=i)
    await settle()
    for _ in range(12):
        await ticker.advance(0.5)
    assert granted.at == {0: 0.0, 1: 2.0, 2: 4.0}
