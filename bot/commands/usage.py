"""How a declared command is written on each platform: its shapes, its usage line, its examples as typed there."""
from __future__ import annotations

import re

from bot.commands.parse import parse
from bot.commands.spec import Command, Kind, Param, Registry

# Platforms whose commands nest at most two deep and where a name cannot be both a command and a group (Discord):
# a command like `rsvp` beside `rsvp list` moves into the group there (adapters/discord/commands.py builds it so).
NESTING_PLATFORMS = frozenset({"discord"})
# Platforms where every parameter is a named option (`date:2026-12-22`), never a positional word.
OPTION_PLATFORMS = frozenset({"discord"})
_SUBCOMMAND = re.compile(r"^[a-z0-9_-]{1,32}$")


def shapes(registry: Registry, command: Command, platform: str) -> list[tuple[str, dict[str, str]]]:
    """How `command` is invoked on `platform`: (the words after /consult, parameters those words fix)."""
    path = command.path
    if platform not in NESTING_PLATFORMS or len(path) != 1:
        return [(command.name, {})]
    taken = {p[1] for p in registry.commands if len(p) == 2 and p[0] == path[0]}
    if not taken:
        return [(command.name, {})]
    first = next((p for p in command.params if p.required), None)
    if first is not None and first.kind == Kind.CHOICE and all(
            _SUBCOMMAND.match(c) and c not in taken for c in first.choices):
        return [(f"{command.name} {choice}", {first.name: choice}) for choice in first.choices]
    name = first.name if first is not None and first.name not in taken else "run"
    return [(f"{command.name} {name}", {})]


def _ordered(command: Command) -> list[Param]:
    return [p for p in command.params if p.kind != Kind.GROUP] + [p for p in command.params if p.kind == Kind.GROUP]


def usage(registry: Registry, command: Command, platform: str) -> str:
    """The command's form, e.g. `/consult schedule skip <date> [group:…]` (`date:…` where options are named)."""
    named = platform in OPTION_PLATFORMS
    forms = shapes(registry, command, platform)
    fixed = forms[0][1]
    if len(forms) > 1:
        stem = command.name + " " + "|".join(name.split()[-1] for name, _ in forms)
    else:
        stem = forms[0][0]
    parts = [f"/consult {stem}"]
    for p in _ordered(command):
        if p.name in fixed:
            continue
        if p.required and named:
            parts.append(f"{p.name}:…")
        elif p.required and p.kind == Kind.CHOICE:
            parts.append(f"<{'|'.join(p.choices)}>")
        elif p.required:
            parts.append(f"<{p.name}{'…' if p.rest else ''}>")
        else:
            parts.append(f"[{p.name}:…]")
    return " ".join(parts)


def usage_line(registry: Registry, command: Command, platform: str) -> str:
    """`Usage: `…`, e.g. `…`.` — what a refusal for bad input ends with."""
    text = f"Usage: `{usage(registry, command, platform)}`"
    if command.example:
        text += f", e.g. `{as_typed(registry, command.example, platform)}`"
    return text + "."


def as_typed(registry: Registry, example: str, platform: str) -> str:
    """An example written as `platform` takes it: on Discord, `/consult schedule skip date:2026-12-22`."""
    if platform not in OPTION_PLATFORMS and platform not in NESTING_PLATFORMS:
        return example
    try:
        parsed = parse(registry, example.removeprefix("/consult").strip())
    except Exception:
        return example
    command = parsed.command
    raw = dict(parsed.raw)
    forms = shapes(registry, command, platform)
    name = forms[0][0]
    for form, fixed in forms:
        if fixed and all(raw.get(k, "").lower() == v for k, v in fixed.items()):
            name = form
            for key in fixed:
                raw.pop(key, None)
    words = [f"/consult {name}"]
    for p in _ordered(command):
        if p.name in raw:
            value = raw[p.name]
            if platform in OPTION_PLATFORMS:
                words.append(f"{p.name}:{value}")
            else:
                words.append(f'"{value}"' if " " in value and not p.rest else value)
    return " ".join(words)
