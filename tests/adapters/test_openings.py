"""adapters/direct_channels.py's Openings: one conversation opened per member at a time; a failed opening leaves
the others waiting on it to try for themselves, as each would have alone."""
from __future__ import annotations

import asyncio

import pytest

from adapters.direct_channels import MemoryDirectChannels, Openings
from bot.ports import DeliveryFailed


async def test_a_failed_opening_lets_the_waiting_send_open_it_itself() -> None:
    openings, store = Openings(), MemoryDirectChannels()
    answer = asyncio.Event()
    calls: list[str] = []

    async def opener() -> str:
        calls.append("open")
        await answer.wait()
        if len(calls) == 1:
            raise DeliveryFailed("unavailable", False, "the platform is down")
        return "D42"

    loop = asyncio.get_running_loop()
    first = loop.create_task(openings.open(store, "T1", "U1", opener))
    second = loop.create_task(openings.open(store, "T1", "U1", opener))
    for _ in range(5):
        await asyncio.sleep(0)  # both under way; the second waits for the first (no time passes)
    assert calls == ["open"]
    answer.set()
    with pytest.raises(DeliveryFailed):
        await first
    assert await second == "D42" and calls == ["open", "open"]
    assert await store.get("T1", "U1") == "D42"
