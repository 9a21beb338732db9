"""Issue 16, part 3: joining a `by request` group, through the console on SQLite and PostgreSQL (clock injected)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.directory.service import DirectoryService
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Outbound
from bot.ports import ChatPort, DeliveryFailed
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


class FailingChat:
    """A chat port whose direct messages can't be delivered (the requester closed their DMs)."""

    def __init__(self) -> None:
        self.tried = 0

    async def send(self, outbound: Outbound) -> str | None:
        self.tried += 1
        raise DeliveryFailed("dm_closed", permanent=True)


def swept(desk: Desk, database: Database, chat: ChatPort | None = None) -> DirectoryService:
    """The directory's sweep on the desk's clock, as the composition root wires it (walking the clock wakes it)."""
    service = DirectoryService(database, desk.clock, chat or desk.session)
    desk.session.sweep, desk.session.next_due = service.sweep, service.next_due
    return service


async def test_a_lapsed_request_is_told_kindly_once_and_its_buttons_change_nothing(desk: Desk,
                                                                                   database: Database) -> None:
    service = swept(desk, database)
    await desk.say("zed", 'join Trauma Evenings note:"I work mostly with adult survivors of trauma."')
    assert await service.next_due() == START + timedelta(days=14)

    out = await desk.run("time +13d23h")
    assert "[DM to @zed]" not in out, "not before 14 days"
    assert await state(database, "zed") == (None, ["pending"])

    out = await desk.run("time +2h")
    told = out.split("[DM to @zed]", 1)[1]
    assert "Your request to join Trauma Evenings has lapsed" in told
    assert "didn't get to answer within 14 days" in told and "says nothing about you" in told
    assert '`/consult join Trauma Evenings note:"…"`' in told
    assert "[DM to @hal]" not in out, "the facilitators are not messaged"
    assert await state(database, "zed") == (None, ["expired"])
    assert await service.next_due() is None

    out = await desk.run("time +3d")
    assert "[DM to @zed]" not in out, "told once"

    for button in ("Approve", "Decline"):
        out = await desk.run(f'@hal click "{button}"')
        assert "That request expired on 14 Dec 2026" in out and "nothing was changed" in out
        assert "[DM to @zed]" not in out and "Decline request" not in out
    assert await state(database, "zed") == (None, ["expired"])

    out = await desk.say("zed", "join Trauma Evenings")
    assert "went to its facilitators" in out
    assert await state(database, "zed") == (None, ["expired", "pending"])


async def test_an_answered_request_does_not_lapse(desk: Desk, database: Database) -> None:
    swept(desk, database)
    await desk.say("zed", "join Trauma Evenings")
    await desk.run('@hal click "Approve"')
    out = await desk.run("time +20d")
    assert "lapsed" not in out
    assert await state(database, "zed") == (None, ["approved"])


async def test_an_undeliverable_notice_is_counted_and_not_retried(desk: Desk, database: Database) -> None:
    chat = FailingChat()
    service = swept(desk, database, chat)
    await desk.say("zed", "join Trauma Evenings")
    desk.clock.set(START + timedelta(days=15))
    report = await service.sweep()
    assert (report.lapsed, report.told, report.failed, chat.tried) == (1, 0, 1, 1)
    assert await state(database, "zed") == (None, ["expired"])
    assert (await service.sweep()).lapsed == 0 and chat.tried == 1
