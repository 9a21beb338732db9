"""The Discord client: minimal intents, /consult generated from the core's declaration, persistent buttons.

Only the `guilds` and `guild_scheduled_events` intents: slash commands, buttons and modals arrive as interactions,
which need no privileged intent (no message content, no member list); the scheduled-events intent (not privileged)
tells the bot who marks a meeting's server event "Interested" (adapters/discord/events.py). Commands are *not*
synced on start - Discord limits how often they may be created; `roundtable discord sync` does it as a deploy step (adapters/discord/sync.py).

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
from adapters.discord.events import ServerEventSync, hook_interest
from adapters.discord.interactions import Interactions
from adapters.discord.views import ActionButton, FormShelf, OpenFormButton
from bot.config import DiscordSettings

if TYPE_CHECKING:
    from bot.core import Core
    from bot.events.service import ServerEvents

log = logging.getLogger("roundtable.discord")


class Departures(Protocol):
    """What the client calls when a server removes the bot (its data is purged after a grace period unless the bot
    comes back) or adds it again; the composition root gives it (roundtable/compose.py)."""

    async def departed(self, platform: str, workspace: str) -> None: ...
    async def returned(self, platform: str, workspace: str) -> None: ...


def intents() -> discord.Intents:
    return discord.Intents(guilds=True, guild_scheduled_events=True)


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
    server_events: ServerEventSync | None

    def _attach(self, core: Core, departures: Departures | None, on_login: Callable[[], object] | None,
                direct_channels: DirectChannels | None, events: ServerEvents | None = None,
                events_every: float | None = 3600.0) -> None:
        self.core = core
        self.departures = departures
        self.on_login = on_login
        self.forms = FormShelf()
        self.chat = DiscordChat(self, self.forms, direct_channels)  # type: ignore[arg-type]
        self.interactions = Interactions(core, self.chat, self.forms)
        self.tree = RoundtableTree(self)  # type: ignore[arg-type]
        self.tree.add_command(build_consult(core.registry, self.interactions))
        # Server events for the groups that chose them: kept in step after changes, on ready and hourly.
        self.server_events = (ServerEventSync(self, events, self.chat, every=events_every)  # type: ignore[arg-type]
                              if events is not None else None)
        if self.server_events is not None:
            hook_interest(self, self.server_events)  # type: ignore[arg-type]

    async def setup_hook(self) -> None:
        # Buttons on any message, sent by any earlier process, are routed here by their custom_id.
        self.add_dynamic_items(ActionButton, OpenFormButton)  # type: ignore[attr-defined]
        # Logged in: the REST API answers, so the chat port can send (the scheduler waits for this at start).
        if self.on_login is not None:
            self.on_login()

    async def close(self) -> None:
        if self.server_events is not None:
            await self.server_events.stop()
        await super().close()  # type: ignore[misc]

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
        if self.server_events is not None:
            self.server_events.start()


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
                 direct_channels: DirectChannels | None = None, events: ServerEvents | None = None,
                 events_every: float | None = 3600.0, **options: Any) -> None:
        super().__init__(**_options(settings or DiscordSettings(), options))
        self._attach(core, departures, on_login, direct_channels, events, events_every)


class ShardedRoundtableClient(_ClientParts, discord.AutoShardedClient):
    def __init__(self, core: Core, settings: DiscordSettings | None = None,
                 departures: Departures | None = None, on_login: Callable[[], object] | None = None,
                 direct_channels: DirectChannels | None = None, events: ServerEvents | None = None,
                 events_every: float | None = 3600.0, **options: Any) -> None:
        super().__init__(**_options(settings or DiscordSettings(), options))
        self._attach(core, departures, on_login, direct_channels, events, events_every)


def create_client(core: Core, settings: DiscordSettings | None = None, departures: Departures | None = None,
                  on_login: Callable[[], object] | None = None, direct_channels: DirectChannels | None = None,
                  events: ServerEvents | None = None, events_every: float | None = 3600.0,
                  **options: Any) -> RoundtableClient | ShardedRoundtableClient:
    """The client for these settings; `departures` hears servers leave and come back; `on_login` is called once
    logged in (its chat port can send from then on); `direct_channels` keeps members' DM channel ids (the
    database's store; in memory without one); `events` (the core's server-events service) keeps groups' meetings
    as server events, reconciled every `events_every` seconds (None: only after changes); `options` go to
    discord.py (e.g. `shard_count`)."""
    settings = settings or DiscordSettings()
    cls = ShardedRoundtableClient if settings.sharded else RoundtableClient
    return cls(core, settings, departures, on_login, direct_channels, events, events_every, **options)


async def run_discord(core: Core, settings: DiscordSettings) -> None:
    """Connect and serve until the process is stopped (for `roundtable run`)."""
    if not settings.token:
        raise ValueError("no Discord token configured (DISCORD_TOKEN)")
    client = create_client(core, settings)
    async with client:
        await client.start(settings.token)
