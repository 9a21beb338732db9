"""`/consult help`: built from the one declaration (bot.commands.spec), for the platform that asks.

`help` alone is an overview by task that fits one screen; `help <command>` gives its usage, who may use it, each
parameter (type, range or choices, required or not) and two real examples, written as that platform takes them.
"""
from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from bot.commands.spec import Access, Command, Kind, Param, Registry, Routes, registry_of
from bot.commands.usage import as_typed, shapes, usage
from bot.domain.errors import Refusal
from bot.messages import Heading

if TYPE_CHECKING:
    from bot.context import Context
    from bot.messages import Reply

ROUTES = Routes()
command = ROUTES.command

# The overview, by task. Every command except `help` is in exactly one section (a test keeps it so).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Run a group", ("find", "group create", "group list", "group info", "group settings", "group listing",
                     "facilitator add",
                     "facilitator remove", "join", "leave", "remove", "members", "profile", "agenda set")),
    ("Meetings", ("schedule set", "schedule show", "schedule skip", "schedule restore", "schedule move", "next",
                  "rsvp", "rsvp list", "nudges show", "nudges set", "nudges mute", "nudges unmute")),
    ("Presenting", ("rotation show", "rotation pass", "rotation swap", "rotation assign", "case submit",
                    "case withdraw")),
    ("Check-ins", ("checkin start", "checkin status", "checkin answer", "checkin results", "checkin trend",
                   "checkin settings", "checkin support")),
    ("Records", ("attendance show", "attendance set", "hours", "calendar", "resources add", "resources list",
                 "resources remove")),
    ("Privacy", ("agreement show", "agreement accept", "agreement edit", "case retention")),
)

WHO = {
    Access.ANYONE: "anyone in the workspace",
    Access.MEMBER: "members of the group",
    Access.FACILITATOR: "the group's facilitators (and workspace admins)",
}


def overview_lines(registry: Registry, platform: str) -> list[str]:
    lines = []
    for title, names in SECTIONS:
        shown: list[str] = []
        for name in names:
            command = registry.find(name)
            if command is not None:
                shown.extend(f"`{form}`" for form, _ in shapes(registry, command, platform))
        lines.append(f"{title}: " + ", ".join(shown))
    lines.append("")
    lines.append("For a command's parameters, who may use it and examples: "
                 f"`{as_typed(registry, '/consult help schedule set', platform)}`.")
    lines.append("Most used: `/consult next` (your next meeting), `/consult rsvp yes`; to start, `/consult group list` "
                 "and `/consult join NAME`, or `/consult group create NAME`.")
    return lines


def describe_param(param: Param) -> str:
    kind = {
        Kind.TEXT: f"text, up to {param.max_length} characters",
        Kind.INTEGER: "whole number",
        Kind.CHOICE: "one of " + ", ".join(param.choices),
        Kind.USER: "a person, e.g. @sam",
        Kind.GROUP: "a group's name",
        Kind.TIMEZONE: "a time zone, e.g. America/Denver",
        Kind.DATE: "a date, year-month-day",
        Kind.DATETIME: "a date and time, e.g. 2026-12-23 18:00",
        Kind.SCHEDULE: "a schedule in words",
        Kind.TAGS: "words separated by commas",
    }[param.kind]
    if param.kind == Kind.INTEGER and (param.min_value is not None or param.max_value is not None):
        if param.min_value is not None and param.max_value is not None:
            kind += f", {param.min_value}-{param.max_value}"
        elif param.min_value is not None:
            kind += f", at least {param.min_value}"
        else:
            kind += f", at most {param.max_value}"
    need = "required" if param.required else "optional"
    return f"• `{param.name}` ({kind}; {need}) – {param.description}"


def detail_lines(registry: Registry, command: Command, platform: str) -> list[str]:
    lines = [f"{command.description}.", f"Usage: `{usage(registry, command, platform)}`",
             f"Who: {WHO[command.access]}."]
    fixed = {k for _, f in shapes(registry, command, platform) for k in f}
    params = [p for p in command.params if p.name not in fixed or len(shapes(registry, command, platform)) == 1]
    params = [p for p in params if p.kind != Kind.GROUP] + [p for p in params if p.kind == Kind.GROUP]
    if params:
        lines.append("Parameters:")
        lines.extend(describe_param(p) for p in params)
    if command.examples:
        lines.append("Examples:")
        lines.extend(f"`{as_typed(registry, e, platform)}`" for e in command.examples[:3])
    return lines


def _lookup(registry: Registry, words: str, platform: str) -> Command | list[Command]:
    text = " ".join(words.strip().removeprefix("/consult").split()).lower()
    command = registry.find(text)
    if command is not None:
        return command
    by_shape = {form: c for c in registry.commands.values() for form, _ in shapes(registry, c, platform)}
    if text in by_shape:
        return by_shape[text]
    family = [c for c in registry.commands.values() if c.path[0] == text]
    if family:
        return sorted(family, key=lambda c: c.path)
    names = sorted(set(by_shape) | {c.name for c in registry.commands.values()})
    guess = difflib.get_close_matches(text, names, n=2, cutoff=0.5)
    hint = " Did you mean " + " or ".join(f"`/consult help {g}`" for g in guess) + "?" if guess else ""
    raise Refusal(f"`{text[:40]}` isn't a command.{hint} `/consult help` lists them all.")


@command("help", "What Roundtable can do, or how to use one command",
         Param("command", Kind.TEXT, "A command to explain, e.g. schedule set", rest=True, max_length=60),
         access=Access.ANYONE, replans_nudges=False,
         examples=("/consult help", "/consult help schedule set"))
async def help_(ctx: Context, args: dict[str, Any]) -> Reply:
    registry, platform = registry_of(ctx), ctx.actor.platform
    asked = args.get("command")
    if not asked:
        return ctx.private(Heading("Roundtable commands"), "\n".join(overview_lines(registry, platform)))
    found = _lookup(registry, asked, platform)
    if isinstance(found, list):
        lines = [f"`/consult {form}` – {c.description}" for c in found for form, _ in shapes(registry, c, platform)]
        lines.append(f"More on one: `{as_typed(registry, '/consult help ' + found[0].name, platform)}`.")
        return ctx.private(Heading(f"/consult {found[0].path[0]} …"), "\n".join(lines))
    return ctx.private(Heading(f"/consult {found.name}"), "\n".join(detail_lines(registry, found, platform)))
