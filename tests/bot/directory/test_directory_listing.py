"""Issue 16, part 1: a group's directory entry and the profile fields matching reads, through the console, stored on
SQLite and PostgreSQL."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.directory.model import parse_windows
from bot.domain.errors import Refusal
from bot.identity import UserRef, WorkspaceRef
from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk

WS = WorkspaceRef("console", "demo")


async def group_of(db: Database, name: str = "tuesday peers") -> SimpleNamespace:
    """The group's directory fields, read in a unit of work of their own."""
    async with db() as uow:
        group = await uow.groups.by_name(WS, name)
        assert group is not None
        return SimpleNamespace(**{k: getattr(group, k) for k in (
            "listed", "description", "focus", "professions", "language", "joining")})


async def profile_of(db: Database, user: str = "bob") -> SimpleNamespace:
    async with db() as uow:
        p = await uow.profiles.get(UserRef("console", "demo", user))
        assert p is not None
        return SimpleNamespace(**{k: getattr(p, k) for k in (
            "available", "focus", "cadence", "languages", "profession", "timezone")})


async def test_group_settings_fill_the_directory_entry(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group()
    out = await desk.say("alice", 'group settings listed:yes description:"A warm group for trauma work." '
                                  'focus:"trauma, grief" professions:"psychologists, LCSWs" language:English '
                                  'joining:"by request"')
    assert "listed in the directory" in out and "joining by request" in out
    group = await group_of(database)
    assert group.listed and group.description == "A warm group for trauma work."
    assert group.focus == "trauma,grief" and group.professions == "psychologists,LCSWs"
    assert group.language == "English" and group.joining == "by request"


async def test_a_flagged_description_is_refused_and_changes_nothing(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group()
    out = await desk.say("alice", 'group settings listed:yes description:"We discussed John Smith, DOB 03/04/1987."')
    assert "identifier check flagged" in out and "Nothing was saved" in out
    group = await group_of(database)
    assert not group.listed and group.description == ""


async def test_description_longer_than_300_is_refused(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group()
    out = await desk.say("alice", f'group settings description:"{"a" * 301}"')
    assert "at most 300" in out
    assert (await group_of(database)).description == ""


async def test_only_facilitators_change_the_entry(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob",))
    out = await desk.say("bob", "group settings listed:yes")
    assert "facilitator" in out
    assert not (await group_of(database)).listed


async def test_profile_fields_for_matching(database: Database) -> None:
    desk = Desk(database, START)
    out = await desk.say("bob", 'profile tz:Europe/Berlin profession:Psychologist focus:"trauma, couples" '
                                'available:"tue-thu 18:00-21:00, Sat 9:00-12:00" cadence:biweekly '
                                'languages:"English, German"')
    assert "saved" in out
    p = await profile_of(database)
    assert p.available == "Tue-Thu 18:00-21:00, Sat 09:00-12:00"
    assert p.focus == "trauma,couples" and p.cadence == "biweekly" and p.languages == "English,German"
    shown = await desk.say("bob", "profile")
    assert "Available: Tue-Thu 18:00-21:00, Sat 09:00-12:00" in shown and "Focus: trauma, couples" in shown


@pytest.mark.parametrize("text", ["Tue 21:00-18:00", "Funday 10:00-11:00", "Tue 25:00-26:00", "evenings"])
async def test_bad_windows_are_refused_kindly_and_change_nothing(database: Database, text: str) -> None:
    desk = Desk(database, START)
    await desk.say("bob", "profile available:\"Mon 09:00-10:00\"")
    out = await desk.say("bob", f'profile available:"{text}" focus:grief')
    assert "went wrong" not in out and "saved" not in out
    p = await profile_of(database)
    assert p.available == "Mon 09:00-10:00" and p.focus == ""


def test_windows_parse_ranges_aliases_and_wrap() -> None:
    assert parse_windows("weekdays 12:00-13:00")[0].days == (0, 1, 2, 3, 4)
    assert parse_windows("Sat-Mon 10:00-11:00")[0].days == (5, 6, 0)
    assert parse_windows("Thursday 08:00-09:30") == parse_windows("thu 8:00-9:30")
    with pytest.raises(Refusal):
        parse_windows(", ".join(["Mon 09:00-10:00"] * 8))


async def test_group_info_shows_the_directory_entry(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group()
    await desk.say("alice", 'group settings listed:yes focus:"trauma, grief" professions:LCSWs language:Spanish '
                            'joining:"by request" description:"Evening peer consultation."')
    out = await desk.say("zed", "group info Tuesday Peers")
    assert ("In the directory: Evening peer consultation. Focus: trauma, grief. Welcome: LCSWs. Language: Spanish. "
            "Joining: by request (facilitators approve).") in out


async def test_the_directory_entry_form_saves_and_lists(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob",))
    shown = await desk.say("alice", "group listing")
    assert "Directory entry" in shown
    out = await desk.run('@alice submit "Directory entry" description="Peer consultation on Tuesdays." '
                         'focus="trauma, grief" joining="by request"')
    assert "listed in the directory" in out
    group = await group_of(database)
    assert group.listed and group.focus == "trauma,grief" and group.joining == "by request"
    flagged = await desk.run('@alice submit "Directory entry" description="Ask about Jane Doe, 555-123-4567."')
    assert "identifier check flagged" in flagged
    assert (await group_of(database)).description == "Peer consultation on Tuesdays."
    assert "facilitator" in await desk.say("bob", "group listing")
