"""A command's raw arguments (words from a command line, typed options from Discord) as typed values."""
from __future__ import annotations

import difflib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.commands.spec import Command, Kind, Param
from bot.domain.errors import Refusal
from bot.domain.text import check_name, has_control_characters
from bot.domain.zones import check_timezone
from bot.identity import UserRef

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


def unknown_option(command: Command, value: Any) -> str | None:
    """`colour` when a word like `colour:red` was taken as a value because `colour` names no parameter."""
    if not isinstance(value, str):
        return None
    key, sep, _ = value.partition(":")
    if not sep or not key.isidentifier() or key.lower() in {p.name for p in command.params}:
        return None
    return key[:30]


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
