"""Issue 13, item 8 (rest): the parser finds words by value, explains quotes, and suggests the right command;
`schedule show` names the group's zone."""
from __future__ import annotations

import pytest

from bot.commands.catalog import build_registry
from bot.commands.parse import parse
from bot.domain.errors import Refusal
from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk

REGISTRY = build_registry()


def refused(text: str) -> str:
    with pytest.raises(Refusal) as caught:
        parse(REGISTRY, text)
    return caught.value.message


# (b) positional words find their parameter by value -------------------------------------------------------

def test_a_choice_word_finds_its_parameter_past_optional_ones() -> None:
    assert parse(REGISTRY, "checkin settings monthly").raw == {"cadence": "monthly"}
    assert parse(REGISTRY, "checkin settings who-5 off").raw == {"instrument": "who-5", "cadence": "off"}


def test_a_choice_word_finds_its_parameter_in_any_order() -> None:
    assert parse(REGISTRY, "attendance set absent @sam").raw == {"status": "absent", "member": "@sam"}
    assert parse(REGISTRY, "rsvp date:2027-01-13 no").raw == {"date": "2027-01-13", "answer": "no"}


def test_words_after_the_parameters_still_name_the_group() -> None:
    assert parse(REGISTRY, "checkin settings monthly Tuesday Peers").raw == {"cadence": "monthly",
                                                                             "group": "Tuesday Peers"}
    assert parse(REGISTRY, "leave Tuesday Peers").raw == {"group": "Tuesday Peers"}
    assert parse(REGISTRY, "rsvp yes Tuesday Peers").raw == {"answer": "yes", "group": "Tuesday Peers"}


def test_a_text_that_takes_the_rest_keeps_its_words() -> None:
    assert parse(REGISTRY, "group create Yes Peers").raw == {"name": "Yes Peers"}


# (c) an unquoted name with spaces ---------------------------------------------------------------------------

def test_an_unquoted_name_with_spaces_says_to_use_quotes() -> None:
    message = refused("rsvp yes group:Tuesday Peers")
    assert "quotes" in message and 'group:"Tuesday Peers"' in message
    assert parse(REGISTRY, 'rsvp yes group:"Tuesday Peers"').raw == {"answer": "yes", "group": "Tuesday Peers"}


def test_other_leftover_words_are_still_named() -> None:
    message = refused("next soon please group:Peers")
    assert "quotes" not in message


# (d) a command family alone suggests its everyday command ---------------------------------------------------

@pytest.mark.parametrize(("typed", "meant"), [("rotation", "rotation show"), ("schedule", "schedule show")])
def test_a_family_word_alone_suggests_the_command_that_shows(typed: str, meant: str) -> None:
    message = refused(typed)
    assert f"Did you mean `/consult {meant}`?" in message
    assert "rotation swap`?" not in message


def test_a_typo_still_gets_the_closest_command() -> None:
    assert "Did you mean `/consult rotation swap`?" in refused("rotation swpa")


# (a) the schedule's header names the group's zone ------------------------------------------------------------

async def test_schedule_show_names_the_groups_zone_and_the_readers(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    await desk.found_group(members=("bob",))
    await desk.say("alice", "schedule set every Tuesday at 12:00 from 2027-01-05")
    assert "meets every Tuesday at 12:00 (America/Denver time)" in await desk.say("alice", "schedule show")
    await desk.say("bob", "profile tz:Asia/Kolkata")
    out = await desk.say("bob", "schedule show")
    assert "(America/Denver time)" in out and "your time zone (Asia/Kolkata)" in out


def test_an_option_the_command_lacks_is_named_not_read_as_a_group() -> None:
    message = refused("schedule show colour:red")
    assert "no option `colour:`" in message and "Usage: `/consult schedule show" in message
