"""Turn the text after `/consult` into a command and raw arguments, or a kind error.

Syntax: the command's words, then its required parameters in order, then optional ones as `name:value`.
Quotes group words ("Tuesday peers"). A `rest` parameter takes the remaining words; words left over name
the group (`/consult join Tuesday Peers`). Mentions are
recognised by the adapter's resolver (Slack `<@U123>`, console `@alice`).
"""
from __future__ import annotations

import difflib
import shlex
from dataclasses import dataclass

from bot.commands.spec import Command, Kind, Param, Registry
from bot.domain.errors import Refusal
from bot.domain.text import has_control_characters

MAX_INPUT = 2000


@dataclass(frozen=True)
class Parsed:
    command: Command
    raw: dict[str, str]


def tokenize(text: str) -> list[str]:
    try:
        lexer = shlex.shlex(text, posix=True)
        lexer.whitespace_split = True
        lexer.commenters = ""
        lexer.escape = ""
        return list(lexer)
    except ValueError:
        raise Refusal("A quotation mark is not closed. Check your quotes and try again.") from None


def parse(registry: Registry, text: str) -> Parsed:
    if len(text) > MAX_INPUT:
        raise Refusal(f"That's too long for a command ({len(text)} characters; the limit is {MAX_INPUT}).")
    if has_control_characters(text):
        raise Refusal("That command contains invisible control characters. Please retype it.")
    tokens = tokenize(text.strip())
    if not tokens:
        raise Refusal("Tell me what to do, e.g. `/consult next` or `/consult help`.")

    command: Command | None = None
    length = 0
    for path, cmd in registry.commands.items():
        n = len(path)
        if n > length and [t.lower() for t in tokens[:n]] == list(path):
            command, length = cmd, n
    if command is None:
        raise Refusal(_unknown(registry, tokens))

    rest = tokens[length:]
    by_name = {p.name: p for p in command.params}
    raw: dict[str, str] = {}
    positional: list[str] = []
    named_before: dict[int, str] = {}  # a positional word's index -> the `name:` word just before it, if any
    previous = ""
    for token in rest:
        key, sep, value = token.partition(":")
        if not sep:
            key, sep, value = token.partition("=")
        if sep and key.lower() in by_name and value != "":
            name = key.lower()
            if name in raw:
                raise Refusal(f"`{name}` is given twice.")
            raw[name] = value
            previous = name
        else:
            if previous:
                named_before[len(positional)] = previous
            positional.append(token)
            previous = ""

    # A word that is one of an unfilled choice's values is that choice, wherever it stands (`checkin settings
    # monthly`, `attendance set absent @sam`); not where a text takes the rest of the line (`group create Yes Peers`).
    if not any(p.rest for p in command.params):
        kept: list[str] = []
        for position, token in enumerate(positional):
            owners = [p for p in command.params
                      if p.kind == Kind.CHOICE and p.name not in raw and token.lower() in p.choices]
            if len(owners) == 1 and position not in named_before:
                raw[owners[0].name] = token
            else:
                if position in named_before:
                    named_before[len(kept)] = named_before.pop(position)
                kept.append(token)
        positional = kept

    ordered = [p for p in command.params if p.required] + [
        p for p in command.params if not p.required and p.kind != Kind.GROUP
    ]
    ordered = [p for p in ordered if p.name not in raw]
    index = 0
    for param in ordered:
        if index >= len(positional):
            break
        if not param.required and (param.named_only or not _fits(param, positional[index])):
            continue  # an optional parameter takes a word only if it could be one: `leave Tuesday Peers`
        if param.rest:
            raw[param.name] = " ".join(positional[index:])
            index = len(positional)
            break
        raw[param.name] = positional[index]
        index += 1
    for token in positional[index:]:
        key, sep, value = token.partition(":")
        if sep and value and key.isalpha() and " " not in token:
            # `colour:red`: an option this command doesn't have, not a word of a group's name.
            options = ", ".join(f"`{p.name}:`" for p in command.params) or "none"
            raise Refusal(f"`/consult {command.name}` has no option `{_clip(key, 30)}:` (its options: {options}). "
                          f"{usage(command)}")
    group_param = next((p for p in command.params if p.kind == Kind.GROUP), None)
    if index < len(positional) and group_param is not None and group_param.name not in raw:
        raw[group_param.name] = " ".join(positional[index:])
        index = len(positional)
    if index < len(positional):
        extra = " ".join(positional[index:])
        named = named_before.get(index)
        if named is not None and by_name[named].kind in (Kind.GROUP, Kind.TEXT):
            # `group:Tuesday Peers`: the name ended at the space.
            raise Refusal(f"Put quotes around a name with spaces: `{named}:\"{_clip(raw[named] + ' ' + extra)}\"`. "
                          f"{usage(command)}")
        raise Refusal(f"I don't know what to do with “{_clip(extra)}” in `/consult {command.name}`. {usage(command)}")
    missing = [p.name for p in command.params if p.required and p.name not in raw]
    if missing:
        raise Refusal(f"`/consult {command.name}` needs {', '.join(missing)}. {usage(command)}")
    return Parsed(command, raw)


def _fits(param: Param, word: str) -> bool:
    """Whether a word could be an optional parameter's value (else it is left for the group's name)."""
    if param.kind == Kind.CHOICE:
        return word.lower() in param.choices
    if param.kind in (Kind.INTEGER, Kind.DATE):
        return word.lstrip("+-")[:1].isdigit()
    return True


def usage(command: Command) -> str:
    parts = [f"/consult {command.name}"]
    ordered = [p for p in command.params if p.kind != Kind.GROUP] + [p for p in command.params if p.kind == Kind.GROUP]
    for p in ordered:
        if p.required:
            parts.append(f"<{p.name}{'…' if p.rest else ''}>")
        else:
            parts.append(f"[{p.name}:…]")
    text = "Usage: `" + " ".join(parts) + "`"
    if command.example:
        text += f", e.g. `{command.example}`"
    return text + "."


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unknown(registry: Registry, tokens: list[str]) -> str:
    names = [" ".join(p) for p in registry.commands]
    attempt = " ".join(tokens[:2]).lower()
    first = tokens[0].lower()
    groups = {p[0] for p in registry.commands if len(p) > 1}
    if first in groups:
        subs = sorted(" ".join(p) for p in registry.commands if p[0] == first)
        if len(tokens) == 1:
            # The family word alone (`/consult rotation`): suggest the command that shows, not the nearest spelling.
            showing = [" ".join(p) for p, c in registry.commands.items() if p[0] == first and len(p) > 1 and not c.replans_nudges]
            guess = sorted(showing, key=lambda name: (name.split()[1] not in ("show", "list", "status"), name))[:1]
        else:
            guess = difflib.get_close_matches(attempt, subs, n=1, cutoff=0.5)
        hint = f" Did you mean `/consult {guess[0]}`?" if guess else ""
        return f"`{_clip(' '.join(tokens[:2]))}` isn't a command.{hint} Options: " + ", ".join(f"`{s}`" for s in subs) + "."
    guess = difflib.get_close_matches(attempt, names, n=1, cutoff=0.5) or difflib.get_close_matches(
        first, names + sorted(groups), n=1, cutoff=0.5
    )
    hint = f" Did you mean `/consult {guess[0]}`?" if guess else ""
    return f"I don't know `/consult {_clip(first, 30)}`.{hint} Try `/consult help` for the list."
