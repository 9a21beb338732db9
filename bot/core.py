"""The Roundtable core: takes a person's command, click or form, runs the use case in one transaction, and
answers with platform-neutral messages. Adapters call `Roundtable`; nothing here knows which platform it is."""
from __future__ import annotations

import difflib
import logging
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.checkins.mixing import AnswerMixer
from bot.clock import Clock
from bot.commands.parse import has_control_characters, parse
from bot.commands.spec import Access, Command, Kind, Param, Registry, usage_line
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Block, Message, Reply, ToChannel, ToPerson, message
from bot.ports import UnitOfWork, UnitOfWorkFactory
from bot.privacy import error_summary

if TYPE_CHECKING:
    from bot.cases.service import CaseService

log = logging.getLogger("roundtable.core")

MAX_NAME = 80

MentionResolver = Callable[[str], UserRef | None]


def default_mentions(actor: UserRef) -> MentionResolver:
    """Reads `<@U123>`, `<@U123|name>` (Slack, Discord) and `@name` (console) as people in the actor's workspace."""

    def resolve(token: str) -> UserRef | None:
        token = token.strip()
        if token.startswith("<@") and token.endswith(">"):
            ident = token[2:-1].lstrip("!").split("|", 1)[0]
        elif token.startswith("@") and len(token) > 1:
            ident = token[1:]
        else:
            return None
        if not ident or has_control_characters(ident) or len(ident) > 64:
            return None
        return UserRef(actor.platform, actor.workspace, ident)

    return resolve


@lru_cache(maxsize=1)
def known_timezones() -> tuple[str, ...]:
    """Every IANA zone name (from tzdata), sorted: for validation and for adapters' autocomplete."""
    return tuple(sorted(zoneinfo.available_timezones()))


@lru_cache(maxsize=1)
def _zone_index() -> tuple[frozenset[str], dict[str, str]]:
    zones = known_timezones()
    return frozenset(zones), {z.lower(): z for z in zones}


# Abbreviations and the POSIX-style legacy zones: EST is UTC-5 all year, so a group in New York would meet an
# hour off for half the year. A place name follows the place's daylight-saving rules.
OFFSET_ZONES = {
    "est": "America/New_York", "edt": "America/New_York", "est5edt": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "cst6cdt": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mst7mdt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pst8pdt": "America/Los_Angeles",
    "hst": "Pacific/Honolulu", "akst": "America/Anchorage", "bst": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "met": "Europe/Berlin", "eet": "Europe/Athens",
    "eest": "Europe/Athens", "wet": "Europe/Lisbon", "aest": "Australia/Sydney", "nzst": "Pacific/Auckland",
}


def check_timezone(name: str) -> str:
    if name.strip().lower() in OFFSET_ZONES:
        raise Refusal(f"“{name.strip()}” names a clock offset, not a place, so it can't follow the daylight-saving "
                      f"rules where the group meets (meetings could be an hour off for part of the year). Use a "
                      f"place name, e.g. `{OFFSET_ZONES[name.strip().lower()]}`.")
    exact, folded = _zone_index()
    if name in exact:
        return name
    if name.lower() in folded:
        return folded[name.lower()]
    zones = known_timezones()
    guess = difflib.get_close_matches(name, zones, n=1, cutoff=0.6) or difflib.get_close_matches(
        name.replace(" ", "_"), zones, n=1, cutoff=0.5
    )
    hint = f" Did you mean `{guess[0]}`?" if guess else " Use a name like `America/Denver` or `Europe/Berlin`."
    raise Refusal(f"“{name[:60]}” isn't a time zone I know.{hint}")


def _unknown_option(command: Command, value: Any) -> str | None:
    """`colour` when a word like `colour:red` was taken as a value because `colour` names no parameter."""
    if not isinstance(value, str):
        return None
    key, sep, _ = value.partition(":")
    if not sep or not key.isidentifier() or key.lower() in {p.name for p in command.params}:
        return None
    return key[:30]


def check_name(name: str, what: str = "A group name") -> str:
    name = " ".join(name.split())
    if not name:
        raise Refusal(f"{what} can't be empty.")
    if len(name) > MAX_NAME:
        raise Refusal(f"{what} can be at most {MAX_NAME} characters (that one has {len(name)}).")
    if has_control_characters(name):
        raise Refusal(f"{what} can't contain control characters.")
    return name


def convert(param: Param, value: Any, mentions: MentionResolver) -> Any:
    """A raw argument (text from a command line, or a typed value from Discord) as the parameter's type."""
    if param.kind == Kind.USER:
        if isinstance(value, UserRef):
            return value
        user = mentions(str(value))
        if user is None:
            raise Refusal(f"`{param.name}` should mention someone, like @name.")
        return user
    text = str(value).strip()
    if has_control_characters(text):
        raise Refusal(f"`{param.name}` can't contain control characters.")
    if param.kind == Kind.INTEGER:
        try:
            number = int(value) if isinstance(value, int) else int(text)
        except ValueError:
            raise Refusal(f"`{param.name}` should be a whole number, not “{text[:30]}”.") from None
        if param.min_value is not None and number < param.min_value or param.max_value is not None and number > param.max_value:
            raise Refusal(f"`{param.name}` must be between {param.min_value} and {param.max_value} (you gave {number}).")
        return number
    if len(text) > param.max_length:
        raise Refusal(f"`{param.name}` can be at most {param.max_length} characters (that one has {len(text)}).")
    if param.kind == Kind.CHOICE:
        lowered = text.lower()
        if lowered in param.choices:
            return lowered
        guess = difflib.get_close_matches(lowered, param.choices, n=1, cutoff=0.5)
        hint = f" Did you mean `{guess[0]}`?" if guess else ""
        raise Refusal(f"`{param.name}` must be one of {', '.join(param.choices)}.{hint}")
    if param.kind == Kind.TIMEZONE:
        return check_timezone(text)
    if param.kind == Kind.DATE:
        try:
            return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
        except ValueError:
            raise Refusal(f"`{param.name}` should be a date like 2026-12-08, not “{text[:30]}”.") from None
    if param.kind == Kind.TAGS:
        tags = [" ".join(t.split()) for t in text.split(",")]
        tags = [t for t in tags if t]
        if any(len(t) > 40 for t in tags) or len(tags) > 12:
            raise Refusal("Give up to 12 tags of at most 40 characters, separated by commas, e.g. `CBT, EMDR, somatic`.")
        return tags
    if param.kind == Kind.GROUP:
        return check_name(text)
    return text


@dataclass
class Context:
    """Everything a use case needs: who asked, where, when, inside which transaction, and for which group."""

    app: Roundtable
    uow: UnitOfWork
    actor: UserRef
    channel: ChannelRef
    now: datetime
    group: Group | None = None
    workspace_admin: bool = False
    touched: list[Group] = field(default_factory=list)
    # Undo for what a use case changed outside the transaction (answers taken from the mixer for a batch).
    on_rollback: list[Callable[[], None]] = field(default_factory=list)

    def undo_outside(self) -> None:
        for undo in reversed(self.on_rollback):   # last change first
            undo()
        self.on_rollback.clear()

    def may_facilitate(self, group: Group) -> bool:
        """Group facilitators, and workspace admins (Discord's Manage Server), may do facilitators' work."""
        return group.is_facilitator(self.actor.id) or (self.workspace_admin and group.workspace == self.actor.workspace_ref)

    @property
    def the_group(self) -> Group:
        assert self.group is not None
        return self.group

    def private(self, *blocks: Block | str) -> Reply:
        return Reply().add(ToPerson(self.actor, self.channel), message(*blocks))

    def public(self, *blocks: Block | str, channel: ChannelRef | None = None) -> Reply:
        return Reply().add(ToChannel(channel or self.channel), message(*blocks))

    async def load_group(self, group_id: int) -> Group:
        group = await self.uow.groups.get(group_id)
        if group is None:
            raise Refusal("That group no longer exists.")
        if group.workspace != self.actor.workspace_ref:
            raise Refusal("That group belongs to another workspace.")
        group.settle(self.now)
        self.group = group
        self.touched.append(group)
        return group


class Roundtable:
    def __init__(
        self, registry: Registry, uow_factory: UnitOfWorkFactory, clock: Clock, default_timezone: str = "UTC",
        checkin_mixer: AnswerMixer | None = None, cases: CaseService | None = None,
        on_change: Callable[[], Any] | None = None,
    ) -> None:
        """`cases` posts and deletes consultation requests (None: they are not switched on); `on_change()` runs
        after a command or action changed a group (e.g. waking the nudge scheduler). Both come from the
        composition root (roundtable/compose.py)."""
        self.registry = registry
        self.uow_factory = uow_factory
        self.clock = clock
        self.default_timezone = default_timezone
        # Check-in answers held in memory until they can be written as a batch; the check-in sweep shares it.
        self.checkin_mixer = checkin_mixer or AnswerMixer()
        self.cases = cases
        self.on_change = on_change

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
        async with self.uow_factory() as uow:
            ctx = Context(self, uow, actor, channel, self.clock.now(), workspace_admin=workspace_admin)
            try:
                args = self._arguments(command, raw, resolver, actor.platform)
                if command.group_scoped:
                    ctx.group = await self._resolve_group(ctx, command, args.get("group"))
                    ctx.group.settle(ctx.now)
                    self._check_access(ctx, command)
                    ctx.touched.append(ctx.group)
                reply = await command.handler(ctx, args)
                changed = not command.readonly and bool(ctx.touched)
                if changed:
                    for group in ctx.touched:
                        group.touch(ctx.now)
                await uow.commit()
                log.info("command %s ok", command.name)
                if changed:
                    self._changed()
                return reply
            except Refusal as refusal:
                await uow.rollback()
                ctx.undo_outside()
                log.info("command %s refused", command.name)
                return self._refused(actor, channel, refusal)
            except Exception as error:
                await uow.rollback()
                ctx.undo_outside()
                log.error("command %s failed: %s", command.name, error_summary(error))
                return self._failed(actor, channel)

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
                    unknown = _unknown_option(command, value)
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
            log.warning("unknown action %s", action[:40])
            return self._refused(actor, channel, Refusal("That button no longer does anything. Try the command again."))
        return await self._run(actor, channel, f"action {action}", lambda ctx: handler(ctx, value), workspace_admin)

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
            return self._refused(actor, channel, Refusal("That form is no longer in use. Try the command again."))
        # The rule a command option follows (`convert`) holds for a form field too, whichever platform sent it:
        # no invisible control characters (bidi overrides and isolates, escape sequences, bells...); line breaks
        # and tabs are text.
        tainted = [name for name, value in values.items() if isinstance(value, str) and has_control_characters(value)]
        if tainted:
            log.info("form %s refused", form_id)
            return self._refused(actor, channel, Refusal(
                f"{', '.join(f'`{name}`' for name in tainted)} can't contain control characters. Please retype "
                f"{'it' if len(tainted) == 1 else 'them'}."))
        return await self._run(actor, channel, f"form {form_id}", lambda ctx: handler(ctx, context, values),
                               workspace_admin)

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
        self, actor: UserRef, channel: ChannelRef, what: str, body: Callable[[Context], Any], workspace_admin: bool
    ) -> Reply:
        async with self.uow_factory() as uow:
            ctx = Context(self, uow, actor, channel, self.clock.now(), workspace_admin=workspace_admin)
            try:
                reply = await body(ctx)
                for group in ctx.touched:
                    group.touch(ctx.now)
                await uow.commit()
                log.info("%s ok", what)
                if ctx.touched:
                    self._changed()
                return reply
            except Refusal as refusal:
                await uow.rollback()
                ctx.undo_outside()
                log.info("%s refused", what)
                return self._refused(actor, channel, refusal)
            except Exception as error:
                await uow.rollback()
                ctx.undo_outside()
                log.error("%s failed: %s", what, error_summary(error))
                return self._failed(actor, channel)

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

    def _changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception as error:  # a scheduler hiccup must not fail the person's command
                log.error("on_change hook failed: %s", error_summary(error))

    def _refused(self, actor: UserRef, channel: ChannelRef, refusal: Refusal) -> Reply:
        return Reply().add(ToPerson(actor, channel), Message((message(refusal.message).blocks[0],)))

    def _failed(self, actor: UserRef, channel: ChannelRef) -> Reply:
        return Reply().add(
            ToPerson(actor, channel),
            message("Something went wrong on our side and nothing was changed. Please try again in a moment."),
        )
