"""Help that teaches: an overview by task, `help <command>` with parameters, access and examples, and refusals
that end with the command's usage line — built from the one declaration, on every platform within its limits."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.commands.arguments import convert, default_mentions
from bot.commands.catalog import build_registry
from bot.commands.help import SECTIONS, overview_lines
from bot.commands.parse import parse
from bot.commands.spec import Kind
from bot.commands.usage import shapes, usage_line
from bot.identity import UserRef
from storage.database import Database
from tests.helpers import Desk

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
REGISTRY = build_registry()


def test_the_overview_groups_every_command_by_task_and_fits_one_screen() -> None:
    titles = [title for title, _ in SECTIONS]
    assert titles == ["Run a group", "Meetings", "Presenting", "Check-ins", "Records", "Privacy"]
    listed = {name for _, names in SECTIONS for name in names}
    assert listed >= {c.name for c in REGISTRY.commands.values()} - {"help"}
    assert listed <= {c.name for c in REGISTRY.commands.values()}
    lines = overview_lines(REGISTRY, "console")
    assert len(lines) <= 20
    assert all(len(line) <= 240 for line in lines)


def test_every_command_has_two_examples_that_parse_and_convert() -> None:
    actor = UserRef("console", "demo", "alice")
    for command in REGISTRY.commands.values():
        assert len(command.examples) >= (2 if command.params else 1), command.name
        assert command.example == command.examples[0]
        for example in command.examples:
            assert example.startswith("/consult "), example
            parsed = parse(REGISTRY, example[len("/consult "):])
            assert parsed.command is command, example
            for param in command.params:
                if param.name in parsed.raw and param.kind not in (Kind.GROUP,):
                    convert(param, parsed.raw[param.name], default_mentions(actor))


def test_usage_lines_follow_the_platform() -> None:
    rsvp = REGISTRY.commands[("rsvp",)]
    assert usage_line(REGISTRY, rsvp, "console").startswith("Usage: `/consult rsvp <yes|no|maybe> [date:…]")
    discord = usage_line(REGISTRY, rsvp, "discord")
    assert discord.startswith("Usage: `/consult rsvp yes|no|maybe [date:…]")
    assert [name for name, _ in shapes(REGISTRY, rsvp, "discord")] == ["rsvp yes", "rsvp no", "rsvp maybe"]


def test_discords_shapes_match_the_generated_tree() -> None:
    pytest.importorskip("discord")
    from adapters.discord.commands import build_consult, command_paths

    class Handlers:
        async def complete_group(self, interaction: object, current: str) -> list[object]:
            return []

        complete_timezone = complete_group

    tree = build_consult(REGISTRY, Handlers())  # type: ignore[arg-type]
    offered = {p.removeprefix("consult ") for p in command_paths(tree)}
    shaped = {name for c in REGISTRY.commands.values() for name, _ in shapes(REGISTRY, c, "discord")}
    assert offered == shaped
    rsvp_group = next(c for c in tree.commands if c.name == "rsvp")
    assert "Rsvp:" not in rsvp_group.description
    assert rsvp_group.description[0].isupper() and "RSVP" in rsvp_group.description


async def test_help_overview_in_the_console(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    out = await desk.say("alice", "help")
    for title in ("Run a group", "Meetings", "Presenting", "Check-ins", "Records", "Privacy"):
        assert title in out
    assert "/consult help schedule set" in out
    assert "`rsvp`" in out


async def test_help_for_one_command_shows_parameters_access_and_examples(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    out = await desk.say("alice", "help schedule set")
    assert "Usage: `/consult schedule set <when…> [group:…]`" in out
    assert "facilitators" in out.lower()
    assert "`when`" in out and "required" in out
    assert "`group`" in out and "optional" in out
    examples = out.split("Examples:")[1]
    assert examples.count("`/consult schedule set ") >= 2
    out = await desk.say("alice", "help /consult group settings")
    assert "capacity" in out and "2-12" in out
    out = await desk.say("alice", "help checkin settings")
    assert "who-5" in out and "single-item" in out


async def test_help_for_a_group_of_commands_and_an_unknown_name(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    out = await desk.say("alice", "help schedule")
    assert "schedule set" in out and "schedule move" in out
    out = await desk.say("alice", "help shedule set")
    assert "schedule set" in out and "isn't a command" in out


async def test_help_on_discord_lists_only_what_discord_has(sqlite_db: Database) -> None:
    from bot.core import Core
    from bot.identity import ChannelRef
    from tests.conftest import ManualClock

    core = Core(REGISTRY, sqlite_db, ManualClock(START))
    alice, here = UserRef("discord", "1", "11"), ChannelRef("discord", "1", "22")
    overview = _text(await core.invoke(alice, here, REGISTRY.commands[("help",)], {}))
    assert "`rsvp yes`" in overview and "`rsvp`," not in overview
    detail = _text(await core.invoke(alice, here, REGISTRY.commands[("help",)], {"command": "rsvp"}))
    assert "/consult rsvp yes" in detail and "<yes|no|maybe>" not in detail
    detail = _text(await core.invoke(alice, here, REGISTRY.commands[("help",)], {"command": "schedule skip"}))
    assert "/consult schedule skip date:2026-12-22" in detail


async def test_refusals_end_with_the_usage_line(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    await desk.found_group()
    out = await desk.say("alice", "schedule show count:lots")
    assert "whole number" in out and "Usage: `/consult schedule show [count:…] [group:…]`" in out
    out = await desk.say("alice", "schedule show colour:red")
    assert "colour" in out and "Usage: `/consult schedule show" in out
    out = await desk.say("alice", "schedule skip 22/12/2026")
    assert "Usage: `/consult schedule skip <date> [group:…]`" in out


def _text(reply: object) -> str:
    from adapters.console.render import render

    return "\n".join(line for o in reply.outbound for line in render(o.message, None))  # type: ignore[attr-defined]
