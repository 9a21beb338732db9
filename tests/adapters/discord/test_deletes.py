"""Deleting posted consultation requests on Discord (issue 11, finding 6): every path that deletes - "Withdraw it",
a facilitator's withdraw, the retention sweep, `leave forget:yes` - sends the DELETE and the message is gone from
the simulated channel; a message already gone counts as deleted; a real failure is named truthfully."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import discord
import pytest
import simcord

from bot.cases.model import CaseRequest
from bot.clock import ManualClock
from bot.core import Core
from bot.messages import message
from bot.ports import DeliveryFailed
from bot.sweeps import Sweeps
from roundtable.compose import RoutingChat, Wiring, sweeps_for
from storage.database import Database
from tests.helpers.cases import all_requests
from tests.helpers.discord import World, found_group, private

QUESTION = "How do I hold a boundary when a client keeps asking to extend sessions?"
MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)       # Tue 1 Dec 2026 18:00 in Denver: alice presents
BOBS_MEETING = datetime(2026, 12, 16, 1, 0, tzinfo=UTC)  # two weeks later: bob presents


def wire(world: World, core: Core, db: Database, clock: ManualClock, *, routed: bool = False) -> Sweeps:
    """Wire the case service as the composition root does, through the Discord chat port (or a router over it)."""
    chat: Any = RoutingChat({"discord": world.client.chat}) if routed else world.client.chat
    return sweeps_for(Wiring(core, db, clock), chat)


async def post_request(world: World, member: simcord.MemberActor, **values: str) -> simcord.InteractionResult:
    """`/consult case submit` (the form opens at once, or from its button), send it: the private answer (with "Withdraw it")."""
    shown = await member.slash(world.channel, "consult case submit")
    opened = shown if shown.modal is not None else await member.click(shown.response.message,
                                                                      label="Consultation request")
    assert opened.modal is not None, private(opened)
    return await member.submit_modal(opened, {"question": QUESTION, **values})


def deletes(world: World) -> list[str]:
    return [r.path for r in world.env.http_requests if r.method == "DELETE" and "/messages/" in r.path]


def posted_message(world: World) -> Any:
    [message] = [m for m in world.channel.history()
                 if "asks for the group's help" in m.content + "".join(e.description or "" for e in m.embeds)]
    return message


async def only_request(db: Database) -> CaseRequest:
    [request] = await all_requests(db)
    return request


async def test_withdraw_it_deletes_the_posted_message(world: World, core: Core, sqlite_db: Database,
                                                      clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    answer = await post_request(world, world.alice)
    assert "Posted in the group's channel" in private(answer)
    message = posted_message(world)
    request = await only_request(sqlite_db)
    assert request.reference == str(message.id)

    withdrawn = await world.alice.click(answer.response.message, label="Withdraw it")
    assert private(withdrawn).startswith("Withdrawn: 1 consultation request message deleted")
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{message.id}"]
    assert message.id not in [m.id for m in world.channel.history()]
    request = await only_request(sqlite_db)
    assert (request.status, request.reference) == ("withdrawn", None)


async def test_a_facilitator_withdraws_a_members_request(world: World, core: Core, sqlite_db: Database,
                                                         clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    await post_request(world, world.bob)            # bob's own turn: the second meeting
    message = posted_message(world)
    refused = await world.carol.slash(world.channel, "consult case withdraw", member=world.bob)
    assert "Only facilitators" in private(refused) and deletes(world) == []

    done = await world.alice.slash(world.channel, "consult case withdraw", member=world.bob)
    assert private(done).startswith("Withdrawn: 1 consultation request message deleted")
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{message.id}"]
    assert message.id not in [m.id for m in world.channel.history()]
    assert (await only_request(sqlite_db)).status == "withdrawn"


async def test_retention_deletes_the_message_when_the_clock_passes_its_day(
        world: World, core: Core, sqlite_db: Database, clock: ManualClock) -> None:
    sweeps = wire(world, core, sqlite_db, clock, routed=True)   # production routes through RoutingChat
    await found_group(world, world.bob, world.carol)
    said = await world.alice.slash(world.channel, "consult case retention", days="2")
    assert "can't delete messages" not in private(said)
    await post_request(world, world.alice)
    message = posted_message(world)

    clock.set(MEETING + timedelta(days=1))
    await sweeps.sweep()
    assert deletes(world) == [] and message.id in [m.id for m in world.channel.history()]

    clock.set(MEETING + timedelta(days=2, minutes=1))
    await sweeps.sweep()
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{message.id}"]
    assert message.id not in [m.id for m in world.channel.history()]
    request = await only_request(sqlite_db)
    assert (request.status, request.reference, request.reason) == ("deleted", None, None)


async def test_leave_forget_yes_deletes_the_members_request(world: World, core: Core, sqlite_db: Database,
                                                            clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    await post_request(world, world.bob)
    message = posted_message(world)

    left = await world.bob.slash(world.channel, "consult leave", forget="yes")
    assert "1 consultation request message posted for you" in private(left)
    assert "could not be deleted" not in private(left)
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{message.id}"]
    assert message.id not in [m.id for m in world.channel.history()]
    request = await only_request(sqlite_db)
    assert (request.status, request.presenter) == ("withdrawn", None)


async def test_a_message_someone_already_deleted_counts_as_deleted(world: World, core: Core,
                                                                   sqlite_db: Database, clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    mods = world.guild.create_role("Mods", permissions=discord.Permissions(manage_messages=True))
    moderator = world.guild.add_member(world.env.create_user("mod"), roles=[mods])
    await found_group(world, world.bob, world.carol)
    answer = await post_request(world, world.alice)
    await moderator.delete(posted_message(world))          # a moderator removed it by hand

    withdrawn = await world.alice.click(answer.response.message, label="Withdraw it")
    assert private(withdrawn).startswith("Withdrawn: 1 consultation request message deleted")
    assert len(deletes(world)) == 1                          # Discord answered 10008 Unknown Message
    assert (await only_request(sqlite_db)).status == "withdrawn"
    assert world.env.errors == []


async def test_a_refused_delete_is_reported_truthfully(world: World, core: Core, sqlite_db: Database,
                                                       clock: ManualClock) -> None:
    """The bot may always delete its own messages; what can stop it is losing access to the channel (50001) or
    a permission Discord says is missing (50013). Retrying won't help, so nobody is told to try again."""
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    answer = await post_request(world, world.alice)
    message = posted_message(world)
    world.env.inject_error("DELETE", f"/channels/{world.channel.id}/messages/*", status=403, code=50001,
                           message="Missing Access", times=1)

    refused = await world.alice.click(answer.response.message, label="Withdraw it")
    text = private(refused)
    assert "try again in a moment" not in text
    assert "I couldn't delete it: Roundtable can no longer see the group's channel" in text
    assert "delete it in the channel" in text
    assert message.id in [m.id for m in world.channel.history()]
    request = await only_request(sqlite_db)
    assert (request.status, request.reason) == ("posted", "not_in_channel")

    # A passing outage is different: then trying again is the right advice, and it works.
    world.env.inject_error("DELETE", f"/channels/{world.channel.id}/messages/*", status=503, times=1)
    later = await world.alice.click(answer.response.message, label="Withdraw it")
    assert "try again in a moment" in private(later)
    again = await world.alice.click(answer.response.message, label="Withdraw it")
    assert private(again).startswith("Withdrawn: 1")
    assert message.id not in [m.id for m in world.channel.history()]


async def test_the_chat_port_names_each_delete_failure(world: World) -> None:
    chat = world.client.chat
    sent = await chat.post(world.chan(), message("A request"))
    reference = str(sent.id)

    async def failure(status: int, code: int) -> tuple[str, bool]:
        world.env.inject_error("DELETE", f"/channels/{world.channel.id}/messages/{reference}", status=status,
                               code=code, times=1)
        with pytest.raises(DeliveryFailed) as failed:
            await chat.delete(world.chan(), reference)
        return failed.value.reason, failed.value.permanent

    assert await failure(403, 50001) == ("not_in_channel", True)
    assert await failure(403, 50013) == ("missing_permissions", True)
    assert await failure(400, 50083) == ("channel_archived", True)
    assert await failure(503, 0) == ("unavailable", False)
    assert world.channel.last_message.id == sent.id

    await chat.delete(world.chan(), reference)
    assert world.channel.history() == []
    await chat.delete(world.chan(), reference)                 # 10008 Unknown Message: already gone, fine
    # The channel itself was deleted (10003 Unknown Channel): its messages went with it.
    world.env.inject_error("DELETE", f"/channels/{world.channel.id}/messages/*", status=404, code=10003, times=1)
    await chat.delete(world.chan(), reference)
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{reference}"] * 7
    with pytest.raises(ValueError):
        await chat.delete(world.chan(), "not-a-message-id")


async def test_posting_again_replaces_the_earlier_message(world: World, core: Core, sqlite_db: Database,
                                                          clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    await post_request(world, world.alice)
    first = posted_message(world)
    again = await post_request(world, world.alice, question="A better-worded question?")
    assert "Your earlier request for this meeting was deleted." in private(again)
    assert deletes(world) == [f"/channels/{world.channel.id}/messages/{first.id}"]
    assert posted_message(world).id != first.id
    assert [r.status for r in await all_requests(sqlite_db)] == ["withdrawn", "posted"]
