"""Delivering the core's messages through the Slack Web API.

`SlackChat.send(outbound)` is the core's ChatPort (nudges and notices the bot sends on its own);
`SlackChat.answer(reply, origin)` delivers what a command, click or form submission answered, with the extra
means an interaction brings (response_url, trigger_id) and a clear word to the person when something can't be
delivered: the bot is not in the channel, the channel is archived, DMs can't be opened, a form took too long.

How calls are retried (adapters.slack.retries), how Slack's errors map to the core's reasons
(adapters.slack.failures) and which token speaks for a workspace (adapters.slack.tokens) live beside it.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.direct_channels import DirectChannels, MemoryDirectChannels, Openings, load_recipients
from adapters.slack.failures import REVOKED, SlackDeliveryFailed, classify
from adapters.slack.render import (
    FormTooLarge,
    Rendered,
    open_form_button,
    render_message,
    render_modal,
    section,
)
from adapters.slack.retries import retry_handlers
from adapters.slack.tokens import ClientSource
from adapters.text import command_to_see_again
from bot.identity import ChannelRef, UserRef
from bot.messages import (
    FileAttachment,
    Form,
    Message,
    Outbound,
    Reply,
    ToChannel,
    ToDirect,
    ToPerson,
)
from bot.ports import DeliveryFailed, Limit
from bot.privacy import error_summary

log = logging.getLogger("roundtable.slack")


@dataclass
class Origin:
    """Where an interaction came from, and what it lends for the answer."""

    actor: UserRef
    channel: ChannelRef
    client: AsyncWebClient
    response_url: str | None = None
    trigger_id: str | None = None
    bot_user_id: str | None = None

    def take_trigger(self) -> str | None:
        """A trigger_id opens one modal, once."""
        trigger, self.trigger_id = self.trigger_id, None
        return trigger


STILL_WORKING = "This is taking longer than usual. I'll answer here as soon as it's done."
GAVE_UP = ("That took far too long, so I stopped waiting. It may or may not have been saved – "
           "please check (for example with `/consult next`) before trying again.")
FAILED = "Something went wrong on our side and nothing was changed. Please try again in a moment."


# The limits a message the bot sends on its own counts against (`limits`, for the nudge pacer): chat.postMessage
# allows about one message a second per channel (short bursts aside), plus a workspace-wide limit Slack does not
# publish - the figure below is ours, kept well under the "several hundred a minute" Slack describes.
PER_CHANNEL = 1.0
PER_WORKSPACE, WORKSPACE_BURST = 10.0, 20
# conversations.open, made before a member's first direct message (its id is kept after that): Slack's Tier 3,
# "50+ per minute" per workspace. Counted only for a member whose conversation is not kept yet.
OPEN_PER_SECOND, OPEN_BURST = 50 / 60, 5


class SlackChat:
    """Sends neutral messages through Slack: the ChatPort, and answers to interactions."""

    def __init__(self, clients: ClientSource, session: aiohttp.ClientSession | None = None,
                 handlers: list[AsyncRetryHandler] | None = None, direct: DirectChannels | None = None) -> None:
        """`direct`: where members' DM conversation ids are kept (the database's, from the composition root), so
        a direct message is one `chat.postMessage`, not a `conversations.open` before each."""
        self.clients = clients
        self.session = session
        self.handlers = handlers if handlers is not None else retry_handlers()
        self.dm_channels: DirectChannels = direct if direct is not None else MemoryDirectChannels()
        self.openings = Openings()  # one conversations.open per member at a time

    # The ChatPort ---------------------------------------------------------------------------------

    def limits(self, outbound: Outbound) -> list[Limit]:
        """One message a second per channel (a member's DM is a channel of its own), and the workspace's share;
        a direct message to a member whose conversation is not kept yet also makes a `conversations.open`."""
        audience = outbound.audience
        opens: list[Limit] = []
        if isinstance(audience, ToChannel):
            workspace, where = audience.channel.workspace, f"channel:{audience.channel.id}"
        elif isinstance(audience, ToDirect | ToPerson):
            workspace, where = audience.user.workspace, f"dm:{audience.user.id}"
            opens_dm = isinstance(audience, ToDirect) or audience.channel is None  # (an ephemeral reply opens none)
            if opens_dm and self.dm_channels.cached(workspace, audience.user.id) is None:
                opens = [Limit(f"slack:{workspace}:conversations.open", OPEN_PER_SECOND, OPEN_BURST)]
        else:
            return []
        return [Limit(f"slack:{workspace}:{where}", PER_CHANNEL),
                Limit(f"slack:{workspace}:chat.postMessage", PER_WORKSPACE, WORKSPACE_BURST), *opens]

    async def prepare(self, outbounds: Sequence[Outbound]) -> None:
        """Bring the kept DM conversation ids of a batch's recipients to hand (one query per workspace), so `limits`
        counts a `conversations.open` only where one will be made - also after a restart."""
        await load_recipients(self.dm_channels, outbounds)

    async def send(self, outbound: Outbound) -> str | None:
        """Post a message the bot decided to send. Returns `channel:ts`, or raises DeliveryFailed."""
        audience = outbound.audience
        rendered = with_form_buttons(render_message(outbound.message))
        if isinstance(audience, ToChannel):
            client = await self._client(audience.channel.workspace)
            return await self._post_with_files(client, audience.channel.id, rendered)
        if isinstance(audience, ToDirect):
            client = await self._client(audience.user.workspace)
            try:
                return await self._post_direct(client, audience.user, rendered)
            except DeliveryFailed as failure:
                if failure.reason == "dm_closed" and audience.fallback is not None:
                    # Delivered the only way left: a bare mention in the group's channel, nothing private
                    # (as on Discord). The nudge counts as sent; its reference is the mention's.
                    return await self.post(client, audience.fallback.id,
                                           ask_to_check_in(audience.user, outbound.message))
                raise
        if isinstance(audience, ToPerson):
            client = await self._client(audience.user.workspace)
            if audience.channel is None:
                return await self._post_direct(client, audience.user, rendered)
            ts = await self.post_ephemeral(client, audience.channel.id, audience.user.id, rendered)
            if rendered.files:
                dm = await self._dm_of(client, audience.user)
                await self.upload_all(client, dm, rendered.files)
            return f"{audience.channel.id}:{ts}"
        raise TypeError(f"Slack cannot deliver to a {type(audience).__name__}")

    async def _post_direct(self, client: AsyncWebClient, user: UserRef, rendered: Rendered) -> str | None:
        """Post in the member's DM conversation: its kept id, else opened (and kept); a kept id Slack no longer
        knows (`channel_not_found`) is forgotten and the conversation opened again, once."""
        dm = await self.dm_channels.get(user.workspace, user.id)
        if dm is not None:
            try:
                return await self._post_with_files(client, dm, rendered)
            except DeliveryFailed as failure:
                if failure.reason != "channel_not_found":
                    raise
                log.info("a kept DM conversation is gone; opening it again")
                await self.dm_channels.forget(user.workspace, user.id)
        return await self._post_with_files(client, await self._dm_of(client, user), rendered)

    async def _dm_of(self, client: AsyncWebClient, user: UserRef) -> str:
        """The member's DM conversation: its kept id, else opened and kept (answers to commands and clicks use it
        as nudges do, rather than calling conversations.open every time)."""
        dm = await self.dm_channels.get(user.workspace, user.id)
        if dm is None:
            dm = await self.openings.open(self.dm_channels, user.workspace, user.id,
                                          lambda: self.open_dm(client, user.id))
        return dm

    async def _client(self, workspace: str) -> AsyncWebClient:
        try:
            return await self.clients.client_for(workspace)
        except DeliveryFailed:
            raise
        except Exception as error:
            raise DeliveryFailed("unavailable", False, f"no token for workspace: {type(error).__name__}") from error

    async def _post_with_files(self, client: AsyncWebClient, channel: str, rendered: Rendered) -> str | None:
        ref = None
        if rendered.postable:
            ref = await self.post(client, channel, rendered)
        if rendered.files:
            refs = await self.upload_all(client, channel, rendered.files)
            ref = ref or refs[0]
        return ref

    # Web API calls, each raising DeliveryFailed ----------------------------------------------------

    async def call(self, client: AsyncWebClient, method: str, **kwargs: Any) -> Any:
        try:
            return await getattr(client, method)(**kwargs)
        except Exception as error:
            failure = classify(error)
            if failure.code in REVOKED:
                self.clients.forget(str(client.default_params.get("team_id") or ""))
            log.info("slack %s failed: %s", method, failure)
            raise failure from error

    async def post(self, client: AsyncWebClient, channel: str, rendered: Rendered) -> str:
        response = await self.call(client, "chat_postMessage", channel=channel, text=rendered.text,
                                   blocks=rendered.blocks, unfurl_links=False, unfurl_media=False)
        return f"{response.get('channel', channel)}:{response.get('ts')}"

    async def post_ephemeral(self, client: AsyncWebClient, channel: str, user: str, rendered: Rendered) -> str:
        response = await self.call(client, "chat_postEphemeral", channel=channel, user=user,
                                   text=rendered.text, blocks=rendered.blocks)
        return str(response.get("message_ts"))

    async def publish_home(self, user: UserRef, view: dict[str, Any]) -> None:
        """Publish `user`'s Home tab (views.publish), with their workspace's token."""
        client = await self._client(user.workspace)
        await self.call(client, "views_publish", user_id=user.id, view=view)

    async def open_dm(self, client: AsyncWebClient, user: str) -> str:
        response = await self.call(client, "conversations_open", users=user)
        return str(response["channel"]["id"])

    async def upload_all(self, client: AsyncWebClient, channel: str, files: tuple[FileAttachment, ...]) -> list[str]:
        refs = []
        for attachment in files:
            response = await self.call(client, "files_upload_v2", channel=channel, content=attachment.content,
                                       filename=attachment.filename, title=attachment.title or attachment.filename)
            refs.append(f"{channel}:{response['file']['id']}")
        return refs

    async def respond(self, url: str, rendered: Rendered, response_type: str = "ephemeral") -> bool:
        """Answer through an interaction's response_url (works even where the bot is not a member)."""
        hook = AsyncWebhookClient(url, session=self.session, retry_handlers=self.handlers, timeout=10)
        try:
            result = await hook.send(text=rendered.text, blocks=rendered.blocks, response_type=response_type,
                                     replace_original=False)
        except Exception as error:  # noqa: BLE001
            log.info("response_url failed: %s", type(error).__name__)
            return False
        if result.status_code != 200:
            log.info("response_url answered HTTP %s", result.status_code)
        return result.status_code == 200

    # Answers to interactions ----------------------------------------------------------------------

    async def answer(self, reply: Reply, origin: Origin) -> None:
        for outbound in reply.outbound:
            try:
                await self._answer_one(outbound, origin)
            except DeliveryFailed as failure:
                await self.explain(origin, failure, outbound)
            except Exception as error:  # noqa: BLE001 - a rendering bug must not silence the rest of the answer
                log.error("could not deliver a %s: %s", type(outbound.audience).__name__, error_summary(error))
                await self.tell(origin, FAILED)

    async def tell(self, origin: Origin, text: str) -> None:
        """A short private note to the person who acted."""
        await self.to_actor(origin, Rendered(text, [section(text)]))

    async def to_actor(self, origin: Origin, rendered: Rendered) -> None:
        """Privately to the actor: response_url, else an ephemeral in the channel, else a DM."""
        if origin.response_url and await self.respond(origin.response_url, rendered):
            return
        try:
            if origin.channel.id:
                await self.post_ephemeral(origin.client, origin.channel.id, origin.actor.id, rendered)
                return
        except DeliveryFailed:
            pass
        try:
            await self._post_direct(origin.client, origin.actor, rendered)
        except DeliveryFailed as failure:
            log.warning("could not reach the person who acted: %s", failure.reason)

    async def _answer_one(self, outbound: Outbound, origin: Origin) -> None:
        audience = outbound.audience
        rendered = render_message(outbound.message)
        if isinstance(audience, ToPerson) and audience.user == origin.actor:
            for form in rendered.forms:
                await self.open_form(form, origin)
            if rendered.postable:
                await self.to_actor(origin, rendered)
            if rendered.files:
                dm = await self._dm_of(origin.client, origin.actor)
                await self.upload_all(origin.client, dm, rendered.files)
            return
        rendered = with_form_buttons(rendered)
        if isinstance(audience, ToPerson):
            await self.send(outbound)
        elif isinstance(audience, ToChannel):
            await self._to_channel(audience.channel, rendered, origin)
        elif isinstance(audience, ToDirect):
            await self._to_direct(audience, outbound.message, rendered, origin)
        else:
            raise TypeError(f"Slack cannot deliver to a {type(audience).__name__}")

    async def _to_channel(self, channel: ChannelRef, rendered: Rendered, origin: Origin) -> None:
        here = channel == origin.channel
        if rendered.postable:
            try:
                await self.post(origin.client, channel.id, rendered)
            except DeliveryFailed as failure:
                # Where the command was typed, response_url can still speak in the channel for us.
                if not (here and origin.response_url and failure.reason in ("not_in_channel", "channel_not_found")
                        and await self.respond(origin.response_url, rendered, "in_channel")):
                    raise
                await self.tell(origin, f"Tip: add me to this channel ({invite(origin)}) so I can post "
                                        "meeting reminders here.")
        if rendered.files:
            await self.upload_all(origin.client, channel.id, rendered.files)

    async def _to_direct(self, audience: ToDirect, msg: Message, rendered: Rendered, origin: Origin) -> None:
        try:
            dm = await self._dm_of(origin.client, audience.user)
        except DeliveryFailed as failure:
            if failure.reason != "dm_closed":
                raise
            if audience.user == origin.actor:
                await self.to_actor(origin, Rendered(rendered.text, [
                    section("I couldn't send you a direct message, so here it is:"), *rendered.blocks]))
                return
            if audience.fallback is not None:
                try:
                    await self.post(origin.client, audience.fallback.id, ask_to_check_in(audience.user, msg))
                    return
                except DeliveryFailed:
                    pass
            await self.tell(origin, f"I couldn't send <@{audience.user.id}> a direct message. "
                                    "Please ask them to check their messages from Roundtable.")
            return
        if rendered.postable:
            await self.post(origin.client, dm, rendered)
        if rendered.files:
            await self.upload_all(origin.client, dm, rendered.files)

    def modal_update(self, reply: Reply, origin: Origin) -> tuple[dict[str, Any] | None, Reply]:
        """For an answer to a modal submission: the first form addressed to the person who submitted, rendered
        as the modal view to acknowledge with (`response_action: "update"`), and the rest of the answer, to be
        delivered as usual. (None, reply) when there is no such form or it can't be a Slack modal (then
        `answer` delivers it, and says why it can't be shown)."""
        for index, outbound in enumerate(reply.outbound):
            audience = outbound.audience
            if not (isinstance(audience, ToPerson) and audience.user == origin.actor):
                continue
            form = next((b for b in outbound.message.blocks if isinstance(b, Form)), None)
            if form is None:
                continue
            try:
                view = render_modal(form, origin.channel.id, origin.response_url)
            except ValueError:  # FormTooLarge, or a context too long for private_metadata
                return None, reply
            remaining = Message(tuple(b for b in outbound.message.blocks if b is not form))
            rest = list(reply.outbound[:index])
            if remaining.blocks:
                rest.append(Outbound(audience, remaining))
            rest.extend(reply.outbound[index + 1:])
            return view, Reply(rest)
        return None, reply

    async def open_form(self, form: Form, origin: Origin) -> None:
        """Open a form as a modal with the interaction's trigger_id; if that has expired, offer a button."""
        try:
            view = render_modal(form, origin.channel.id, origin.response_url)
        except FormTooLarge as error:
            await self.tell(origin, f"I can't show that form in Slack: {error}.")
            return
        trigger = origin.take_trigger()
        if trigger:
            try:
                await self.call(origin.client, "views_open", trigger_id=trigger, view=view)
                return
            except SlackDeliveryFailed as failure:
                if "trigger" not in failure.code:
                    raise
        button = open_form_button(form)
        if button is None:
            await self.tell(origin, "That took too long for Slack to open the form. Please run the command again.")
            return
        text = "That took a moment too long for Slack to open the form. Press the button to open it."
        await self.to_actor(origin, Rendered(text, [section(text), button]))

    async def explain(self, origin: Origin, failure: DeliveryFailed, outbound: Outbound) -> None:
        """Tell the person who acted, in plain words, what could not be delivered."""
        audience = outbound.audience
        where = f"<#{audience.channel.id}>" if isinstance(audience, ToChannel) else "there"
        texts = {
            "not_in_channel": f"I couldn't post in {where} because I'm not a member of it. "
                              f"Add me with {invite(origin)} in that channel, then try again.",
            "channel_not_found": f"I couldn't post in {where}: it's private, or it no longer exists. "
                                 f"Add me with {invite(origin)} in that channel, then try again.",
            "channel_archived": f"I couldn't post in {where} because the channel is archived.",
            "dm_closed": "I couldn't send a direct message.",
            "missing_permissions": "Roundtable isn't allowed to do that in this workspace any more. "
                                   "Ask whoever installed it to reinstall it.",
            "rate_limited": "Slack asked me to slow down, so a message wasn't sent. Please try again in a minute.",
            "unavailable": "Slack isn't answering right now, so a message wasn't sent. Please try again in a minute.",
        }
        text = texts.get(failure.reason, "A message couldn't be delivered. Please try again in a moment.")
        if isinstance(audience, ToPerson) and audience.user == origin.actor:
            log.warning("could not answer the person who acted: %s", failure.reason)
            return
        await self.tell(origin, text)


def invite(origin: Origin) -> str:
    return f"`/invite <@{origin.bot_user_id}>`" if origin.bot_user_id else "`/invite @Roundtable`"


def ask_to_check_in(user: UserRef, message: Message) -> Rendered:
    """The bare mention posted where a DM could not go: never the private message itself, only which command
    shows it again."""
    text = (f"<@{user.id}>, Roundtable has a message for you but couldn't send it as a direct message. "
            f"Please open Roundtable's Messages tab, or try `{command_to_see_again(message)}`.")
    return Rendered(text, [section(text)])


def with_form_buttons(rendered: Rendered) -> Rendered:
    """Without an interaction there's no trigger_id: a form becomes a button that opens it when pressed."""
    if not rendered.forms:
        return rendered
    blocks = list(rendered.blocks)
    for form in rendered.forms:
        button = open_form_button(form)
        if button is None:
            raise DeliveryFailed("unknown", True, f"form {form.form_id!r} is too large to carry in a button")
        blocks.append(button)
    return Rendered(rendered.text, blocks, (), rendered.files)
