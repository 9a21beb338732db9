"""Every command, button and form is handled by a module-level function declared next to it, so a reader goes from a
command's name to its handler in one jump; and each `build_registry` is a registry of its own."""
from __future__ import annotations

import sys
from typing import Any

import pytest

from bot.checkins.instruments import BUILT_IN, WHO5, Instruments
from bot.commands import meetings
from bot.commands.catalog import build_registry
from bot.commands.spec import Registry, Routes


def test_every_handler_is_a_module_level_function_of_a_command_module() -> None:
    registry = build_registry()
    handlers: list[Any] = [c.handler for c in registry.commands.values()]
    handlers += [*registry.actions.values(), *registry.forms.values()]
    for handler in handlers:
        assert handler.__module__.startswith("bot.commands."), handler
        assert "<locals>" not in handler.__qualname__, handler.__qualname__
        assert getattr(sys.modules[handler.__module__], handler.__qualname__) is handler, handler.__qualname__


def test_a_command_leads_to_its_handler() -> None:
    registry = build_registry()
    command = registry.find("rsvp")
    assert command is not None and command.handler is meetings.rsvp
    assert registry.actions["rsvp"] is meetings.rsvp_click


def test_each_build_is_a_registry_of_its_own() -> None:
    one = build_registry()
    two = build_registry(checkin_resources=("Call your colleague line: 555-0100.",), instruments=Instruments(WHO5))

    @one.command("extra", "A command only one registry has")
    async def extra(ctx: Any, args: dict[str, Any]) -> Any:
        raise AssertionError("not called")

    assert one.find("extra") is not None and two.find("extra") is None and build_registry().find("extra") is None
    assert two.options.support_lines == ("Call your colleague line: 555-0100.",)

    def instrument_choices(registry: Registry) -> tuple[str, ...]:
        command = registry.find("checkin settings")
        assert command is not None
        return next(p for p in command.params if p.name == "instrument").choices

    assert instrument_choices(one) == BUILT_IN.ids and instrument_choices(two) == ("who-5",)
    assert len(one.commands) == len(two.commands) + 1 and one.actions == two.actions and one.forms == two.forms


def test_a_name_declared_twice_is_refused() -> None:
    routes = Routes()

    @routes.command("next", "Declared again")
    async def again(ctx: Any, args: dict[str, Any]) -> Any:
        raise AssertionError("not called")

    with pytest.raises(ValueError, match="command declared twice: next"):
        build_registry().include(routes)
    button = Routes()
    button.action("rsvp")(meetings.rsvp_click)
    with pytest.raises(ValueError, match="action declared twice: rsvp"):
        build_registry().include(button)
