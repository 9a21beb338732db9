"""Turn the text after `/consult` into a command and raw arguments, or a kind error.

Syntax: the command's words, then its required parameters in order, then optional ones as `name:value`.
Quotes group words ("Tuesday peers"). A `rest` parameter takes the remaining words; words left over name
the group (`/consult join Tuesday Peers`). Mentions are
recognised by the adapter's resolver (Slack `<@U123>`, console `@alice`).
"""
from __future__ import annotations

import difflib
import shlex
import unicodedata
from dataclasses import dataclass

from bot.commands.spec import Command, Kind, Registry
from bot.domain.errors import Refusal

MAX_INPUT = 2000


@dataclass(frozen=True)
class Parsed:
    command: Command
    raw: dict[str, str]


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in text)


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
    for token in rest:
        key, sep, value = token.partition(":")
        if not sep:
            key, sep, value = token.partition("=")
        if sep and key.lower() in by_name and value != "":
            name = key.lower()
            if name in raw:
                raise Refusal(f"`{name}` is given twice.")
            raw[name] = value
        else:
            positional.append(token)

    ordered = [p for p in command.params if p.required] + [
        p for p in command.params if not p.required and p.kind != Kind.GROUP
    ]
    ordered = [p for p in ordered if p.name not in raw]
    index = 0
    for param in ordered:
        if index >= len(positional):
            break
        if param.kind == Kind.CHOICE and not param.required and positional[index].lower() not in param.choices:
            continue  # an optional choice is taken from the words only as one of its choices: `leave Tuesday Peers`
        if param.rest:
            raw[param.name] = " ".join(positional[index:])
            index = len(positional)
            break
        raw[param.name] = positional[index]
        index += 1
    group_param = next((p for p in command.params if p.kind == Kind.GROUP), None)
    if index < len(positional) and group_param is not None and group_param.name not in raw:
        raw[group_param.name] = " ".join(positional[index:])
        index = len(positional)
    if index < len(positional):
        extra = " ".join(positional[index:])
        raise Refusal(f"I don't know what to do with “{_clip(extra)}” in `/consult {command.name}`. {usage(command)}")
    missing = [p.name for p in command.params if p.required and p.name not in raw]
    if missing:
        raise Refusal(f"`/consult {command.name}` needs {', '.join(missing)}. {usage(command)}")
    return Parsed(command, raw)


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
        guess = difflib.get_close_matches(attempt, subs, n=1, cutoff=0.5)
        hint = f" Did you mean `/consult {guess[0]}`?" if guess else ""
        return f"`{_clip(' '.join(tokens[:2]))}` isn't a command.{hint} Options: " + ", ".join(f"`{s}`" for s in subs) + "."
    guess = difflib.get_close_matches(attempt, names, n=1, cutoff=0.5) or difflib.get_close_matches(
        first, names + sorted(groups), n=1, cutoff=0.5
    )
    hint = f" Did you mean `/consult {guess[0]}`?" if guess else ""
    return f"I don't know `/consult {_clip(first, 30)}`.{hint} Try `/consult help` for the list."
