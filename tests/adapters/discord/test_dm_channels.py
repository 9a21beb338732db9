"""Direct messages cost one request, not two: each member's DM channel is created once and its id kept in the
database (storage/direct_channels.py), also across a restart (where discord.py's own 128-entry cache is empty); a
kept id Discord no longer accepts (10003, 50007) is created again, once. Counted at the wire: the requests
discord.py's HTTP client makes to SimCord."""
from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from adapters.discord.chat import GLOBAL, DiscordChat
from adapters.discord.views import FormShelf
from bot.identity import UserRef
from bot.messages import Outbound, ToDirect, message
from storage.database import Database
from storage.direct_channels import SqlDirectChannels
from tests.helpers.discord import World

CREATE_DM = ("POST", "/users/@me/channels")


@pytest.fixture
def wire(world: World, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    http = world.client.http
    real = http.request

    async def counted(route: Any, **kwargs: Any) -> Any:
        seen.append((route.method, route.path))
        return await real(route, **kwargs)

    monkeypatch.setattr(http, "request", counted)
    return seen


def chat_over(world: World, db: Database) -> DiscordChat:
    """A chat port as a fresh process builds it, with discord.py's private-channel cache emptied."""
    world.client._connection._private_channels.clear()  # noqa: SLF001 - what a restart starts with
    world.client._connection._private_channels_by_user.clear()  # noqa: SLF001
    return DiscordChat(world.client, world.client.forms, SqlDirectChannels(db.engine, "discord"))


def dm(user: UserRef) -> Outbound:
    return Outbound(ToDirect(user, None), message("Are you coming on Tuesday?"))


async def test_each_members_dm_is_created_once_and_kept_across_a_restart(
        world: World, sqlite_db: Database, wire: list[tuple[str, str]]) -> None:
    chat = chat_over(world, sqlite_db)
    for _ in range(3):
        await chat.send(dm(world.user(world.bob)))
    assert wire.count(CREATE_DM) == 1 and len(wire) == 4
    wire.clear()
    restarted = chat_over(world, sqlite_db)
    await restarted.send(dm(world.user(world.bob)))
    assert wire == [("POST", "/channels/{channel_id}/messages")]
    assert world.bob.user.dm_channel.last_message.content == "Are you coming on Tuesday?"
    assert len(world.bob.user.dm_channel.history()) == 4


@pytest.mark.parametrize("code", [10003, 50007])
async def test_a_kept_dm_channel_discord_refuses_is_created_again(
        world: World, sqlite_db: Database, wire: list[tuple[str, str]], code: int) -> None:
    store = SqlDirectChannels(sqlite_db.engine, "discord")
    bob = world.user(world.bob)
    await store.put(bob.workspace, bob.id, "123456789012345678")  # an id Discord no longer accepts
    status = 404 if code == 10003 else 403
    world.env.inject_error("POST", "/channels/123456789012345678/messages", status=status, code=code,
                           message="refused")
    sent = await chat_over(world, sqlite_db).send(dm(bob))
    assert wire == [("POST", "/channels/{channel_id}/messages"), CREATE_DM, ("POST", "/channels/{channel_id}/messages")]
    fresh = str(world.bob.user.dm_channel.id)
    assert await SqlDirectChannels(sqlite_db.engine, "discord").get(bob.workspace, bob.id) == fresh
    assert sent == str(world.bob.user.dm_channel.last_message.id)


async def test_a_dm_whose_channel_must_be_opened_counts_two_requests_for_the_pacer(
        world: World, sqlite_db: Database, wire: list[tuple[str, str]]) -> None:
    """The nudge pacer counts every request a DM makes against Discord's global limit: two (create_dm, then the
    message) while the member's DM channel is not known, one once it is kept - also in a restarted process, after
    `prepare` has read the batch's kept ids (bench/rsvp_burst.py: counting one drew a 429 on most first DMs)."""
    bob = dm(world.user(world.bob))

    def global_requests(chat: DiscordChat) -> int:
        return [limit.key for limit in chat.limits(bob)].count(GLOBAL.key)

    chat = chat_over(world, sqlite_db)
    assert global_requests(chat) == 2
    await chat.send(bob)
    assert wire.count(CREATE_DM) == 1 and len(wire) == 2  # indeed two requests
    assert global_requests(chat) == 1
    restarted = chat_over(world, sqlite_db)
    assert global_requests(restarted) == 2  # nothing at hand yet: counted as if it had to be opened
    await restarted.prepare([bob, dm(world.user(world.carol))])
    assert global_requests(restarted) == 1
    assert [limit.key for limit in restarted.limits(dm(world.user(world.carol)))].count(GLOBAL.key) == 2
    wire.clear()
    await restarted.send(bob)
    assert wire == [("POST", "/channels/{channel_id}/messages")]


class SlowClient:
    """What DiscordChat uses of discord.py's client, with create_dm answering only when the test lets it (discord.py's
    own cache of DM channels hides a second create_dm only once the first has answered)."""

    def __init__(self) -> None:
        self.created: list[int] = []
        self.answer = asyncio.Event()
        self.sent: list[tuple[int, str]] = []

    def get_channel(self, ident: int) -> None:
        return None

    def get_partial_messageable(self, ident: int, **kwargs: Any) -> Any:
        return self._channel(ident)

    async def create_dm(self, user: Any) -> Any:
        self.created.append(user.id)
        await self.answer.wait()
        return self._channel(10**15 + user.id)

    def _channel(self, ident: int) -> Any:
        client = self

        class Channel:
            id = ident

            async def send(self, **kwargs: Any) -> Any:
                client.sent.append((ident, kwargs.get("content") or ""))
                return discord.Object(id=len(client.sent))

        return Channel()


async def test_two_dms_at_once_to_a_member_create_one_channel() -> None:
    """A member of two groups gets both groups' RSVP messages in the same burst: the second DM waits for the
    first's create_dm instead of making its own (one request more than the pacer counted)."""
    client = SlowClient()
    chat = DiscordChat(client, FormShelf())  # type: ignore[arg-type]
    bob, carol = UserRef("discord", "900", "11"), UserRef("discord", "900", "12")
    loop = asyncio.get_running_loop()
    sends = [loop.create_task(chat.send(Outbound(ToDirect(who, None), message(text))))
             for who, text in ((bob, "first"), (bob, "second"), (carol, "hers"))]
    for _ in range(20):
        await asyncio.sleep(0)  # every send reaches create_dm or waits for one (no time passes)
    client.answer.set()
    assert all(await asyncio.gather(*sends))
    assert sorted(client.created) == [11, 12]  # Bob's channel once, Carol's once
    assert sorted(channel for channel, _ in client.sent) == [10**15 + 11, 10**15 + 11, 10**15 + 12]
    assert await chat.dm_channels.get("900", "11") == str(10**15 + 11)


class BusyStore(SqlDirectChannels):
    """A database too busy to keep the id (SQLite's busy timeout ran out under a burst's writes)."""

    async def put(self, workspace: str, user: str, channel: str) -> None:
        raise TimeoutError("database is locked")


async def test_a_dm_goes_out_when_its_channel_id_cannot_be_kept(
        world: World, sqlite_db: Database, wire: list[tuple[str, str]]) -> None:
    """Keeping the id is a saving for next time: a failure to write it must not fail the DM that opened the channel
    (the nudge would be retried and the channel created again - one of the ways a burst opened a channel twice)."""
    world.client._connection._private_channels.clear()  # noqa: SLF001
    world.client._connection._private_channels_by_user.clear()  # noqa: SLF001
    chat = DiscordChat(world.client, world.client.forms, BusyStore(sqlite_db.engine, "discord"))
    sent = await chat.send(dm(world.user(world.bob)))
    assert sent == str(world.bob.user.dm_channel.last_message.id)
    assert wire == [CREATE_DM, ("POST", "/channels/{channel_id}/messages")]
