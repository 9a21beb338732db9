"""The Discord client: minimal intents, /consult generated from the core's declaration, persistent buttons.

Only the `guilds` intent: slash commands, buttons and modals arrive as interactions, which need no privileged
intent (no message content, no member list). Commands are *not* synced on start - Discord limits how often they
may be created; `roundtable discord sync` does it as a deploy step (adapters/discord/sync.py).

`sharded = true` in the settings starts an AutoShardedClient, for deployments in many servers; everything else is
the same, because every button and command carries what it needs.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import app_commands

from adapters.direct_channels import DirectChannels
from adapters.discord.chat import DiscordChat
from adapters.discord.commands import build_consult
from adapters.discord.interactions import Interactions
from adapters.discord.views import ActionButton, FormShelf, OpenFormButton
from bot.config import DiscordSettings

if TYPE_CHECKING:
    from bot.core import Core

log = logging.getLogger("roundtable.discord")


class Departures(Protocol):
    """What the client calls when a server removes the bot (its data is purged after a grace period unless the bot
    comes back) or adds it again; the composition root gives it (roundtable/compose.py)."""

    async def departed(self, platform: str, workspace: str) -> None: ...
    async def returned(self, platform: str, workspace: str) -> None: ...


def intents() -> discord.Intents:
    return discord.Intents(guilds=True)


class RoundtableTree(app_commands.CommandTree[discord.Client]):
    """The command tree; its `on_error` (discord.py's hook for any command's error, option conversion included)
    answers the person privately and logs the error's type and location, never its message."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        await self.client.interactions.failed(interaction, error, "command")  # type: ignore[attr-defined]


class _ClientParts:
    """What the plain and the sharded client share."""

    tree: app_commands.CommandTree[Any]
    core: Core
    chat: DiscordChat
    forms: FormShelf
    interactions: Interactions

    def _attach(self, core: Core, departures: Departures | None, on_login: Callable[[], object] | None,
                direct_channels: DirectChannels | None) -> None:
        self.core = core
        self.departures = departures
        self.on_login = on_login
        self.forms = FormShelf()
        self.chat = DiscordChat(self, self.forms, direct_channels)  # type: ignore[arg-type]
        self.interactions = Interactions(core, self.chat, self.forms)
        self.tree = RoundtableTree(self)  # type: ignore[arg-type]
        self.tree.add_command(build_consult(core.registry, self.interactions))

    async def setup_hook(self) -> None:
        # Buttons on any message, sent by any earlier process, are routed here by their custom_id.
        self.add_dynamic_items(ActionButton, OpenFormButton)  # type: ignore[attr-defined]
        # Logged in: the REST API answers, so the chat port can send (the scheduler waits for this at start).
        if self.on_login is not None:
            self.on_login()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Removed from a server: its data is purged after the grace period unless the bot is added back."""
        if self.departures is not None:
            await self.departures.departed("discord", str(guild.id))

    async def on_guild_join(self, guild: discord.Guild) -> None:
        if self.departures is not None:
            await self.departures.returned("discord", str(guild.id))

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("connected to Discord as %s in %d server(s)", user, len(self.guilds))  # type: ignore[attr-defined]


def _options(settings: DiscordSettings, options: dict[str, Any]) -> dict[str, Any]:
    return {
        "intents": intents(),
        # discord.py waits out rate limits itself, but never longer than this (it raises RateLimited instead):
        # a nudge sweep must not stall for minutes behind one busy channel. Its minimum is 30 s.
        "max_ratelimit_timeout": settings.max_ratelimit_timeout,
        "allowed_mentions": discord.AllowedMentions(everyone=False, roles=False, users=True, replied_user=False),
        **options,
    }


class RoundtableClient(_ClientParts, discord.Client):
    def __init__(self, core: Core, settings: DiscordSettings | None = None,
                 departures: Departures | None = None, on_login: Callable[[], object] | None = None,
                 direct_channels: DirectChannels | None = None, **options: Any) -> None:
        super().__init__(**_options(settings or DiscordSettings(), options))
        self._attach(core, departures, on_login, direct_channels)


class ShardedRoundtableClient(_ClientParts, discord.AutoShardedClient):
    def __init__(self, core: Core, settings: DiscordSettings | None = None,
                 departures: Departures | None = None, on_login: Callable[[], object] | None = None,
                 direct_channels: DirectChannels | None = None, **options: Any) -> None:
        super().__init__(**_options(settings or DiscordSettings(), options))
        self._attach(core, departures, on_login, direct_channels)


def create_client(core: Core, settings: DiscordSettings | None = None, departures: Departures | None = None,
                  on_login: Callable[[], object] | None = None, direct_channels: DirectChannels | None = None,
                  **options: Any) -> RoundtableClient | ShardedRoundtableClient:
    """The client for these settings; `departures` hears servers leave and come back; `on_login` is called once
    logged in (its chat port can send from then on); `direct_channels` keeps members' DM channel ids (the
    database's store; in memory without one); `options` go to discord.py (e.g. `shard_count`)."""
    settings = settings or DiscordSettings()
    cls = ShardedRoundtableClient if settings.sharded else RoundtableClient
    return cls(core, settings, departures, on_login, direct_channels, **options)


async def run_discord(core: Core, settings: DiscordSettings) -> None:
    """Connect and serve until the process is stopped (for `roundtable run`)."""
    if not settings.token:
        raise ValueError("no Discord token configured (DISCORD_TOKEN)")
    client = create_client(core, settings)
    async with client:
        await client.start(settings.token)
