"""The core's chat port on Discord: messages the bot sends on its own (nudges, notices), and the channel posts and
direct messages of command replies.

A direct message to someone who does not accept them (Discord error 50007) becomes a bare mention in the fallback
channel that says nothing about why - the message itself may be private. Every other failure is raised as
`DeliveryFailed` with a reason the core can act on (tell the facilitator, retry later, give up).

`delete(channel, reference)` removes a message the bot posted (a withdrawn or expired consultation request), given
the message id `send` returned. A bot may always delete its own messages - no Manage Messages needed - so what can
stop it is losing access to the channel (50001), a thread archived meanwhile (50083), or Discord being down; a
message or channel already gone (10008, 10003) counts as deleted.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import aiohttp
import discord

from adapters.direct_channels import DirectChannels, MemoryDirectChannels, Openings, load_recipients
from adapters.discord.render import Rendered, render
from adapters.discord.views import FormShelf, OpenFormButton
from adapters.text import command_to_see_again
from bot.identity import ChannelRef, UserRef
from bot.messages import Message, Outbound, ToChannel, ToDirect, ToPerson
from bot.ports import DeliveryFailed, Limit

log = logging.getLogger("roundtable.discord")

# Discord JSON error codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json)
UNKNOWN_CHANNEL = 10003
UNKNOWN_GUILD = 10004
UNKNOWN_MESSAGE = 10008
UNKNOWN_USER = 10013
MISSING_ACCESS = 50001
CANNOT_DM = 50007
MISSING_PERMISSIONS = 50013
ARCHIVED_THREAD = 50083


def failure(error: BaseException, where: str = "") -> DeliveryFailed:
    """A Discord error as the core's DeliveryFailed."""
    if isinstance(error, DeliveryFailed):
        return error
    code = getattr(error, "code", 0)
    detail = f"{where}: {error}" if where else str(error)
    if isinstance(error, discord.RateLimited):
        return DeliveryFailed("rate_limited", False, detail)
    if isinstance(error, discord.Forbidden):
        if code == CANNOT_DM:
            return DeliveryFailed("dm_closed", True, detail)
        if code == MISSING_ACCESS:
            return DeliveryFailed("not_in_channel", True, detail)
        if code == ARCHIVED_THREAD:
            return DeliveryFailed("channel_archived", True, detail)
        return DeliveryFailed("missing_permissions", True, detail)
    if isinstance(error, discord.NotFound):
        if code == UNKNOWN_USER:
            return DeliveryFailed("unknown", True, detail)
        return DeliveryFailed("channel_not_found", True, detail)
    if isinstance(error, discord.HTTPException) and code == ARCHIVED_THREAD:
        return DeliveryFailed("channel_archived", True, detail)
    if isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | OSError) or (
            isinstance(error, discord.HTTPException) and error.status >= 500):
        return DeliveryFailed("unavailable", False, detail)
    if isinstance(error, discord.HTTPException):
        return DeliveryFailed("unknown", 400 <= error.status < 500, detail)
    return DeliveryFailed("unknown", False, detail)


MAX_NONCE = 25  # characters

# The limits a message the bot sends on its own counts against (`limits`, for the nudge pacer): about 50 requests a
# second per bot across all routes (kept 10% under: requests spaced evenly here can arrive bunched after the network
# and the event loop; at 48 a second a 50 ms round trip still drew a 429 in 300 - bench/nudge_burst.py), and the
# per-channel bucket of POST /channels/{id}/messages (5 per 5 seconds); a member's DM channel is a channel of its own.
GLOBAL = Limit("discord:global", 45.0, 3)  # at most 48 in any second; the burst makes up for late wake-ups
PER_CHANNEL, CHANNEL_BURST = 1.0, 5


def _nonce(nonce: str | None) -> dict[str, Any]:
    return {"nonce": nonce} if nonce is not None else {}


def dm_closed_notice(user: UserRef, message: Message | None = None) -> str:
    """The fallback for a direct message that could not be sent: who, never what (only which command shows it)."""
    return (f"<@{user.id}>, I have a message for you but can't send you direct messages. "
            "Please allow direct messages from this server (server menu → Privacy Settings), "
            f"or check `{command_to_see_again(message)}`.")


class DiscordChat:
    """Implements bot.ports.ChatPort for one Discord client."""

    def __init__(self, client: discord.Client, forms: FormShelf, direct: DirectChannels | None = None) -> None:
        """`direct`: where members' DM channel ids are kept (the database's, from the composition root), so a
        direct message is one request, not a `create_dm` first whenever discord.py's 128-entry cache misses."""
        self.client = client
        self.forms = forms
        self.dm_channels: DirectChannels = direct if direct is not None else MemoryDirectChannels()
        self.openings = Openings()  # one create_dm per member at a time, however many DMs to them are under way

    async def send(self, outbound: Outbound) -> str | None:
        return await self._send(outbound, None)

    def limits(self, outbound: Outbound) -> list[Limit]:
        audience = outbound.audience
        if isinstance(audience, ToChannel):
            where = f"discord:channel:{audience.channel.id}"
        elif isinstance(audience, ToDirect | ToPerson):
            where = f"discord:dm:{audience.user.id}"
            if self.dm_channels.cached(audience.user.workspace, audience.user.id) is None:
                # create_dm first (POST /users/@me/channels): one more request against the global limit
                return [GLOBAL, GLOBAL, Limit(where, PER_CHANNEL, CHANNEL_BURST)]
        else:
            return [GLOBAL]
        return [GLOBAL, Limit(where, PER_CHANNEL, CHANNEL_BURST)]

    async def prepare(self, outbounds: Sequence[Outbound]) -> None:
        """Bring the kept DM channel ids of a batch's recipients to hand (one query per server), so `limits` counts
        a `create_dm` only where one will be made - also after a restart, when this process has none yet."""
        await load_recipients(self.dm_channels, outbounds)

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None:
        """Send with `key` as the message's nonce. discord.py sends any nonce with `enforce_nonce`, so Discord
        answers a second message with the same nonce from the bot within a few minutes with the first one instead
        of posting it again: a nudge resent after a crash (a two-minute lease) or after an attempt that timed out
        but did arrive appears once."""
        if len(key) > MAX_NONCE:
            raise ValueError(f"a Discord nonce is at most {MAX_NONCE} characters")
        return await self._send(outbound, key)

    async def _send(self, outbound: Outbound, nonce: str | None) -> str | None:
        audience = outbound.audience
        if isinstance(audience, ToChannel):
            return str((await self.post(audience.channel, outbound.message, nonce)).id)
        if isinstance(audience, ToDirect):
            return await self.direct(audience.user, outbound.message, audience.fallback, nonce)
        if isinstance(audience, ToPerson):
            # Outside an interaction nothing can be shown to one person in a channel; a DM is the private place.
            return await self.direct(audience.user, outbound.message, audience.channel, nonce)
        raise TypeError(f"Discord cannot deliver to a {type(audience).__name__}")

    async def post(self, channel: ChannelRef, message: Message, nonce: str | None = None) -> discord.Message:
        """Post publicly in a channel; raises DeliveryFailed."""
        rendered = self.with_form_button(render(message), channel.workspace, channel)
        try:
            return await rendered.send(self.channel(channel).send, **_nonce(nonce))
        except Exception as error:
            raise failure(error, f"channel {channel.id}") from error

    async def direct(self, user: UserRef, message: Message, fallback: ChannelRef | None,
                     nonce: str | None = None) -> str:
        """Send a direct message; when DMs are closed, mention the person in `fallback` instead."""
        rendered = self.with_form_button(render(message, dm_guild=user.workspace), user.workspace, None,
                                         owner=user.id)
        try:
            return await self._to_dm(user, rendered, nonce)
        except Exception as error:
            failed = failure(error, f"direct message to {user.id}")
            if failed.reason != "dm_closed" or fallback is None:
                raise failed from error
        log.info("direct message refused (DMs closed); mentioning the member in the fallback channel")
        # The refused DM was never created, so the fallback may carry the same nonce: a resend finds it.
        return str((await self.mention_instead(user, fallback, nonce, message)).id)

    async def _to_dm(self, user: UserRef, rendered: Rendered, nonce: str | None) -> str:
        """Send in the member's DM channel: its kept id, else created (and kept). A kept id Discord no longer
        accepts (10003 Unknown Channel, 50007) is forgotten and the channel created again, once; a message that
        failed so was not created, so the retry may carry the same nonce."""
        kept = await self.dm_channels.get(user.workspace, user.id)
        if kept is not None:
            dm: Any = self.client.get_partial_messageable(_snowflake(kept), type=discord.ChannelType.private)
            try:
                return str((await rendered.send(dm.send, **_nonce(nonce))).id)
            except (discord.NotFound, discord.Forbidden) as error:
                if error.code not in (UNKNOWN_CHANNEL, CANNOT_DM):
                    raise
                log.info("a kept DM channel was refused (%s); opening it again", error.code)
                await self.dm_channels.forget(user.workspace, user.id)
        opened: list[Any] = []

        async def create_dm() -> str:
            opened.append(await self.client.create_dm(discord.Object(id=_snowflake(user.id))))
            return str(opened[0].id)

        channel = await self.openings.open(self.dm_channels, user.workspace, user.id, create_dm)
        dm = opened[0] if opened else self.client.get_partial_messageable(_snowflake(channel),
                                                                          type=discord.ChannelType.private)
        return str((await rendered.send(dm.send, **_nonce(nonce))).id)

    async def mention_instead(self, user: UserRef, channel: ChannelRef, nonce: str | None = None,
                              message: Message | None = None) -> discord.Message:
        try:
            return await self.channel(channel).send(
                content=dm_closed_notice(user, message),
                allowed_mentions=discord.AllowedMentions(everyone=False, roles=False,
                                                         users=[discord.Object(id=_snowflake(user.id))]),
                **_nonce(nonce))
        except Exception as error:
            failed = failure(error, f"fallback channel {channel.id}")
            raise DeliveryFailed(failed.reason, failed.permanent, f"DMs closed; {failed}") from error

    async def delete(self, channel: ChannelRef, reference: str) -> None:
        """Delete a message the bot posted in `channel`; `reference` is what `send` returned (its id). Returns
        normally when the message is gone, also when it already was; raises DeliveryFailed otherwise."""
        message_id = _snowflake(reference.rpartition(":")[2] if ":" in reference else reference)
        target = self.channel(channel)
        partial = getattr(target, "get_partial_message", None)
        if partial is None:
            raise DeliveryFailed("unknown", True, f"channel {channel.id} holds no messages")
        try:
            await partial(message_id).delete()
        except discord.NotFound as error:
            if error.code in (UNKNOWN_MESSAGE, UNKNOWN_CHANNEL):
                log.info("a message to delete was already gone (%s)", error.code)
                return
            raise failure(error, f"deleting in channel {channel.id}") from error
        except Exception as error:
            raise failure(error, f"deleting in channel {channel.id}") from error

    def channel(self, channel: ChannelRef) -> discord.abc.Messageable:
        if channel.platform != "discord":
            raise ValueError(f"not a Discord channel: {channel}")
        ident = _snowflake(channel.id)
        found = self.client.get_channel(ident)
        if isinstance(found, discord.abc.Messageable):
            return found
        return self.client.get_partial_messageable(ident, guild_id=_snowflake(channel.workspace))

    def with_form_button(self, rendered: Rendered, workspace: str, channel: ChannelRef | None,
                         owner: str | None = None) -> Rendered:
        """A form outside an interaction's first answer: an "Open form" button that shows it as a modal. With an
        `owner` (a private answer, a DM) only they may open it, and a newer form of theirs for the same purpose
        replaces it (see FormShelf)."""
        if rendered.form is None:
            return rendered
        form = rendered.form
        token = self.forms.put(form, workspace, channel, owner)
        rendered.buttons.append([OpenFormButton(token, label=form.title)])
        if not rendered.content and not rendered.embeds:
            rendered.content = form.intro or f"“{form.title}”: press the button to fill it in."
        rendered.form = None
        return rendered


def _snowflake(text: str) -> int:
    if not text.isdigit():
        raise ValueError(f"not a Discord id: {text!r}")
    return int(text)
