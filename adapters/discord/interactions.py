"""Discord interactions in, core calls out, the core's Reply back through the interaction.

Timing: Discord drops an interaction that has no first response within 3 seconds. Every command, click and form
is therefore deferred ("thinking…", private) before the core touches the database, and answered with followups.
The one exception is a command or a button that opens a form: a modal can only be the *first* response, so there
the core is asked first (a form needs one small read, answered in milliseconds) and the interaction is deferred
anyway if the core has not answered within FORM_BUDGET; a form that comes too late to be a modal is offered behind
an "Open form" button. A command opens a form when one of the core's forms has the command's name
(`group settings` -> `group.settings`) or it is in FORM_COMMANDS; a button, when its action is in FORM_ACTIONS.
A modal's submission cannot be answered with another modal (Discord's rule), so a form that answers a form (the
pre-filled review of a consultation request) is always behind a button.

Audiences: the actor's private messages are ephemeral; public messages for the channel the command was used in are
public followups; other channels get a channel message; direct messages go to the person's DMs, and when those are
closed a bare mention goes to the fallback channel or, failing that, a private note tells the actor.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands

from adapters.discord.chat import DiscordChat
from adapters.discord.render import render
from adapters.discord.views import EXPIRED, ButtonPress, FormModal, FormShelf
from bot.checkins.texts import OPEN_FORM
from bot.commands.spec import Command
from bot.domain.zones import known_timezones
from bot.identity import ChannelRef, UserRef
from bot.messages import Form, Message, Outbound, Reply, ToChannel, ToDirect, ToPerson, message
from bot.ports import DeliveryFailed
from bot.privacy import error_summary

if TYPE_CHECKING:
    from bot.core import Core

log = logging.getLogger("roundtable.discord")

PLATFORM = "discord"
RESTARTING = "Roundtable is restarting. Please try again in a minute."
FORM_BUDGET = 1.5          # seconds the core may take before a form-capable command is deferred anyway
AUTOCOMPLETE_BUDGET = 2.0  # autocomplete cannot be deferred
# What opens a form without a same-named form id: `/consult case submit` (form case.request), the nudge's
# "Write my request" (case.open), a check-in's "Answer the check-in" (checkin.open) and a join request's "Decline"
# (join.decline: the facilitator may write why).
FORM_COMMANDS = frozenset({("case", "submit")})
FORM_ACTIONS = frozenset({"case.open", "join.decline", OPEN_FORM})
SORRY = "Something went wrong on our side and nothing was changed. Please try again in a moment."

PROBLEMS = {
    "missing_permissions": "I don't have permission to send messages there (a server admin can allow it in the "
                           "channel's settings)",
    "not_in_channel": "I can't see that channel (a server admin can add me to it)",
    "channel_not_found": "that channel no longer exists",
    "channel_archived": "that thread is archived",
    "rate_limited": "Discord asked me to slow down; please try again in a minute",
    "unavailable": "Discord is not answering right now; please try again in a minute",
}


def user_ref(guild_id: int | str, user: discord.abc.Snowflake) -> UserRef:
    return UserRef(PLATFORM, str(guild_id), str(user.id))


def channel_ref(guild_id: int | str, channel_id: int | None) -> ChannelRef:
    return ChannelRef(PLATFORM, str(guild_id), str(channel_id))


class Interactions:
    """What the command tree, the buttons and the modals call."""

    def __init__(self, core: Core, chat: DiscordChat, forms: FormShelf) -> None:
        self.core = core
        self.chat = chat
        self.forms = forms
        self.form_commands = {tuple(form_id.split(".")) for form_id in core.registry.forms} | FORM_COMMANDS
        self.form_actions = {a for a in FORM_ACTIONS if a in core.registry.actions}
        # A graceful stop: new interactions are turned away kindly, those in flight are waited for (`drain`).
        self.stopping = False
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    # Slash commands ------------------------------------------------------------------------------

    async def command(self, interaction: discord.Interaction, command: Command, raw: dict[str, Any]) -> None:
        await self._guarded(interaction, lambda: self._command(interaction, command, raw))

    async def _command(self, interaction: discord.Interaction, command: Command, raw: dict[str, Any]) -> None:
        if interaction.guild_id is None:
            await interaction.response.send_message("Roundtable works in servers, not in direct messages.",
                                                    ephemeral=True)
            return
        actor = user_ref(interaction.guild_id, interaction.user)
        here = channel_ref(interaction.guild_id, interaction.channel_id)
        admin = interaction.permissions.manage_guild

        def call() -> Awaitable[Reply]:
            return self.core.invoke(actor, here, command, raw, workspace_admin=admin)

        if command.path in self.form_commands:
            reply = await self._quick_or_deferred(interaction, call)
        elif await self._defer(interaction):
            reply = await call()
        else:
            return
        if reply is not None:
            await Delivery(self, interaction, actor, here).deliver(reply)

    async def _quick_or_deferred(self, interaction: discord.Interaction,
                                 call: Callable[[], Awaitable[Any]]) -> Any:
        task = asyncio.ensure_future(call())
        done, _ = await asyncio.wait({task}, timeout=FORM_BUDGET)
        if not done and not await self._defer(interaction):
            await task  # the command runs to its end; nobody is left to tell
            return None
        return await task

    # Buttons and forms ---------------------------------------------------------------------------

    async def click(self, interaction: discord.Interaction, press: ButtonPress) -> None:
        await self._guarded(interaction, lambda: self._click(interaction, press))

    async def _click(self, interaction: discord.Interaction, press: ButtonPress) -> None:
        if press.action not in self.form_actions and not await self._defer(interaction):
            return
        person: list[tuple[UserRef, ChannelRef]] = []

        async def call() -> Reply | str:
            # In a direct message this asks Discord whether the clicker is still a member: inside the budget too.
            who = await self._person(interaction, press.guild)
            if isinstance(who, str):
                return who
            actor, here, admin = who
            person.append((actor, here))
            return await self.core.click(actor, here, press.action, press.value, workspace_admin=admin)

        if interaction.response.is_done():
            reply: Reply | str | None = await call()
        else:
            reply = await self._quick_or_deferred(interaction, call)
        if reply is None:
            return
        if isinstance(reply, str):
            await self._say(interaction, reply)
            return
        await Delivery(self, interaction, *person[0]).deliver(reply)

    async def _say(self, interaction: discord.Interaction, text: str) -> None:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)

    async def open_form(self, interaction: discord.Interaction, token: str) -> None:
        """The "Open form" button: the modal must be this click's first response, so nothing is deferred."""
        shelved = self.forms.get(token)
        if shelved is None:
            await interaction.response.send_message(EXPIRED, ephemeral=True)
            return
        if interaction.guild_id is not None and str(interaction.guild_id) != shelved.workspace:
            await interaction.response.send_message("That form belongs to another server.", ephemeral=True)
            return
        if shelved.owner is not None and str(interaction.user.id) != shelved.owner:
            await interaction.response.send_message("That form is someone else's.", ephemeral=True)
            return
        modal = self.modal(shelved.form, shelved.workspace, token=token)
        self.forms.opened(token, modal)  # it goes when the form does
        await interaction.response.send_modal(modal)
        self._acknowledged(interaction)

    def modal(self, form: Form, workspace: str, intro: str = "", token: str | None = None) -> FormModal:
        return FormModal(form, functools.partial(self.submit, form=form, workspace=workspace, token=token), intro)

    async def submit(self, interaction: discord.Interaction, values: dict[str, str], *, form: Form,
                     workspace: str, token: str | None = None) -> None:
        # A form from the shelf serves one submission: claimed here, before anything is awaited, so a second
        # window of the same form (or a replay) finds it gone.
        if token is not None and not self.forms.spend(token):
            await interaction.response.send_message(EXPIRED, ephemeral=True)
            return
        await self._guarded(interaction, lambda: self._submit(interaction, values, form, workspace))

    async def _submit(self, interaction: discord.Interaction, values: dict[str, str], form: Form,
                      workspace: str) -> None:
        if not await self._defer(interaction):
            return
        who = await self._person(interaction, workspace)
        if isinstance(who, str):
            await interaction.followup.send(who, ephemeral=True)
            return
        actor, here, admin = who
        reply = await self.core.submit(actor, here, form.form_id, form.context, values, workspace_admin=admin)
        await Delivery(self, interaction, actor, here).deliver(reply)

    # Autocomplete --------------------------------------------------------------------------------

    # An autocomplete can only answer with choices: when finding them fails, it offers none (the person can still
    # type), and the log gets the error's type and location - discord.py would log the whole traceback and leave
    # "Loading options failed".

    async def complete_group(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        try:
            names = await asyncio.wait_for(
                self.core.group_names(user_ref(interaction.guild_id, interaction.user), current.strip()),
                AUTOCOMPLETE_BUDGET)
        except TimeoutError:
            log.warning("group autocomplete took too long")
            return []
        except Exception as error:
            log.error("group autocomplete failed: %s", error_summary(error))
            return []
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names[:25]]

    async def complete_timezone(self, interaction: discord.Interaction,
                                current: str) -> list[app_commands.Choice[str]]:
        try:
            return self._zones(current)
        except Exception as error:
            log.error("time zone autocomplete failed: %s", error_summary(error))
            return []

    def _zones(self, current: str) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower().replace(" ", "_")
        zones = known_timezones()
        first = [z for z in zones if z.lower().startswith(needle)]
        then = [z for z in zones if needle in z.lower() and not z.lower().startswith(needle)]
        return [app_commands.Choice(name=z, value=z) for z in (first + then)[:25]]

    # Internals -----------------------------------------------------------------------------------

    async def _person(self, interaction: discord.Interaction,
                      guild_hint: str | None) -> tuple[UserRef, ChannelRef, bool] | str:
        """Who acted, where, and whether they have Manage Server; a refusal text when that can't be trusted.

        In a server Discord says all of it. A click in a direct message names no server: the server comes from
        the button, and the clicker must still be a member of it.
        """
        if interaction.guild_id is not None:
            return (user_ref(interaction.guild_id, interaction.user),
                    channel_ref(interaction.guild_id, interaction.channel_id),
                    interaction.permissions.manage_guild)
        if guild_hint is None:
            return "That only works in the server it came from."
        guild = interaction.client.get_guild(int(guild_hint))
        if guild is None:
            return "I'm no longer in the server this came from, so it can't do anything now."
        try:
            member = await guild.fetch_member(interaction.user.id)
        except discord.NotFound:
            return "You're no longer a member of the server this came from."
        return (user_ref(guild_hint, interaction.user), channel_ref(guild_hint, interaction.channel_id),
                member.guild_permissions.manage_guild)

    def _acknowledged(self, interaction: discord.Interaction) -> None:
        """The acknowledgement latency metric: from Discord creating the interaction to its first response."""
        created = getattr(interaction, "created_at", None)  # test stand-ins may lack it
        if created is not None:
            seconds = (discord.utils.utcnow() - created).total_seconds()
            self.core.metrics.acknowledged(PLATFORM, max(seconds, 0.0))

    async def _defer(self, interaction: discord.Interaction) -> bool:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            self._acknowledged(interaction)
            return True
        except discord.HTTPException as error:
            log.warning("could not acknowledge an interaction in time (%s)", getattr(error, "code", error))
            return False

    async def _guarded(self, interaction: discord.Interaction, body: Callable[[], Awaitable[None]]) -> None:
        """An adapter bug must not leave the person with "This interaction failed": apologise, then report it."""
        if self.stopping:
            try:
                await interaction.response.send_message(RESTARTING, ephemeral=True)
            except discord.HTTPException:
                pass
            return
        self._in_flight += 1
        self._idle.clear()
        try:
            await body()
        except Exception as error:
            await self.failed(interaction, error, "interaction")
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    async def drain(self, timeout: float) -> int:
        """Stop taking interactions and wait up to `timeout` seconds for those in flight; how many are left."""
        self.stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            pass
        return self._in_flight

    async def failed(self, interaction: discord.Interaction, error: BaseException, where: str) -> None:
        """Every error handler ends here (the command tree's, a modal's, a button's): the person is answered
        privately, and the log gets the error's type and code location - never its message, which may hold what
        someone typed."""
        original = getattr(error, "original", None)  # CommandInvokeError wraps what the callback raised
        cause = original if isinstance(original, BaseException) else error
        command = getattr(interaction.command, "qualified_name", None)
        log.error("%s failed: %s", f"/{command}" if command else where, error_summary(cause))
        try:
            await self._say(interaction, apology(interaction, cause))
        except discord.HTTPException as failure:
            log.warning("could not tell the person about an error (%s)", getattr(failure, "code", failure))


def apology(interaction: discord.Interaction, error: BaseException) -> str:
    """What the person is told about an error: which option could not be read, or that nothing was changed."""
    if isinstance(error, app_commands.TransformerError):
        name = _option_named(interaction, getattr(error, "value", None))
        what = f"the `{name}` option" if name else "one of the options"
        return (f"I couldn't read {what} (Discord may be showing an out-of-date version of this command). "
                "Nothing was changed: please pick the value again and try again.")
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return ("That command has changed since Discord last loaded it. Nothing was changed: please try again in "
                "a minute (restarting Discord helps).")
    return SORRY


def _option_named(interaction: discord.Interaction, value: Any) -> str | None:
    """The name of the option the person gave `value` in (options nest under subcommands)."""
    data = cast("Mapping[str, Any]", interaction.data or {})  # a union of TypedDicts, not all with options
    stack = list(data.get("options", []))
    while stack:
        option = stack.pop()
        if "options" in option:
            stack.extend(option["options"])
        elif value is not None and str(option.get("value")) == str(value):
            return str(option.get("name"))
    return None


class Delivery:
    """One Reply delivered in answer to one interaction, in the order the core gave."""

    def __init__(self, owner: Interactions, interaction: discord.Interaction, actor: UserRef,
                 here: ChannelRef) -> None:
        self.owner = owner
        self.interaction = interaction
        self.actor = actor
        self.here = here
        self.notes: list[str] = []

    async def deliver(self, reply: Reply) -> None:
        outbound = list(reply.outbound)
        if self._thinking():
            outbound = self._private_first(outbound)
        for item in outbound:
            await self._one(item)
        if self.notes or not self.interaction.response.is_done():
            await self._here(message("\n".join(self.notes) or "Done."), ephemeral=True)

    def _thinking(self) -> bool:
        return self.interaction.response.type == discord.InteractionResponseType.deferred_channel_message

    def _mine(self, item: Outbound) -> bool:
        audience = item.audience
        return isinstance(audience, ToPerson) and audience.user == self.actor

    def _is_here(self, channel: ChannelRef) -> bool:
        return channel.workspace == self.here.workspace and channel.id == self.here.id

    def _private_first(self, outbound: list[Outbound]) -> list[Outbound]:
        """A deferred answer is private, and the first followup completes it: lead with a private message."""
        for index, item in enumerate(outbound):
            if self._mine(item):
                return [item] + outbound[:index] + outbound[index + 1:]
        elsewhere = [a.channel for a in (o.audience for o in outbound)
                     if isinstance(a, ToChannel) and not self._is_here(a.channel)]
        text = "Done."
        if elsewhere:
            text += " Posted in " + ", ".join(f"<#{c.id}>" for c in dict.fromkeys(elsewhere)) + "."
        return [Outbound(ToPerson(self.actor, self.here), message(text))] + outbound

    async def _one(self, item: Outbound) -> None:
        audience = item.audience
        if isinstance(audience, ToPerson) and audience.user == self.actor:
            await self._here(item.message, ephemeral=True)
        elif isinstance(audience, ToChannel) and self._is_here(audience.channel):
            await self._here(item.message, ephemeral=False)
        elif isinstance(audience, ToChannel):
            try:
                await self.owner.chat.post(audience.channel, item.message)
            except DeliveryFailed as failed:
                log.warning("could not post in a channel: %s", failed.reason)
                self.notes.append(f"I couldn't post in <#{audience.channel.id}>: "
                                  f"{PROBLEMS.get(failed.reason, 'Discord refused the message')}.")
        elif isinstance(audience, ToDirect | ToPerson):
            fallback = audience.fallback if isinstance(audience, ToDirect) else None
            try:
                await self.owner.chat.direct(audience.user, item.message, fallback)
            except DeliveryFailed as failed:
                log.info("could not send a direct message: %s", failed.reason)
                if failed.reason == "dm_closed":
                    self.notes.append(f"I couldn't send <@{audience.user.id}> a direct message: they don't "
                                      "accept direct messages from this server, so they haven't seen it.")
                else:
                    self.notes.append(f"I couldn't send <@{audience.user.id}> a direct message: "
                                      f"{PROBLEMS.get(failed.reason, 'Discord refused it')}.")
        else:
            raise TypeError(f"Discord cannot deliver to a {type(audience).__name__}")

    async def _here(self, msg: Message, *, ephemeral: bool) -> None:
        interaction = self.interaction
        rendered = render(msg)
        if rendered.form is not None and not interaction.response.is_done():
            await interaction.response.send_modal(
                self.owner.modal(rendered.form, self.actor.workspace, intro=rendered.text))
            self.owner._acknowledged(interaction)
            return
        rendered = self.owner.chat.with_form_button(rendered, self.actor.workspace, self.here,
                                                    owner=self.actor.id if ephemeral else None)
        if rendered.empty:
            return
        if interaction.response.is_done():
            await rendered.send(interaction.followup.send, ephemeral=ephemeral)
        else:
            await rendered.send(interaction.response.send_message, then=interaction.followup.send,
                                ephemeral=ephemeral)
            self.owner._acknowledged(interaction)  # the quick path: the answer itself is the first response
