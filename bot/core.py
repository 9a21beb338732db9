"""The Roundtable core: takes a person's command, click or form, runs the use case in one transaction, and
answers with platform-neutral messages. Adapters call `Core`; nothing here knows which platform it is."""
from __future__ import annotations

import difflib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from bot.checkins.mixing import AnswerMixer
from bot.clock import Clock
from bot.commands.arguments import MentionResolver, convert, default_mentions, unknown_option
from bot.commands.home import home_page
from bot.commands.parse import parse
from bot.commands.spec import Access, Command, Registry
from bot.commands.usage import usage_line
from bot.context import AppUnitOfWorkFactory, Context
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.domain.text import has_control_characters
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Message, Reply, ToPerson, message
from bot.metrics import NO_METRICS, Metrics
from bot.privacy import error_summary

if TYPE_CHECKING:
    from bot.cases.service import CaseService

log = logging.getLogger("roundtable.core")


class Core:
    def __init__(
        self, registry: Registry, uow_factory: AppUnitOfWorkFactory, clock: Clock, default_timezone: str = "UTC",
        checkin_mixer: AnswerMixer | None = None, cases: CaseService | None = None,
        on_change: Callable[[], Any] | None = None,
        on_groups_changed: Callable[[Sequence[Group]], Any] | None = None, metrics: Metrics = NO_METRICS,
    ) -> None:
        """`cases` posts and deletes consultation requests (None: they are not switched on); `on_change()` runs
        after a command or action changed a group (e.g. waking the nudge scheduler), and
        `on_groups_changed(groups)` with the groups it changed (Slack's Home tabs of their members are refreshed).
        They come from the composition root (roundtable/compose.py)."""
        self.registry = registry
        self.uow_factory = uow_factory
        self.clock = clock
        self.default_timezone = default_timezone
        # Check-in answers held in memory until they can be written as a batch; the check-in sweep shares it.
        self.checkin_mixer = checkin_mixer or AnswerMixer()
        self.cases = cases
        self.on_change = on_change
        self.on_groups_changed = on_groups_changed
        # Counts by command name and outcome, and the time each took (bot/metrics.py; Prometheus when served).
        self.metrics = metrics

    # Entry points used by adapters -----------------------------------------------------------------

    async def command_text(
        self,
        actor: UserRef,
        channel: ChannelRef,
        text: str,
        mentions: MentionResolver | None = None,
        workspace_admin: bool = False,
    ) -> Reply:
        """A command typed as text after `/consult` (console, Slack)."""
        try:
            parsed = parse(self.registry, text)
        except Refusal as refusal:
            return self._refused(actor, channel, refusal)
        return await self.invoke(actor, channel, parsed.command, parsed.raw, mentions, workspace_admin)

    async def invoke(
        self,
        actor: UserRef,
        channel: ChannelRef,
        command: Command,
        raw: dict[str, Any],
        mentions: MentionResolver | None = None,
        workspace_admin: bool = False,
    ) -> Reply:
        """A command with its raw arguments (Discord passes typed options here directly: strings, ints, UserRefs)."""
        resolver = mentions or default_mentions(actor)

        async def run(ctx: Context) -> Reply:
            args = self._arguments(command, raw, resolver, actor.platform)
            if command.group_scoped:
                ctx.group = await self._resolve_group(ctx, command, args.get("group"))
                ctx.group.settle(ctx.now)
                self._check_access(ctx, command)
                ctx.touched.append(ctx.group)
            return await command.handler(ctx, args)

        return await self._run(actor, channel, ("command", command.name), run, workspace_admin,
                               replans_nudges=command.replans_nudges)

    def _arguments(self, command: Command, raw: dict[str, Any], resolver: MentionResolver,
                   platform: str) -> dict[str, Any]:
        """The raw arguments as typed values; a refusal for bad input ends with the command's usage line."""
        args: dict[str, Any] = {}
        for param in command.params:
            value = raw.get(param.name)
            try:
                if value is None or value == "":
                    if param.required:
                        raise Refusal(f"`/consult {command.name}` needs {param.name}.")
                    continue
                try:
                    args[param.name] = convert(param, value, resolver)
                except Refusal:
                    unknown = unknown_option(command, value)
                    if unknown is None:
                        raise
                    names = ", ".join(p.name for p in command.params) or "none"
                    raise Refusal(f"`/consult {command.name}` has no parameter `{unknown}` (its parameters: "
                                  f"{names}).") from None
            except Refusal as refusal:
                usage = usage_line(self.registry, command, platform)
                if "Usage: `" in refusal.message:
                    raise
                raise Refusal(f"{refusal.message} {usage}") from None
        return args

    async def click(
        self, actor: UserRef, channel: ChannelRef, action: str, value: str, workspace_admin: bool = False
    ) -> Reply:
        """A button press. `action` names a registered action; `value` is what the button carried."""
        handler = self.registry.actions.get(action)
        if handler is None:
            log.warning("unknown action", extra={"command": "(unknown)", "outcome": "unknown",
                                                 "adapter": actor.platform})
            self.metrics.handled("click", "(unknown)", "unknown", actor.platform, 0.0)
            return self._refused(actor, channel, Refusal("That button no longer does anything. Try the command again."))
        return await self._run(actor, channel, ("click", action), lambda ctx: handler(ctx, value), workspace_admin)

    async def submit(
        self,
        actor: UserRef,
        channel: ChannelRef,
        form_id: str,
        context: str,
        values: dict[str, str],
        workspace_admin: bool = False,
    ) -> Reply:
        """A form sent back. `context` is what the Form carried; `values` maps field names to text."""
        handler = self.registry.forms.get(form_id)
        if handler is None:
            self.metrics.handled("form", "(unknown)", "unknown", actor.platform, 0.0)
            return self._refused(actor, channel, Refusal("That form is no longer in use. Try the command again."))
        # The rule a command option follows (`convert`) holds for a form field too, whichever platform sent it:
        # no invisible control characters (bidi overrides and isolates, escape sequences, bells...); line breaks
        # and tabs are text.
        tainted = [name for name, value in values.items() if isinstance(value, str) and has_control_characters(value)]
        if tainted:
            self._outcome("form", form_id, "refused", actor, 0.0)
            return self._refused(actor, channel, Refusal(
                f"{', '.join(f'`{name}`' for name in tainted)} can't contain control characters. Please retype "
                f"{'it' if len(tainted) == 1 else 'them'}."))
        return await self._run(actor, channel, ("form", form_id), lambda ctx: handler(ctx, context, values),
                               workspace_admin)

    async def home(self, actor: UserRef) -> Message:
        """The member's own page (Slack's App Home): bot/commands/home.py. Run like a command, in a transaction of
        its own (meetings that have taken place are settled), but it changes nothing the scheduler plans from."""
        nowhere = ChannelRef(actor.platform, actor.workspace, "")

        async def page(ctx: Context) -> Reply:
            return ctx.private(*(await home_page(ctx)).blocks)

        reply = await self._run(actor, nowhere, ("page", "home"), page, False, replans_nudges=False)
        return reply.outbound[0].message

    async def reader_timezones(self, workspace: WorkspaceRef) -> dict[str, str]:
        """Every profile time zone in a workspace (user id -> zone), for the console to load once."""
        async with self.uow_factory() as uow:
            return await uow.profiles.timezones(workspace)

    async def group_names(self, actor: UserRef, prefix: str, limit: int = 25) -> list[str]:
        """For autocomplete: names of the workspace's groups starting with `prefix`."""
        async with self.uow_factory() as uow:
            return await uow.groups.names(actor.workspace_ref, prefix.casefold(), limit)

    # Internals -----------------------------------------------------------------------------------

    async def _run(
        self, actor: UserRef, channel: ChannelRef, what: tuple[str, str], body: Callable[[Context], Awaitable[Reply]],
        workspace_admin: bool, replans_nudges: bool = True,
    ) -> Reply:
        """`body` in one transaction: committed if it answers, rolled back (with what it changed outside) if it
        refuses or fails. Groups it touched are stamped and the change hook runs (nudges are re-planned), unless
        the command declares `replans_nudges=False`."""
        kind, name = what
        started = time.perf_counter()  # a duration for the log and metrics, not a time of day (that is the Clock)
        async with self.uow_factory() as uow:
            ctx = Context(self, uow, actor, channel, self.clock.now(), workspace_admin=workspace_admin)
            try:
                reply = await body(ctx)
                changed = replans_nudges and bool(ctx.touched)
                if changed:
                    for group in ctx.touched:
                        group.touch(ctx.now)
                await uow.commit()
                self._outcome(kind, name, "ok", actor, time.perf_counter() - started)
                if changed:
                    self._changed(ctx.touched)
                return reply
            except Refusal as refusal:
                await uow.rollback()
                ctx.undo_outside()
                self._outcome(kind, name, "refused", actor, time.perf_counter() - started)
                return self._refused(actor, channel, refusal)
            except Exception as error:
                await uow.rollback()
                ctx.undo_outside()
                self._outcome(kind, name, "failed", actor, time.perf_counter() - started, error_summary(error))
                return self._failed(actor, channel)

    def _outcome(self, kind: str, name: str, outcome: str, actor: UserRef, seconds: float,
                 error: str | None = None) -> None:
        """One log line and one count per command, click or form: its registry name, never what was typed."""
        fields = {"command": name, "outcome": outcome, "duration": round(seconds, 6), "adapter": actor.platform}
        if error is None:
            log.info("%s %s %s", "action" if kind == "click" else kind, name, outcome, extra=fields)
        else:
            log.error("%s %s failed: %s", "action" if kind == "click" else kind, name, error, extra=fields)
        self.metrics.handled(kind, name, outcome, actor.platform, seconds)

    async def _resolve_group(self, ctx: Context, command: Command, name: str | None) -> Group:
        groups = ctx.uow.groups
        if name:
            group = await groups.by_name(ctx.actor.workspace_ref, name.casefold())
            if group is None:
                known = await groups.names(ctx.actor.workspace_ref, "", 200)
                guess = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
                hint = f" Did you mean “{guess[0]}”?" if guess else " `/consult group list` shows the groups here."
                raise Refusal(f"There's no group called “{name}” in this workspace.{hint}")
            return group
        here = await groups.by_channel(ctx.channel)
        if command.path == ("join",):
            if len(here) == 1:
                return here[0]
            raise Refusal("Which group would you like to join? `/consult join NAME` (see `/consult group list`).")
        mine_here = [g for g in here if g.member(ctx.actor.id) is not None]
        if len(mine_here) == 1:
            return mine_here[0]
        if len(here) == 1 and not mine_here:
            return here[0]
        mine = await groups.for_user(ctx.actor)
        if len(mine) == 1:
            return mine[0]
        if not mine:
            raise Refusal("You're not in a group yet. `/consult group list` shows the groups here; `/consult join NAME` asks to join one.")
        names = ", ".join(f"“{g.name}”" for g in sorted(mine, key=lambda g: g.name))
        raise Refusal(f"Which group? You're in {names}. Add `group:NAME` to the command.")

    def _check_access(self, ctx: Context, command: Command) -> None:
        group = ctx.the_group
        if command.access == Access.MEMBER and not group.is_member(ctx.actor.id):
            raise Refusal(f"That's for members of {group.name}. You can ask to join with `/consult join {group.name}`.")
        if command.access == Access.FACILITATOR and not ctx.may_facilitate(group):
            raise Refusal(f"Only the facilitators of {group.name} can do that.")

    def _changed(self, groups: Sequence[Group]) -> None:
        for hook, arguments in ((self.on_change, ()), (self.on_groups_changed, (tuple(groups),))):
            if hook is None:
                continue
            try:
                hook(*arguments)
            except Exception as error:  # a scheduler or Home-tab hiccup must not fail the person's command
                log.error("change hook failed: %s", error_summary(error))

    def _refused(self, actor: UserRef, channel: ChannelRef, refusal: Refusal) -> Reply:
        return Reply().add(ToPerson(actor, channel), Message((message(refusal.message).blocks[0],)))

    def _failed(self, actor: UserRef, channel: ChannelRef) -> Reply:
        return Reply().add(
            ToPerson(actor, channel),
            message("Something went wrong on our side and nothing was changed. Please try again in a moment."),
        )
