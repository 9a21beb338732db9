"""One rule for a value, however it arrives: a command option, a Discord modal field or a console `submit`.

Invisible control characters - bidi overrides and isolates (U+202A-202E, U+2066-2069), terminal escape sequences,
bells - are refused in a form exactly as they are in a command option, so members never see them.
"""
from __future__ import annotations

import pytest

from bot.core import Core
from tests.conftest import START
from tests.helpers import Desk
from tests.helpers.discord import World, found_group, private

HOSTILE = [
    "https://meet.example/\u202egnp.exe",    # right-to-left override
    "Room \u2066B\u2069 upstairs",             # isolates
    "Room \u202aB\u202c",                      # embedding + pop
    "\x1b[31mRoom 4\x1b[0m",                   # a terminal escape sequence
]


async def _location(core: Core, world: World) -> str:
    async with core.uow_factory() as uow:
        [name] = await uow.groups.names(world.user(world.alice).workspace_ref, "", 5)
        group = await uow.groups.by_name(world.user(world.alice).workspace_ref, name.casefold())
        return group.location


async def _agreement(core: Core, world: World) -> tuple[int, str]:
    async with core.uow_factory() as uow:
        group = await uow.groups.by_name(world.user(world.alice).workspace_ref, "tuesday peers")
        return group.agreement.version, group.agreement.text


@pytest.mark.parametrize("place", HOSTILE)
async def test_the_settings_modal_refuses_what_the_command_option_refuses(world: World, core: Core,
                                                                         place: str) -> None:
    await found_group(world, world.bob)
    option = await world.alice.slash(world.channel, "consult group settings", place=place)
    assert not private(option).startswith("Updated")
    assert await _location(core, world) == ""

    shown = await world.alice.slash(world.channel, "consult group settings")
    assert shown.modal is not None
    refused = await world.alice.submit_modal(shown, {"capacity": "6", "tz": "America/Denver", "length": "90",
                                                     "place": place, "presenters": "1"})
    assert "control characters" in private(refused) and "place" in private(refused).lower()
    assert await _location(core, world) == ""


async def test_the_settings_modal_still_saves_a_clean_place(world: World, core: Core) -> None:
    await found_group(world)
    shown = await world.alice.slash(world.channel, "consult group settings")
    saved = await world.alice.submit_modal(shown, {"capacity": "6", "tz": "America/Denver", "length": "90",
                                                   "place": "Room 4, Üniversite Cd. – 2nd floor", "presenters": "1"})
    assert private(saved).startswith("Updated Tuesday Peers")
    assert await _location(core, world) == "Room 4, Üniversite Cd. – 2nd floor"


@pytest.mark.parametrize("text", ["What is said here\x07 stays here.", "Stays \u202ehere.",
                                  "\x1b[2JWhat is said here stays here.", "Here\u2067 stays."])
async def test_the_agreement_modal_refuses_control_characters(world: World, core: Core, text: str) -> None:
    await found_group(world, world.bob)
    shown = await world.alice.slash(world.channel, "consult agreement edit")
    refused = await world.alice.submit_modal(shown, {"text": text})
    assert "control characters" in private(refused)
    assert (await _agreement(core, world))[0] == 1


async def test_the_agreement_keeps_its_paragraphs(world: World, core: Core) -> None:
    await found_group(world)
    shown = await world.alice.slash(world.channel, "consult agreement edit")
    saved = await world.alice.submit_modal(shown, {"text": "What is said here stays here.\n\n\tNames stay out."})
    assert private(saved) == "Saved as version 2."
    assert await _agreement(core, world) == (2, "What is said here stays here.\n\n\tNames stay out.")


async def test_the_console_submit_follows_the_same_rule(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(sqlite_db, START)
    await desk.found_group(members=("bob",))
    await desk.say("alice", "group settings")
    out = await desk.run('@alice submit "Group settings" place="Room \u202eB"')
    assert "control characters" in out
    await desk.say("alice", "agreement edit")
    out = await desk.run('@alice submit "Edit agreement" text="Stays\x1b[31m here."')
    assert "control characters" in out
    out = await desk.say("bob", "group info")
    assert "\u202e" not in out and "Where:" not in out
    out = await desk.say("bob", "agreement show")
    assert "version 1" in out and "\x1b" not in out
