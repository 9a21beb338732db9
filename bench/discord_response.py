"""Time until the answer a person sees: `/consult next` and `/consult join` (+ the **I accept** click) on Discord.

Everything runs in one SimCord session, interleaved with a baseline, against the real adapter, core and an
in-memory SQLite database. Two figures per command, and they are not the same thing:

- **answer seen** (the headline): from the moment the person's interaction is sent (just before SimCord's
  `slash()` / `click()`) until the first *real* message has been handed to Discord and the call has returned —
  an interaction response with content, a modal, a followup (webhook) message or a channel/DM message. The
  "thinking…" deferral is **not** an answer and does not stop this clock.
- **acknowledgement** (for context, Discord's 3-second rule): from discord.py parsing INTERACTION_CREATE to the
  first interaction callback of any kind (deferral included) having returned.

`join` is one figure for the whole thing the person does: the command's answer (the agreement with its
**I accept** button) plus the click's answer, each timed as above and added — not halved. Its baseline is a
command that answers at once with a button whose click also answers at once; `/consult next`'s is a command that
answers at once. Ratios are of medians, against the baseline measured in the same run.

SimCord adds no network latency: on real Discord every HTTP call made before the answer costs a round trip, so
the script also counts the callbacks each command makes before its answer (a deferral is one more).

    .venv/bin/python bench/discord_response.py [--n 300] [--joins 100]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
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
WARM_UP = 20
PER_GROUP = 6  # newcomers per group (capacity 8, the founder is one)
arrived: dict[int, float] = {}
acknowledged: dict[int, float] = {}
trial: dict[str, Any] = {"answer": None, "calls": 0}


def instrument() -> None:
    """Timestamps (benchmark only, no production change): the interaction's parse, its first callback of any kind,
    and the first real message of the current trial, whichever way it is sent."""
    parse = ConnectionState.parse_interaction_create

    def parse_interaction_create(self: ConnectionState, data: Any) -> None:
        arrived[int(data["id"])] = time.perf_counter()
        parse(self, data)

    ConnectionState.parse_interaction_create = parse_interaction_create  # type: ignore[method-assign]

    def wrap(owner: Any, name: str, *, callback: bool, answer: bool) -> None:
        original = getattr(owner, name)

        async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            if trial["answer"] is None:
                trial["calls"] += 1
            result = await original(self, *args, **kwargs)
            now = time.perf_counter()
            if callback:
                acknowledged.setdefault(self._parent.id, now)
            if answer and trial["answer"] is None:
                trial["answer"] = now
            return result

        setattr(owner, name, wrapper)

    wrap(discord.InteractionResponse, "defer", callback=True, answer=False)  # "thinking…": not an answer
    wrap(discord.InteractionResponse, "send_message", callback=True, answer=True)
    wrap(discord.InteractionResponse, "send_modal", callback=True, answer=True)
    wrap(discord.InteractionResponse, "edit_message", callback=True, answer=True)
    wrap(discord.Webhook, "send", callback=False, answer=True)  # interaction followups
    wrap(discord.Interaction, "edit_original_response", callback=False, answer=True)
    wrap(discord.abc.Messageable, "send", callback=False, answer=True)  # channel posts and DMs


async def timed(action: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> tuple[float, int, Any]:
    """(seconds until the first real message, HTTP calls made up to it, SimCord's result)."""
    trial["answer"], trial["calls"] = None, 0
    began = time.perf_counter()
    result = await action(*args, **kwargs)
    if trial["answer"] is None:
        raise RuntimeError("no answer was sent")
    return trial["answer"] - began, trial["calls"], result


def fast_settle() -> str:
    defaults = getattr(getattr(simcord.Env, "_settle_internal", None), "__kwdefaults__", None)
    if defaults and isinstance(defaults.get("idle"), float):
        defaults["idle"] = 0.001
        return "idle 1 ms"
    return "SimCord default"


class Accept(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="OK")
    async def ok(self, interaction: discord.Interaction, button: discord.ui.Button[Accept]) -> None:
        await interaction.response.send_message("Done.", ephemeral=True)
        self.stop()  # otherwise every view stays registered, and each later interaction gets slower


async def main(n: int, joins: int) -> None:
    instrument()
    settle = fast_settle()
    database = Database("sqlite+aiosqlite:///:memory:")
    await database.create_all()
    core = Core(build_registry(), database, ManualClock(START))
    client = create_client(core)

    @client.tree.command(name="ping", description="Answers at once (the baseline)")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", ephemeral=True)

    @client.tree.command(name="ping-button", description="Answers at once with a button (the join baseline)")
    async def ping_button(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Read this, then press OK.", view=Accept(), ephemeral=True)

    answer: dict[str, list[float]] = {}
    ack: dict[str, list[float]] = {}
    calls: dict[str, set[int]] = {}

    def record(name: str, keep: bool, seconds: float, count: int, interaction_ids: list[int]) -> None:
        if not keep:
            return
        answer.setdefault(name, []).append(seconds)
        calls.setdefault(name, set()).add(count)
        for interaction_id in interaction_ids:
            ack.setdefault(name, []).append(acknowledged[interaction_id] - arrived[interaction_id])

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
        rooms = []
        for k in range((joins + WARM_UP + PER_GROUP - 1) // PER_GROUP):
            room = guild.create_text_channel(f"peers-{k}")
            await alice.slash(room, "consult group create", name=f"Peers {k}", tz="America/Denver")
            rooms.append(room)

        for index in range(max(n, joins) + WARM_UP):
            keep = index >= WARM_UP
            if index < n + WARM_UP:
                seconds, count, result = await timed(bob.slash, channel, "ping")
                record("/ping", keep, seconds, count, [max(arrived)])
                seconds, count, result = await timed(bob.slash, channel, "consult next")
                assert result.response is not None and result.response.content.startswith("Next meeting of")
                record("/consult next", keep, seconds, count, [max(arrived)])
            if index < joins + WARM_UP:
                first, count, result = await timed(bob.slash, channel, "ping-button")
                ids = [max(arrived)]
                message = result.response.message
                second, count2, _ = await timed(bob.click, message, label="OK")
                record("/ping-button + OK", keep, first + second, count + count2, [*ids, max(arrived)])
                newcomer = guild.add_member(env.create_user(f"newcomer{index}"))
                room = rooms[index // PER_GROUP]
                first, count, result = await timed(newcomer.slash, room, "consult join",
                                                   group=f"Peers {index // PER_GROUP}")
                ids = [max(arrived)]
                message = result.response.message
                second, count2, _ = await timed(newcomer.click, message, label="I accept")
                record("/consult join + I accept", keep, first + second, count + count2, [*ids, max(arrived)])

    def ms(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    def med(name: str) -> float:
        return statistics.median(answer[name])

    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} CPUs ({platform.machine()}), Python {platform.python_version()}, "
          f"discord.py {discord.__version__}, simcord {simcord.__version__}, settle {settle}")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"{n} of each command and {joins} joins (+ {WARM_UP} warm-up), interleaved\n")
    print("| command | answer seen median | p99 | HTTP calls to the answer | acknowledgement median | p99 |")
    print("|---|---|---|---|---|---|")
    for name in answer:
        print(f"| {name} | {med(name) * 1000:.2f} ms | {ms(answer[name], 0.99):.2f} ms "
              f"| {', '.join(map(str, sorted(calls[name])))} "
              f"| {statistics.median(ack[name]) * 1000:.2f} ms | {ms(ack[name], 0.99):.2f} ms |")
    print("\nanswer seen = from sending the interaction to the first real message (the deferral does not count); "
          "join = command + click, added.\nacknowledgement = from the bot parsing the interaction to its first "
          "callback (deferral included), per interaction.")
    print(f"\nratio of answer-seen medians: /consult next ÷ /ping {med('/consult next') / med('/ping'):.2f}x; "
          f"join + I accept ÷ ping-button + OK "
          f"{med('/consult join + I accept') / med('/ping-button + OK'):.2f}x")
    next_ack = statistics.median(ack["/consult next"]) / statistics.median(ack["/ping"])
    print(f"ratio of acknowledgement medians, /consult next ÷ /ping: {next_ack:.2f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300, help="/ping and /consult next, each")
    parser.add_argument("--joins", type=int, default=100, help="joins (each with its click) and baseline pairs")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.joins))
