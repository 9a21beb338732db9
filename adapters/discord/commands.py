"""The /consult application command, generated from the core's one declaration (bot.commands.spec.Registry).

Each core command becomes a subcommand with typed options: integers with their ranges, choices, users, and text
with its length limit; group names and time zones autocomplete. Discord nests at most /consult <group> <command>.

A name that is both a command and a group in the core (`rsvp` and `rsvp list`) cannot be both on Discord. The
command then moves into the group: one subcommand per choice when its first required parameter is a choice
(`/consult rsvp yes`, `/consult rsvp no`, `/consult rsvp maybe` beside `/consult rsvp list`), otherwise one
subcommand named after that parameter.

The tree is built with discord.py's public API only: each subcommand is an `app_commands.Command` whose callback's
signature declares one keyword parameter per option, annotated with an `Option` - an `app_commands.Transformer`
that states the option's type, range, choices and autocomplete - and described with `app_commands.describe`.
tests/adapters/discord/command_tree.json pins what Discord receives, so a discord.py upgrade cannot change it unnoticed.
"""
from __future__ import annotations

import inspect
import keyword
import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol

import discord
from discord import app_commands

from adapters.discord.interactions import user_ref
from bot.commands.spec import Command, Kind, Param, Registry

ROOT = "consult"
ROOT_DESCRIPTION = "Peer consultation groups: meetings, presenters, RSVPs"
DESCRIPTION = 100
OPTIONS = 25
NAME = re.compile(r"^[a-z0-9_-]{1,32}$")
TEXT_KINDS = frozenset({Kind.TEXT, Kind.CHOICE, Kind.GROUP, Kind.TIMEZONE, Kind.DATE, Kind.DATETIME, Kind.SCHEDULE,
                        Kind.TAGS})
# What each group of subcommands is for, as Discord's command picker shows it (not "Rsvp: list").
GROUP_DESCRIPTIONS = {
    "group": "Groups: create one, list them, see one, change its settings",
    "facilitator": "Facilitators: add or remove a co-facilitator",
    "agreement": "The confidentiality agreement: read, accept or edit it",
    "schedule": "The meeting schedule: set it, show it, skip, restore or move a meeting",
    "rsvp": "RSVP to a meeting (yes, no, maybe), or list who is coming",
    "attendance": "Attendance of past meetings: show it or correct it",
    "rotation": "Who presents: show the rotation, pass, swap or assign a turn",
    "nudges": "Reminders and nudges: show, change lead times, mute or unmute",
    "agenda": "The meeting agenda shown in reminders",
    "case": "Consultation requests: write, withdraw, or set how long they stay",
    "checkin": "Anonymous burnout check-ins: answer, results, trend, settings, support",
}


Completer = Callable[[discord.Interaction, str], Awaitable[Sequence[app_commands.Choice[str]]]]


class CommandHandlers(Protocol):
    """What the generated commands call (adapters.discord.interactions.Interactions)."""

    async def command(self, interaction: discord.Interaction, command: Command, raw: dict[str, Any]) -> None: ...

    async def complete_group(self, interaction: discord.Interaction,
                             current: str) -> list[app_commands.Choice[str]]: ...

    async def complete_timezone(self, interaction: discord.Interaction,
                                current: str) -> list[app_commands.Choice[str]]: ...


def build_consult(registry: Registry, handlers: CommandHandlers) -> app_commands.Group:
    root = app_commands.Group(
        name=ROOT, description=ROOT_DESCRIPTION, guild_only=True,
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
        extras={"roundtable": True})
    commands = registry.commands
    for path in commands:
        if len(path) > 2:
            raise ValueError(f"Discord nests commands only two deep: /consult {' '.join(path)}")
    group_names = sorted({path[0] for path in commands if len(path) == 2})
    groups: dict[str, app_commands.Group] = {}
    for name in group_names:
        subs = sorted(path[1] for path in commands if len(path) == 2 and path[0] == name)
        description = GROUP_DESCRIPTIONS.get(name) or f"{name.capitalize()} commands: {', '.join(subs)}"
        groups[name] = app_commands.Group(name=name, description=_clip(description))
        root.add_command(groups[name])
    for path, command in sorted(commands.items()):
        if len(path) == 2:
            groups[path[0]].add_command(build_command(command, handlers))
        elif path[0] in groups:
            taken = {c.name for c in groups[path[0]].commands}
            for name, fixed, description in folded(command, taken):
                groups[path[0]].add_command(build_command(command, handlers, name, fixed, description))
        else:
            root.add_command(build_command(command, handlers))
    return root


def folded(command: Command, taken: set[str]) -> Iterator[tuple[str, dict[str, str], str]]:
    """Subcommands standing in for a command whose name is also a group's: (name, fixed options, description)."""
    first = next((p for p in command.params if p.required), None)
    if first is not None and first.kind == Kind.CHOICE and all(
            NAME.match(c) and c not in taken for c in first.choices):
        lowered = command.description[:1].lower() + command.description[1:]
        for choice in first.choices:
            yield choice, {first.name: choice}, _clip(f"{choice.capitalize()}: {lowered}")
        return
    name = first.name if first is not None and first.name not in taken else "run"
    yield name, {}, command.description


def build_command(command: Command, handlers: CommandHandlers, name: str | None = None,
                  fixed: dict[str, str] | None = None,
                  description: str | None = None) -> app_commands.Command[Any, ..., None]:
    """One subcommand: an `app_commands.Command` whose callback declares one keyword parameter per option.

    discord.py reads a command's options from its callback's signature; the signature is written here from the
    core's parameters (`__signature__`, which `inspect.signature` honours), each annotated with an `Option`.
    """
    fixed = fixed or {}
    params = [p for p in command.params if p.name not in fixed]
    params.sort(key=lambda p: not p.required)  # Discord lists required options first
    if len(params) > OPTIONS:
        raise ValueError(f"/consult {command.name} has more than {OPTIONS} options")
    by_python = {python_name(param.name): param for param in params}

    async def callback(interaction: discord.Interaction, **options: Any) -> None:
        raw: dict[str, Any] = dict(fixed)
        raw.update((by_python[key].name, value) for key, value in options.items() if value is not None)
        await handlers.command(interaction, command, raw)

    signature = inspect.Signature([
        inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction),
        *(inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY,
                            annotation=app_commands.Transform[Any, option(param, handlers)],
                            default=inspect.Parameter.empty if param.required else None)
          for key, param in by_python.items()),
    ])
    callback.__signature__ = signature  # type: ignore[attr-defined]  # PEP 362's hook, unknown to typeshed
    renamed = {key: param.name for key, param in by_python.items() if key != param.name}
    if renamed:
        app_commands.rename(**renamed)(callback)  # an option named like a Python keyword (`from`)
    if by_python:
        app_commands.describe(**{key: _clip(param.description) for key, param in by_python.items()})(callback)
    return app_commands.Command(
        name=name or command.path[-1], description=_clip(description or command.description), callback=callback,
        extras={"roundtable": command.name})


def python_name(option: str) -> str:
    """The callback's parameter name for an option: the option's own name unless Python reserves it."""
    name = option.replace("-", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


class Option(app_commands.Transformer):
    """A core parameter as a Discord option: its type, range and choices, declared through discord.py's
    Transformer (the documented way to describe an option beyond a plain Python type)."""

    def __init__(self, param: Param) -> None:
        self.param = param

    @property
    def type(self) -> discord.AppCommandOptionType:
        if self.param.kind == Kind.INTEGER:
            return discord.AppCommandOptionType.integer
        if self.param.kind == Kind.USER:
            return discord.AppCommandOptionType.user  # a member when Discord resolves one, which in a server it does
        if self.param.kind in TEXT_KINDS:
            return discord.AppCommandOptionType.string
        raise TypeError(f"Discord has no option type for a {self.param.kind} parameter")

    @property
    def min_value(self) -> int | None:
        return self.param.min_value if self.param.kind == Kind.INTEGER else None

    @property
    def max_value(self) -> int | None:
        if self.param.kind == Kind.INTEGER:
            return self.param.max_value
        if self.param.kind in TEXT_KINDS:
            return min(self.param.max_length, 6000)
        return None

    @property
    def choices(self) -> list[app_commands.Choice[str | int | float]] | None:
        if self.param.kind != Kind.CHOICE:
            return None
        return [app_commands.Choice(name=c, value=c) for c in self.param.choices]

    async def transform(self, interaction: discord.Interaction, value: Any, /) -> Any:
        if self.param.kind == Kind.USER and interaction.guild_id is not None:
            return user_ref(interaction.guild_id, value)
        return value


class CompletedOption(Option):
    """An option whose values Discord suggests as the person types (group names, time zones)."""

    def __init__(self, param: Param, complete: Completer) -> None:
        super().__init__(param)
        self.complete = complete

    async def autocomplete(self, interaction: discord.Interaction, value: int | float | str,
                           /) -> list[app_commands.Choice[int | float | str]]:
        return [app_commands.Choice(name=c.name, value=c.value) for c in await self.complete(interaction, str(value))]


def option(param: Param, handlers: CommandHandlers) -> Option:
    if param.kind == Kind.GROUP:
        return CompletedOption(param, handlers.complete_group)
    if param.kind == Kind.TIMEZONE:
        return CompletedOption(param, handlers.complete_timezone)
    return Option(param)


def command_paths(group: app_commands.Group, prefix: str = "") -> list[str]:
    """Every invocable path under a group, e.g. "consult group create" (for sync output and tests)."""
    out: list[str] = []
    here = f"{prefix}{group.name}"
    for child in group.commands:
        if isinstance(child, app_commands.Group):
            out.extend(command_paths(child, here + " "))
        else:
            out.append(f"{here} {child.name}")
    return out


def _clip(text: str, limit: int = DESCRIPTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
