"""The /consult application command, generated from the core's one declaration (bot.commands.spec.Registry).

Each core command becomes a subcommand with typed options: integers with their ranges, choices, users, and text
with its length limit; group names and time zones autocomplete. Discord nests at most /consult <group> <command>.

A name that is both a command and a group in the core (`rsvp` and `rsvp list`) cannot be both on Discord. The
command then moves into the group: one subcommand per choice when its first required parameter is a choice
(`/consult rsvp yes`, `/consult rsvp no`, `/consult rsvp maybe` beside `/consult rsvp list`), otherwise one
subcommand named after that parameter.
"""
from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import discord
from discord import app_commands

from adapters.discord.interactions import Interactions, user_ref
from bot.commands.spec import Command, Kind, Param, Registry

ROOT = "consult"
ROOT_DESCRIPTION = "Peer consultation groups: meetings, presenters, RSVPs"
DESCRIPTION = 100
OPTIONS = 25
NAME = re.compile(r"^[a-z0-9_-]{1,32}$")
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


def build_consult(registry: Registry, handlers: Interactions) -> app_commands.Group:
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


def build_command(command: Command, handlers: Interactions, name: str | None = None,
                  fixed: dict[str, str] | None = None, description: str | None = None) -> app_commands.Command:
    """One subcommand. The callback gets a synthetic signature: discord.py reads options from it."""
    fixed = fixed or {}
    params = [p for p in command.params if p.name not in fixed]
    params.sort(key=lambda p: not p.required)  # Discord lists required options first
    if len(params) > OPTIONS:
        raise ValueError(f"/consult {command.name} has more than {OPTIONS} options")
    by_python = {f"o{index}": param for index, param in enumerate(params)}

    async def callback(interaction: discord.Interaction, **options: Any) -> None:
        raw: dict[str, Any] = dict(fixed)
        for python_name, value in options.items():
            if value is None:
                continue
            param = by_python[python_name]
            if param.kind == Kind.USER and interaction.guild_id is not None:
                value = user_ref(interaction.guild_id, value)
            raw[param.name] = value
        await handlers.command(interaction, command, raw)

    signature = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                   annotation=discord.Interaction)]
    choices: dict[str, list[app_commands.Choice[str]]] = {}
    completers: dict[str, Any] = {}
    for python_name, param in by_python.items():
        signature.append(inspect.Parameter(
            python_name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation(param),
            default=inspect.Parameter.empty if param.required else None))
        if param.kind == Kind.CHOICE:
            choices[python_name] = [app_commands.Choice(name=c, value=c) for c in param.choices]
        elif param.kind == Kind.GROUP:
            completers[python_name] = handlers.complete_group
        elif param.kind == Kind.TIMEZONE:
            completers[python_name] = handlers.complete_timezone
    callback.__signature__ = inspect.Signature(signature)  # type: ignore[attr-defined]
    # No dots: discord.py would take a dotted qualified name for a method and skip a parameter.
    callback.__name__ = callback.__qualname__ = "consult_" + "_".join(command.path).replace("-", "_")
    if by_python:
        app_commands.rename(**{py: p.name for py, p in by_python.items()})(callback)
        app_commands.describe(**{py: _clip(p.description) for py, p in by_python.items()})(callback)
    if choices:
        app_commands.choices(**choices)(callback)
    if completers:
        app_commands.autocomplete(**completers)(callback)
    return app_commands.Command(
        name=name or command.path[-1], description=_clip(description or command.description), callback=callback,
        extras={"roundtable": command.name})


def annotation(param: Param) -> Any:
    """The option type discord.py should declare for a core parameter."""
    if param.kind == Kind.INTEGER:
        if param.min_value is None and param.max_value is None:
            return int
        return app_commands.Range[int, param.min_value, param.max_value]
    if param.kind == Kind.USER:
        return discord.User  # a member when Discord resolves one, which in a server it does
    if param.kind in (Kind.TEXT, Kind.CHOICE, Kind.GROUP, Kind.TIMEZONE, Kind.DATE, Kind.DATETIME, Kind.SCHEDULE,
                      Kind.TAGS):
        return app_commands.Range[str, None, min(param.max_length, 6000)]
    raise TypeError(f"Discord has no option type for a {param.kind} parameter")


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
