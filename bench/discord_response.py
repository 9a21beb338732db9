"""Time from interaction to first response: `/consult next` against a command that only responds.

Both run in the same SimCord session, interleaved, against the real adapter, core and an in-memory SQLite
database. "Interaction" is the moment discord.py parses INTERACTION_CREATE; "first response" the moment the first
interaction callback (defer, message or modal) has returned. Discord wants that within 3 seconds; the target here
is /consult next within 1.5x the baseline at the median. The whole `slash()` round trip, which includes the core's
database work and the followup, is shown for context.

    .venv/bin/python bench/discord_response.py [N]
"""
from __future__ import annotations

import asyncio
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discord  # noqa: E402
import simcord  # noqa: E402
from discord.state import ConnectionState  # noqa: E402

from adapters.discord.client import create_client  # noqa: E402
from adapters.discord.sync import sync_commands  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.commands.catalog import build_registry  # noqa: E402
from bot.core import Core  # noqa: E402
from storage.database import Database  # noqa: E402

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
arrived: dict[int, float] = {}
answered: dict[int, float] = {}


def instrument() -> None:
    """Timestamps at interaction parse and at the first callback's return (benchmark only)."""
    parse = ConnectionState.parse_interaction_create

    def parse_interaction_create(self: ConnectionState, data: Any) -> None:
        arrived[int(data["id"])] = time.perf_counter()
        parse(self, data)

    ConnectionState.parse_interaction_create = parse_interaction_create  # type: ignore[method-assign]
    for name in ("defer", "send_message", "send_modal"):
        original = getattr(discord.InteractionResponse, name)

        def timed(original: Any) -> Any:
            async def wrapper(self: discord.InteractionResponse, *args: Any, **kwargs: Any) -> Any:
                result = await original(self, *args, **kwargs)
                answered.setdefault(self._parent.id, time.perf_counter())
                return result
            return wrapper

        setattr(discord.InteractionResponse, name, timed(original))


def fast_settle() -> str:
    defaults = getattr(getattr(simcord.Env, "_settle_internal", None), "__kwdefaults__", None)
    if defaults and isinstance(defaults.get("idle"), float):
        defaults["idle"] = 0.001
        return "idle 1 ms"
    return "SimCord default"


async def main(n: int) -> None:
    instrument()
    settle = fast_settle()
    database = Database("sqlite+aiosqlite:///:memory:")
    await database.create_all()
    core = Core(build_registry(), database, ManualClock(START))
    client = create_client(core)

    @client.tree.command(name="ping", description="Answers at once (the baseline)")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", ephemeral=True)

    async with simcord.run(client) as env:
        guild = env.create_guild("Practice Collective")
        channel = guild.create_text_channel("consultation")
        alice = guild.add_member(env.create_user("alice"))
        bob = guild.add_member(env.create_user("bob"))
        await sync_commands(client)
        await alice.slash(channel, "consult group create", name="Tuesday Peers", tz="America/Denver")
        await alice.slash(channel, "consult schedule set", when="every 2 weeks on Tuesday at 18:00 from 2026-12-01")
        shown = await bob.slash(channel, "consult join", group="Tuesday Peers")
        await bob.click(shown.response.message, label="I accept")

        samples: dict[str, list[float]] = {"ping": [], "consult next": []}
        trips: dict[str, list[float]] = {"ping": [], "consult next": []}
        for index in range(n + 20):
            for name in ("ping", "consult next"):
                began = time.perf_counter()
                result = await bob.slash(channel, name)
                trip = time.perf_counter() - began
                assert result.acknowledged and result.response is not None and result.response.content
                if name == "consult next":
                    assert result.response.content.startswith("Next meeting of Tuesday Peers")
                interaction_id = max(arrived)
                if index >= 20:  # warm-up
                    samples[name].append(answered[interaction_id] - arrived[interaction_id])
                    trips[name].append(trip)

    def ms(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    base, nxt = samples["ping"], samples["consult next"]
    ratio = statistics.median(nxt) / statistics.median(base)
    print(f"machine: {os.cpu_count()} CPUs ({platform.machine()}), Python {platform.python_version()}, "
          f"discord.py {discord.__version__}, simcord {simcord.__version__}, settle {settle}")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {n} interactions each, interleaved\n")
    print("| command | first response median | p99 | slash() round trip median | p99 |")
    print("|---|---|---|---|---|")
    for name in ("ping", "consult next"):
        print(f"| /{name} | {statistics.median(samples[name]) * 1000:.2f} ms | {ms(samples[name], 0.99):.2f} ms "
              f"| {statistics.median(trips[name]) * 1000:.2f} ms | {ms(trips[name], 0.99):.2f} ms |")
    print(f"\nratio at the median (first response, /consult next ÷ /ping): {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
