"""Issue 16, part 3: joining a `by request` group, through the console on SQLite and PostgreSQL (clock injected)."""
from __future__ import annotations

import pytest

from bot.identity import ChannelRef, UserRef, WorkspaceRef
from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk

WS = WorkspaceRef("console", "demo")


@pytest.fixture
async def desk(database: Database) -> Desk:
    desk = Desk(database, START)
    await desk.say("hal", "group create Trauma Evenings tz:America/Denver")
    await desk.say("hal", 'group settings listed:yes joining:"by request"')
    await desk.say("zed", 'profile name:"Zed Q" profession:Psychologist tags:"CBT, ACT" focus:trauma')
    return desk


async def state(db: Database, user: str) -> tuple[str | None, list[str]]:
    """(the user's standing in the group or None, the statuses of their requests)."""
    async with db() as uow:
        group = await uow.groups.by_name(WS, "trauma evenings")
        assert group is not None and group.id is not None
        member = group.member(user)
        requests = await uow.directory.requests_of(group.id, user)
        return (member.standing if member else None), [r.status for r in requests]


async def test_request_approve_and_join(desk: Desk, database: Database) -> None:
    out = await desk.say("zed", 'join Trauma Evenings note:"I work mostly with adult survivors of trauma."')
    assert "went to its facilitators, with your profile and your note" in out
    assert "[DM to @hal]" in out and "Request to join Trauma Evenings" in out
    assert "Profession: Psychologist" in out and "Modalities: CBT, ACT" in out and "Focus: trauma" in out
    assert "Their note: I work mostly with adult survivors of trauma." in out
    assert "[Approve]" in out and "[Decline]" in out
    assert "I accept" not in out, "no agreement before a facilitator approves"
    assert await state(database, "zed") == (None, ["pending"])

    again = await desk.say("zed", "join Trauma Evenings")
    assert "asked to join Trauma Evenings already" in again

    out = await desk.run('@hal click "Approve"')
    assert "Approved" in out and "[DM to @zed] Good news" in out and "[I accept]" in out
    out = await desk.run('@zed click "I accept"')
    assert "Welcome to Trauma Evenings" in out
    assert await state(database, "zed") == ("active", ["joined"])


async def test_accepting_without_approval_is_refused(desk: Desk, database: Database) -> None:
    async with database() as uow:
        group = await uow.groups.by_name(WS, "trauma evenings")
        assert group is not None
        group_id = group.id
    reply = await desk.core.click(UserRef("console", "demo", "mal"), ChannelRef("console", "demo", "consultation"),
                                  "agreement.accept", f"{group_id}|1")
    assert "takes new members by request" in reply.outbound[0].message.plain_text()
    assert await state(database, "mal") == (None, [])


async def test_only_facilitators_answer(desk: Desk, database: Database) -> None:
    await desk.say("zed", "join Trauma Evenings")
    async with database() as uow:
        group = await uow.groups.by_name(WS, "trauma evenings")
        assert group is not None and group.id is not None
        request = (await uow.directory.requests_of(group.id, "zed"))[0]
        value = f"{group.id}|{request.id}"
    reply = await desk.core.click(UserRef("console", "demo", "zed"), ChannelRef("console", "demo", "consultation"),
                                  "join.approve", value)
    assert "Only the facilitators" in reply.outbound[0].message.plain_text()
    assert await state(database, "zed") == (None, ["pending"])


async def test_decline_is_kind_and_says_why_only_if_written(desk: Desk, database: Database) -> None:
    await desk.say("zed", "join Trauma Evenings")
    out = await desk.run('@hal click "Decline"')
    assert "Decline request" in out
    out = await desk.run('@hal submit "Decline request"')
    assert "[DM to @zed] Thank you for your interest in Trauma Evenings" in out
    assert "aren't able to offer you a place" in out and "They wrote" not in out
    assert await state(database, "zed") == (None, ["declined"])

    await desk.say("yan", "join Trauma Evenings")
    await desk.run('@hal click "Decline"')
    out = await desk.run('@hal submit "Decline request" message="We are full of child specialists this year."')
    assert "They wrote: “We are full of child specialists this year.”" in out


async def test_requests_expire_after_14_days(desk: Desk, database: Database) -> None:
    await desk.say("zed", "join Trauma Evenings")
    await desk.run("time +15d")
    out = await desk.run('@hal click "Approve"')
    assert "expired" in out and "[DM to @zed]" not in out
    assert await state(database, "zed") == (None, ["pending"])
    out = await desk.say("zed", "join Trauma Evenings")
    assert "went to its facilitators" in out
    assert await state(database, "zed") == (None, ["pending", "pending"])


async def test_a_flagged_note_is_refused_and_nothing_is_sent(desk: Desk, database: Database) -> None:
    out = await desk.say("zed", 'join Trauma Evenings note:"My client Jane Doe, born 04/05/1990, needs help."')
    assert "identifier check flagged" in out and "[DM to @hal]" not in out
    assert await state(database, "zed") == (None, [])


async def test_a_note_longer_than_300_is_refused(desk: Desk, database: Database) -> None:
    out = await desk.say("zed", f'join Trauma Evenings note:"{"a" * 301}"')
    assert "at most 300" in out
    assert await state(database, "zed") == (None, [])


async def test_open_groups_are_unchanged(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group()
    out = await desk.say("bob", "join Tuesday Peers")
    assert "[I accept]" in out


async def test_a_newcomer_to_a_listed_group_may_be_introduced(desk: Desk) -> None:
    await desk.say("zed", "join Trauma Evenings")
    await desk.run('@hal click "Approve"')
    out = await desk.run('@zed click "I accept"')
    assert "[Introduce me]" in out
    assert "Please welcome" not in out, "only if they agree"
    out = await desk.run('@zed click "Introduce me"')
    assert ("[#consultation] Please welcome @zed to Trauma Evenings: Psychologist; works with CBT, ACT; "
            "focus: trauma.") in out
    refused = await desk.core.click(UserRef("console", "demo", "mal"), ChannelRef("console", "demo", "consultation"),
                                    "join.introduce", "1")
    assert "Only members" in refused.outbound[0].message.plain_text()
