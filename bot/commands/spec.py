"""The one declaration of every `/consult` command.

Each command says its name, what it does, its typed parameters, who may use it, and its handler. The console,
Slack and Discord adapters are all generated from this list; none of them keeps a second list of commands.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from bot.checkins.instruments import BUILT_IN, Instruments
from bot.checkins.resources import DEFAULT_RESOURCES

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
    named_only: bool = False  # given only as `name:value`, never by position (so `join Trauma Evenings` is a name)
    # Choices the deployment decides (the check-in instruments it offers): filled in when a registry is built.
    choices_from: Callable[[Options], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class Options:
    """What a deployment configures about the commands themselves. Handlers read it at call time from
    `ctx.app.registry.options`; `Param.choices_from` reads it when the registry is built."""

    instruments: Instruments = BUILT_IN  # the check-in questionnaires offered (`checkin settings instrument:`)
    support_lines: tuple[str, ...] = DEFAULT_RESOURCES  # shown privately after a high-distress check-in answer


Handler = Callable[["Context", dict[str, Any]], Awaitable["Reply"]]   # a command: (ctx, typed arguments)
ActionHandler = Callable[["Context", str], Awaitable["Reply"]]        # a button: (ctx, the value it carried)
FormHandler = Callable[["Context", str, dict[str, str]], Awaitable["Reply"]]  # a form: (ctx, its context, fields)
H = TypeVar("H", bound=Handler)
A = TypeVar("A", bound=ActionHandler)
F = TypeVar("F", bound=FormHandler)


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]
    description: str
    handler: Handler
    params: tuple[Param, ...] = ()
    access: Access = Access.MEMBER
    example: str = ""
    # False for a command that cannot change when a group meets or who presents (it shows, or changes only what
    # nudges do not read): no stamping of touched groups, no re-planning of nudges after it.
    replans_nudges: bool = True
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


GROUP_PARAM = Param("group", Kind.GROUP, "Group (default: here)")  # short: Discord counts every character


class Routes:
    """The commands, buttons and forms one module declares, each by a decorator on its module-level handler:

        ROUTES = Routes()
        command, action, form = ROUTES.command, ROUTES.action, ROUTES.form

        @command("rsvp", "Say whether you'll come", GROUP_PARAM, Param("answer", …))
        async def rsvp(ctx: Context, args: dict[str, Any]) -> Reply: …

    Filled once, when its module is imported, and never changed after; `bot.commands.catalog.build_registry`
    copies every module's routes into a new `Registry`, so builds (and tests) share no registry.
    """

    def __init__(self) -> None:
        self.commands: list[Command] = []
        self.actions: dict[str, ActionHandler] = {}
        self.forms: dict[str, FormHandler] = {}

    def command(self, name: str, description: str, *params: Param, access: Access = Access.MEMBER,
                example: str = "", replans_nudges: bool = True, examples: tuple[str, ...] = ()) -> Callable[[H], H]:
        def declare(handler: H) -> H:
            self.commands.append(Command(tuple(name.split()), description, handler, params, access, example,
                                         replans_nudges, tuple(examples)))
            return handler

        return declare

    def action(self, name: str) -> Callable[[A], A]:
        def declare(handler: A) -> A:
            if name in self.actions:
                raise ValueError(f"action declared twice: {name}")
            self.actions[name] = handler
            return handler

        return declare

    def form(self, name: str) -> Callable[[F], F]:
        def declare(handler: F) -> F:
            if name in self.forms:
                raise ValueError(f"form declared twice: {name}")
            self.forms[name] = handler
            return handler

        return declare


@dataclass
class Registry:
    """Commands, button actions and form handlers, each declared once, for one deployment's `options`."""

    commands: dict[tuple[str, ...], Command] = field(default_factory=dict)
    actions: dict[str, ActionHandler] = field(default_factory=dict)
    forms: dict[str, FormHandler] = field(default_factory=dict)
    options: Options = field(default_factory=Options)

    def include(self, routes: Routes) -> None:
        """Add what a module declared (its `ROUTES`), with choices the options decide filled in."""
        for command in routes.commands:
            self.add(command)
        for name, action in routes.actions.items():
            if name in self.actions:
                raise ValueError(f"action declared twice: {name}")
            self.actions[name] = action
        for name, form in routes.forms.items():
            if name in self.forms:
                raise ValueError(f"form declared twice: {name}")
            self.forms[name] = form

    def add(self, command: Command) -> None:
        if command.path in self.commands:
            raise ValueError(f"command declared twice: {command.name}")
        params = tuple(replace(p, choices=p.choices_from(self.options), choices_from=None) if p.choices_from else p
                       for p in command.params)
        self.commands[command.path] = replace(command, params=params)

    def command(
        self,
        name: str,
        description: str,
        *params: Param,
        access: Access = Access.MEMBER,
        example: str = "",
        replans_nudges: bool = True,
        examples: tuple[str, ...] = (),
    ) -> Callable[[H], H]:
        """Declare one more command directly on this registry (tests do; the command modules use `Routes`)."""
        def declare(handler: H) -> H:
            self.add(Command(tuple(name.split()), description, handler, params, access, example, replans_nudges,
                             tuple(examples)))
            return handler

        return declare

    def action(self, name: str) -> Callable[[A], A]:
        """Declare a button's handler directly on this registry (like `command`)."""
        def declare(handler: A) -> A:
            routes = Routes()
            routes.action(name)(handler)
            self.include(routes)
            return handler

        return declare

    def form(self, name: str) -> Callable[[F], F]:
        """Declare a form's handler directly on this registry (like `command`)."""
        def declare(handler: F) -> F:
            routes = Routes()
            routes.form(name)(handler)
            self.include(routes)
            return handler

        return declare

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


def registry_of(ctx: Context) -> Registry:
    """The registry that dispatched this call (help lists its commands; check-ins read its options)."""
    found = ctx.app.registry
    if not isinstance(found, Registry):
        raise TypeError("the core was built without a command registry")
    return found
