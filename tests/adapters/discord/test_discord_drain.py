"""A graceful stop on Discord (adapters/discord/interactions.py: Interactions.drain): the interaction in flight is
answered before the gateway is left; new ones are turned away kindly instead of failing."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest

from adapters.discord.interactions import RESTARTING
from bot.clock import ManualClock
from bot.core import Core
from storage.database import Database
from tests.adapters.discord.test_deletes import wire
from tests.helpers.discord import World, found_group, private


async def test_drain_waits_for_the_interaction_in_flight_and_turns_new_ones_away(
        world: World, core: Core, sqlite_db: Database, clock: ManualClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob)
    interactions = world.env.bot.interactions
    gate, original = asyncio.Event(), core.invoke

    async def held(*args: Any, **kwargs: Any) -> Any:
        await gate.wait()
        return await original(*args, **kwargs)

    monkeypatch.setattr(core, "invoke", held)
    first = asyncio.create_task(world.alice.slash(world.channel, "consult group list"))
    for _ in range(10_000):
        if interactions._in_flight:
            break
        await asyncio.sleep(0)
    assert interactions._in_flight == 1
    draining = asyncio.create_task(interactions.drain(30))
    await asyncio.sleep(0)
    assert not draining.done() and interactions.stopping
    gate.set()
    assert await asyncio.wait_for(draining, 10) == 0
    answered = private(await asyncio.wait_for(first, 10))
    assert answered and RESTARTING not in answered, "the interaction in flight was answered"
    turned_away = await asyncio.wait_for(world.bob.slash(world.channel, "consult group list"), 10)
    assert private(turned_away) == RESTARTING
