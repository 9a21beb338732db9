"""The one declaration of every `/consult` command.

Each command says its name, what it does, its typed parameters, who may use it, and its handler. The console,
Slack and Discord adapters are all generated from this list; none of them keeps a second list of commands.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.context import Context
    from bot.messages import Reply


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    CHOICE = "choice"
    USER = "user"
    GROUP = "group"
    TIMEZONE = "timezone"
    DATE = "date"
    DATETIME = "datetime"
    SCHEDULE = "schedule"
    TAGS = "tags"


class Access(StrEnum):
    ANYONE = "anyone"            # any member of the workspace
    MEMBER = "member"            # members of the group
    FACILITATOR = "facilitator"  # the group's facilitators


@dataclass(frozen=True)
class Param:
    name: str
    kind: Kind
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    min_value: int | None = None
    max_value: int | None = None
    max_length: int = 200
    rest: bool = False  # a text parameter that takes the remaining words of the command line


Handler = Callable[["Context", dict[str, Any]], Awaitable["Reply"]]


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]
    description: str
    handler: Handler
    params: tuple[Param, ...] = ()
    access: Access = Access.MEMBER
    example: str = ""
    readonly: bool = False  # changes nothing, so no nudge re-planning is needed
    examples: tuple[str, ...] = ()  # real invocations, shown by `help <command>`; `example` is the first

    def __post_init__(self) -> None:
        if self.example and self.example not in self.examples:
            object.__setattr__(self, "examples", (self.example, *self.examples))
        if not self.example and self.examples:
            object.__setattr__(self, "example", self.examples[0])

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def group_scoped(self) -> bool:
        return any(p.kind == Kind.GROUP for p in self.params)


GROUP_PARAM = Param("group", Kind.GROUP, "Which group (default: this channel's)")


@dataclass
class Registry:
    """Commands, button actions and form handlers, each declared once."""

    commands: dict[tuple[str, ...], Command] = field(default_factory=dict)
    actions: dict[str, Callable[..., Awaitable[Any]]] = field(default_factory=dict)
    forms: dict[str, Callable[..., Awaitable[Any]]] = field(default_factory=dict)

    def command(
        self,
        name: str,
        description: str,
        *params: Param,
        access: Access = Access.MEMBER,
        example: str = "",
        readonly: bool = False,
        examples: tuple[str, ...] = (),
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            path = tuple(name.split())
            if path in self.commands:
                raise ValueError(f"command declared twice: {name}")
            self.commands[path] = Command(path, description, handler, tuple(params), access, example, readonly,
                                          tuple(examples))
            return handler

        return register

    def add_examples(self, name: str, *examples: str) -> None:
        """More examples for a declared command (kept after the ones it declares itself)."""
        path = tuple(name.split())
        command = self.commands[path]
        extra = tuple(e for e in examples if e not in command.examples)
        self.commands[path] = replace(command, examples=command.examples + extra)

    def find(self, words: str) -> Command | None:
        """The command named by `words` (`schedule set`, `/consult schedule set`), or None."""
        text = words.strip()
        if text.lower().startswith("/consult"):
            text = text[len("/consult"):]
        return self.commands.get(tuple(text.lower().split()))

    def action(self, name: str) -> Callable[[Callable[..., Awaitable[Any]]], Callable[..., Awaitable[Any]]]:
        def register(handler: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
            self.actions[name] = handler
            return handler

        return register

    def form(self, name: str) -> Callable[[Callable[..., Awaitable[Any]]], Callable[..., Awaitable[Any]]]:
        def register(handler: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
            self.forms[name] = handler
            return handler

        return register
