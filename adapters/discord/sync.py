"""`roundtable discord sync [--guild ID]`: publish /consult to Discord as a deploy step, never on every start.

Discord limits command creation (200 a day per server), and a sync on every start would also briefly show stale
options. Without --guild the commands are global (every server the bot is in). With --guild they are copied to
that one server, where they appear at once - handy for a test server; clear them there again with
`clear_guild_commands` when you switch to global, or members of that server see /consult twice.
"""
from __future__ import annotations

import discord
from discord import app_commands

from adapters.discord.client import create_client
from adapters.discord.commands import command_paths
from bot.config import DiscordSettings
from bot.core import Core


async def sync_commands(client: discord.Client, guild_id: int | None = None) -> list[str]:
    """Publish the client's command tree (globally, or to one server); returns the command paths published."""
    tree: app_commands.CommandTree = client.tree  # type: ignore[attr-defined]
    if guild_id is None:
        await tree.sync()
    else:
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        await tree.sync(guild=guild)
    return sorted(path for command in tree.get_commands() if isinstance(command, app_commands.Group)
                  for path in command_paths(command))


async def clear_guild_commands(client: discord.Client, guild_id: int) -> None:
    """Remove the commands copied to one server (after moving to global commands)."""
    tree: app_commands.CommandTree = client.tree  # type: ignore[attr-defined]
    guild = discord.Object(id=guild_id)
    tree.clear_commands(guild=guild)
    await tree.sync(guild=guild)


async def sync_with_token(core: Core, settings: DiscordSettings, guild_id: int | None = None,
                          clear: bool = False) -> list[str]:
    """Log in over HTTP only (no gateway connection), sync, log out."""
    if not settings.token:
        raise ValueError("no Discord token configured (DISCORD_TOKEN)")
    client = create_client(core, settings)
    async with client:
        await client.login(settings.token)
        if clear:
            if guild_id is None:
                raise ValueError("clearing needs a server id (--guild)")
            await clear_guild_commands(client, guild_id)
            return []
        return await sync_commands(client, guild_id)
