"""The Discord adapter in SimCord: the real discord.py client, command tree and views against an in-memory Discord,
over the real core on a real SQLite database with a ManualClock (SimCord's clock only drives discord.py's own
`utcnow()`, and our core reads its own Clock)."""
from __future__ import annotations

import warnings

import discord
import pytest
import simcord

from adapters.discord.client import RoundtableClient, create_client
from adapters.discord.sync import sync_commands
from bot.core import Core
from roundtable.compose import RoutingChat
from tests.helpers.discord import World


@pytest.fixture
def simcord_bot(core: Core, chat_ports: RoutingChat) -> RoundtableClient:
    """Picked up by SimCord's pytest plugin (`simcord_env`). Like production, it does not sync on start."""
    client = create_client(core)
    assert isinstance(client, RoundtableClient)
    chat_ports.register("discord", client.chat)
    return client


@pytest.fixture(autouse=True)
def fast_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed only: every settling verb waits one `idle` tick (50 ms) for pending callbacks; 1 ms is plenty here.

    This touches a private default of SimCord. If that changes, the tests still pass, only slower.
    """
    defaults = getattr(getattr(simcord.Env, "_settle_internal", None), "__kwdefaults__", None)
    if not defaults or not isinstance(defaults.get("idle"), float):
        warnings.warn("SimCord internals changed: running Discord tests without the fast-settle speed-up",
                      stacklevel=2)
        return
    monkeypatch.setitem(defaults, "idle", 0.001)


@pytest.fixture
async def world(simcord_env: simcord.Env) -> World:
    env = simcord_env
    guild = env.create_guild("Practice Collective")
    channel = guild.create_text_channel("consultation")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    world = World(env, guild, channel,
                  alice=guild.add_member(env.create_user("alice")),
                  bob=guild.add_member(env.create_user("bob")),
                  carol=guild.add_member(env.create_user("carol")),
                  dana=guild.add_member(env.create_user("dana"), roles=[admins]))
    await sync_commands(env.bot)  # the deploy step
    return world
