"""Discord server events: each opted-in group's next meetings kept as external scheduled events of its server.

The core says what the server should show (bot/events/service.py: `ServerEvents.plan`); this module makes the
server's events match it, one server at a time: it lists the server's events, keeps the ones Roundtable created
that carry a meeting's marker, and creates, edits or deletes until they match (a skipped meeting's event is
deleted, a moved one's edited, a changed schedule's rewritten, a group that stopped (or was deleted) loses them).

It runs for the servers of the groups a command changed (the composition root subscribes `groups_changed` to the
core's `on_groups_changed`), and for every server with events to keep or to clear when the client is ready and
then hourly, so that as meetings pass the next one is added.

Without the Manage Events permission Discord refuses (403, code 50013): the facilitators of the server's opted-in
groups are told once, privately, how to grant it (again only after it worked and failed anew, or after a restart).

A member who marks one of these events "Interested" (`GUILD_SCHEDULED_EVENT_USER_ADD`, which needs the
`guild_scheduled_events` intent, not a privileged one) is offered privately, once (recorded in the database), to
RSVP with the usual buttons; interest itself never becomes an RSVP. discord.py drops that gateway event when the user is not in its cache (we
do not ask for the members intent), so the client hooks the raw event instead (`hook_interest`).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.domain.group import Group
from bot.events.service import ServerEvent, ServerEvents, marker_of
from bot.identity import UserRef
from bot.privacy import error_summary

if TYPE_CHECKING:
    from adapters.discord.chat import DiscordChat

log = logging.getLogger("roundtable.discord.events")

PLATFORM = "discord"
HOURLY = 3600.0


class ServerEventSync:
    """Keeps servers' scheduled events in step with the groups' meetings, and offers RSVPs to the Interested."""

    def __init__(self, client: discord.Client, events: ServerEvents, chat: DiscordChat,
                 every: float | None = HOURLY) -> None:
        """`every`: seconds between reconciliations of every server once the client is ready (None: never)."""
        self.client = client
        self.events = events
        self.chat = chat
        self.every = every
        self.told: set[int] = set()          # servers whose facilitators heard about the missing permission
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loop: asyncio.Task[None] | None = None

    # Triggers -----------------------------------------------------------------------------------------------

    def groups_changed(self, groups: Sequence[Group]) -> None:
        """The core's `on_groups_changed`: reconcile the servers of the Discord groups a command changed, where a
        group wants events or the server shows some of ours (one that stopped wanting them); nothing otherwise."""
        guilds = {int(g.workspace_id) for g in groups if g.platform == PLATFORM and g.discord_events}
        guilds |= {int(g.workspace_id) for g in groups if g.platform == PLATFORM and self._shows_ours(g.workspace_id)}
        for guild_id in sorted(guilds):
            self._spawn(self.reconcile(guild_id))

    def _shows_ours(self, workspace: str) -> bool:
        guild = self.client.get_guild(int(workspace))
        return guild is not None and any(self._ours(e) for e in guild.scheduled_events)

    def start(self) -> None:
        """On ready: reconcile every server now and then every `every` seconds (once, however often ready fires)."""
        if self.every is not None and (self._loop is None or self._loop.done()):
            self._loop = asyncio.get_running_loop().create_task(self._periodically(self.every))

    async def stop(self) -> None:
        if self._loop is not None:
            self._loop.cancel()
        await self.drain()

    async def drain(self) -> None:
        """Wait for the reconciliations and offers under way (tests, and a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _spawn(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _periodically(self, every: float) -> None:
        while True:
            try:
                await self.reconcile_all()
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.error("server events round failed: %s", error_summary(error))
            await asyncio.sleep(every)

    # Reconciling ------------------------------------------------------------------------------------------

    async def reconcile_all(self) -> None:
        """Every server with a group that wants events, and every server still showing events of ours."""
        await self.events.tidy()
        wanted = {int(w) for w in await self.events.workspaces(PLATFORM)}
        leftover = {g.id for g in self.client.guilds if self._shows_ours(str(g.id))}
        for guild_id in sorted(wanted | leftover):
            await self.reconcile(guild_id)

    def _ours(self, event: discord.ScheduledEvent) -> tuple[int, int] | None:
        me = self.client.user
        if me is None or event.creator_id != me.id:
            return None
        return marker_of(event.description)

    async def reconcile(self, guild_id: int) -> None:
        """Make one server's events of ours match the plan."""
        lock = self._locks.setdefault(guild_id, asyncio.Lock())
        async with lock:
            guild = self.client.get_guild(guild_id)
            if guild is None:
                return
            try:
                plan = await self.events.plan(PLATFORM, str(guild_id))
                await self._apply(guild, plan)
            except discord.Forbidden as error:  # 50013 Missing Permissions, in practice: no Manage Events
                log.warning("server events refused (code %s)", error.code)
                await self._tell_facilitators(guild_id)
                return
            except Exception as error:  # noqa: BLE001 - an outage must not stop the other servers
                log.error("server events failed: %s", error_summary(error))
                return
            self.told.discard(guild_id)

    async def _apply(self, guild: discord.Guild, plan: Iterable[ServerEvent]) -> None:
        now = self.events.now()
        wanted = {event.key: event for event in plan}
        ours: dict[tuple[int, int], discord.ScheduledEvent] = {}
        for existing in await guild.fetch_scheduled_events():
            key = self._ours(existing)
            if key is None or existing.status in (discord.EventStatus.completed, discord.EventStatus.cancelled):
                continue                          # not ours, or over: Discord keeps those to itself
            if key in wanted and key not in ours:
                ours[key] = existing
            else:                               # not wanted any more, or a duplicate
                await _delete(existing)
        for key, want in wanted.items():
            have = ours.get(key)
            if want.start <= now:
                continue                          # under way: kept as it is, never created in the past
            if have is None:
                await _create(guild, want)
            elif _differs(have, want):
                try:
                    await have.edit(name=want.name, start_time=want.start, end_time=want.end,
                                    location=want.location, description=want.description)
                except discord.Forbidden:
                    raise
                except discord.HTTPException as error:   # e.g. one already under way: replaced instead
                    log.info("server event not editable (code %s): replacing it", error.code)
                    await _delete(have)
                    await _create(guild, want)

    async def _tell_facilitators(self, guild_id: int) -> None:
        if guild_id in self.told:
            return
        self.told.add(guild_id)
        log.warning("no Manage Events permission in a server: telling its facilitators")
        for notice in await self.events.cannot_manage(PLATFORM, str(guild_id)):
            try:
                await self.chat.send(notice)
            except Exception as error:  # noqa: BLE001 - the others still hear
                log.warning("could not tell a facilitator: %s", error_summary(error))

    # Interest -----------------------------------------------------------------------------------------------

    def interested(self, guild_id: int, event_id: int, user_id: int) -> None:
        """`GUILD_SCHEDULED_EVENT_USER_ADD`, raw (see the module's note)."""
        self._spawn(self._offer(guild_id, event_id, user_id))

    async def _offer(self, guild_id: int, event_id: int, user_id: int) -> None:
        guild = self.client.get_guild(guild_id)
        if guild is None:
            return
        try:
            event = guild.get_scheduled_event(event_id) or await guild.fetch_scheduled_event(event_id)
            key = self._ours(event)
            if key is None:
                return
            offer = await self.events.interested(UserRef(PLATFORM, str(guild_id), str(user_id)), *key)
            if offer is not None:
                await self.chat.send(offer)
        except Exception as error:  # noqa: BLE001 - an offer is a courtesy
            log.warning("could not offer an RSVP: %s", error_summary(error))


def _differs(have: discord.ScheduledEvent, want: ServerEvent) -> bool:
    return (have.name != want.name or have.start_time != want.start or have.end_time != want.end
            or have.location != want.location or (have.description or "") != want.description)


async def _create(guild: discord.Guild, want: ServerEvent) -> None:
    await guild.create_scheduled_event(
        name=want.name, start_time=want.start, end_time=want.end, entity_type=discord.EntityType.external,
        location=want.location, description=want.description, privacy_level=discord.PrivacyLevel.guild_only)


async def _delete(event: discord.ScheduledEvent) -> None:
    """Delete one of our events; one already gone, or that Discord won't delete any more, is left (a refusal for
    want of permission is not: the facilitators are told)."""
    try:
        await event.delete()
    except discord.Forbidden:
        raise
    except discord.HTTPException as error:
        log.info("server event not deleted (code %s)", error.code)


def hook_interest(client: discord.Client, sync: ServerEventSync) -> None:
    """Hear `GUILD_SCHEDULED_EVENT_USER_ADD` before discord.py's parser, which discards it for a user it has not
    cached (without the members intent, most). discord.py keeps its gateway parsers in `ConnectionState.parsers`;
    the original still runs afterwards."""
    parsers: dict[str, Any] = client._connection.parsers
    original = parsers.get("GUILD_SCHEDULED_EVENT_USER_ADD")

    def parse(data: dict[str, Any]) -> None:
        try:
            sync.interested(int(data["guild_id"]), int(data["guild_scheduled_event_id"]), int(data["user_id"]))
        except (KeyError, ValueError):
            log.warning("a scheduled-event interest without ids")
        if original is not None:
            original(data)

    parsers["GUILD_SCHEDULED_EVENT_USER_ADD"] = parse
