"""Use cases through the core on in-memory fakes with a fixed clock."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import Desk
from tests.helpers.fakes import FakeDatabase

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def fake() -> FakeDatabase:
    return FakeDatabase()


@pytest.fixture
def desk(fake: FakeDatabase) -> Desk:
    return Desk(fake, START)


async def test_create_join_and_roster(desk: Desk) -> None:
    await desk.found_group(members=("bob", "carol"))
    out = await desk.say("bob", "members")
    assert "3 of 8 members" in out and "@alice – facilitator" in out and "@carol" in out


async def test_group_list_never_shows_the_roster(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    out = await desk.say("zed", "group list")
    assert "Tuesday Peers" in out and "6 seats free" in out
    assert "@bob" not in out and "@alice" not in out


async def test_members_list_is_for_members_only(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    out = await desk.say("zed", "members Tuesday Peers")
    assert "That's for members of Tuesday Peers" in out and "@bob" not in out


async def test_join_requires_accepting_the_agreement(desk: Desk, fake: FakeDatabase) -> None:
    await desk.found_group()
    out = await desk.say("bob", "join Tuesday Peers")
    assert "confidentiality agreement (version 1)" in out and "[I accept]" in out
    group = next(iter(fake.store.groups.values()))
    assert group.member("bob") is None, "showing the agreement must not make anyone a member"
    await desk.run('@bob click "Not now"')
    assert group.member("bob") is None
    await desk.run('@bob click "I accept"')
    group = next(iter(fake.store.groups.values()))
    bob = group.member("bob")
    assert bob is not None and bob.agreement_version == 1 and bob.agreement_accepted_at == START


async def test_full_group_waitlists_and_promotes_in_order(desk: Desk, fake: FakeDatabase) -> None:
    await desk.found_group(members=("bob",), extra="capacity:2")
    await desk.say("carol", "join Tuesday Peers")
    out = await desk.run('@carol click "I accept"')
    assert "number 1 on the waitlist" in out
    await desk.say("dave", "join Tuesday Peers")
    out = await desk.run('@dave click "I accept"')
    assert "number 2 on the waitlist" in out
    out = await desk.say("bob", "leave")
    assert "[DM to @carol] Good news: a seat opened" in out
    group = next(iter(fake.store.groups.values()))
    assert group.is_member("carol") and not group.is_member("dave")


async def test_joining_twice_and_leaving_when_not_in(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    assert "already a member" in await desk.say("bob", "join Tuesday Peers")
    assert "You're not in Tuesday Peers" in await desk.say("zed", "leave Tuesday Peers")


async def test_facilitator_only_commands_are_refused_kindly(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    for command in ("schedule set weekly on Monday at 18:00", "group settings capacity:6", "remove @alice",
                    "rotation assign @bob", "agreement edit", "facilitator add @bob", "schedule skip 2026-12-01"):
        out = await desk.say("bob", command)
        assert "Only the facilitators of Tuesday Peers can do that." in out, command


async def test_co_facilitator_can_change_settings(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    await desk.say("alice", "facilitator add @bob")
    assert "capacity 6" in await desk.say("bob", "group settings capacity:6")


async def test_only_facilitator_cannot_leave_a_group_with_members(desk: Desk) -> None:
    await desk.found_group(members=("bob",))
    assert "only facilitator" in await desk.say("alice", "leave")


async def test_capacity_outside_usual_range_gets_a_note(desk: Desk) -> None:
    out = await desk.say("alice", "group create Big One capacity:11")
    assert "usually have 4-8 members" in out


@pytest.mark.parametrize("command, expected", [
    ("grop list", "Did you mean `/consult group list`"),
    ("rotaton show", "Did you mean `/consult rotation show`"),
    ("group create X tz:America/Denvr", "Did you mean `America/Denver`"),
    ("group create X tz:Mars/Base", "isn't a time zone"),
    ("group create X capacity:13", "between 2 and 12"),
    ("group create X capacity:1", "between 2 and 12"),
    ("group create X capacity:many", "whole number"),
    ("group create " + "x" * 81, "at most 80 characters"),
    ("group create bad\x07name", "control characters"),
    ("group create " + "y " * 1200, "too long"),
    ("group create \"unclosed", "quotation mark"),
])
async def test_bad_input_gets_a_kind_error_and_changes_nothing(desk: Desk, fake: FakeDatabase,
                                                               command: str, expected: str) -> None:
    out = await desk.say("alice", command)
    assert expected in out
    assert fake.store.groups == {}


async def test_impossible_schedules_are_refused(desk: Desk, fake: FakeDatabase) -> None:
    await desk.found_group()
    for text, expected in [("every Tusday at 18:00", "Tuesday"), ("5th Tuesday at 18:00", ""),
                           ("monthly on day 31 at 18:00", ""), ("weekly on Monday", "time"),
                           ("every 2 weeks on Tuesday at 25:00", "")]:
        out = await desk.say("alice", f"schedule set {text}")
        assert "[only @alice" in out and expected in out, text
        assert next(iter(fake.store.groups.values())).schedule is None


async def test_acting_on_another_workspace_group_is_refused(desk: Desk, fake: FakeDatabase) -> None:
    await desk.found_group(members=("bob",))
    other = Desk(fake, START)
    other.session.workspace = "elsewhere"
    out = await other.say("mallory", "members Tuesday Peers")
    assert "no group called “Tuesday Peers” in this workspace" in out
    group = next(iter(fake.store.groups.values()))
    from bot.identity import ChannelRef, UserRef

    reply = await desk.core.click(UserRef("console", "elsewhere", "mallory"), ChannelRef("console", "elsewhere", "c"),
                                  "agreement.accept", f"{group.id}|1")
    assert "belongs to another workspace" in reply.outbound[0].message.plain_text()
    assert group.member("mallory") is None


async def test_which_group_when_in_several(desk: Desk) -> None:
    await desk.found_group(name="Alpha")
    await desk.run("@alice in #other: /consult group create Beta")
    out = await desk.run("@alice in #elsewhere: /consult next")
    assert "Which group?" in out and "“Alpha”" in out and "“Beta”" in out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
async def test_any_text_is_a_command_or_a_clear_error(text: str) -> None:
    desk = Desk(FakeDatabase(), START)
    reply = await desk.core.command_text(desk.session.user("alice"), desk.session.chan("c"), text)
    assert reply.outbound, "every input gets an answer"
    rendered = reply.outbound[0].message.plain_text()
    assert "Something went wrong" not in rendered, f"{text!r} raised inside the core"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["group create", "join", "rsvp", "schedule set", "schedule move 2026-12-01",
                        "rotation swap", "profile", "group settings", "attendance set", "schedule skip"]),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
async def test_known_commands_with_random_arguments_never_crash(prefix: str, rest: str) -> None:
    desk = Desk(FakeDatabase(), START)
    await desk.found_group(members=("bob",))
    reply = await desk.core.command_text(desk.session.user("alice"), desk.session.chan("consultation"),
                                         f"{prefix} {rest}")
    assert reply.outbound
    assert "Something went wrong" not in reply.outbound[0].message.plain_text(), f"{prefix} {rest!r}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(action=st.sampled_from(["agreement.accept", "rsvp", "rotation.pass", "nudge.confirm", "case.open"]),
       tail=st.one_of(st.text(max_size=40), st.sampled_from(["1|x", "1|2026-13-01T00:00", "|", "1|1|1|1", "1|nope|yes",
                                                             "1|2026-12-01T18:00:00+00:00|perhaps"])))
async def test_a_forged_button_value_gets_a_kind_refusal_and_changes_nothing(action: str, tail: str) -> None:
    """Button values come back from the platform: a forged or outdated one is refused in plain words (the payload
    codec decodes it before anything is loaded), never 'Something went wrong', and nobody is admitted."""
    fake = FakeDatabase()
    desk = Desk(fake, START)
    await desk.found_group(members=("bob",))
    group = next(iter(fake.store.groups.values()))
    before = sorted(m.user_id for m in group.members)
    from bot.identity import ChannelRef, UserRef

    reply = await desk.core.click(UserRef("console", desk.session.workspace, "mallory"),
                                  ChannelRef("console", desk.session.workspace, "c"), action, tail)
    rendered = reply.outbound[0].message.plain_text()
    assert "Something went wrong" not in rendered, (action, tail)
    assert sorted(m.user_id for m in next(iter(fake.store.groups.values())).members) == before
