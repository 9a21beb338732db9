"""Direct messages cost one Web API call, not two: each member's DM conversation is opened once and its id kept in
the database (storage/direct_channels.py), also across a restart; a kept id Slack no longer knows
(`channel_not_found`) is opened again, once. Counted at the wire, on the fake Web API."""
from __future__ import annotations

from adapters.slack.chat import SlackChat
from adapters.slack.tokens import StaticClients
from bot.identity import ChannelRef, UserRef
from bot.messages import Outbound, ToChannel, ToDirect, message
from storage.database import Database
from storage.direct_channels import SqlDirectChannels
from tests.adapters.slack.conftest import make_client
from tests.helpers.slack_api import FakeSlackAPI

GROUP = ChannelRef("slack", "T0001", "C1GENERAL")
BOB, CAROL = UserRef("slack", "T0001", "U2BOB"), UserRef("slack", "T0001", "U3CAROL")


def chat_over(fake: FakeSlackAPI, db: Database) -> SlackChat:
    """A chat port as a fresh process builds it: only the database remembers."""
    return SlackChat(StaticClients(make_client(fake)), direct=SqlDirectChannels(db.engine, "slack"))


def dm(user: UserRef, text: str = "Are you coming on Tuesday?") -> Outbound:
    return Outbound(ToDirect(user, fallback=GROUP), message(text))


async def test_each_members_dm_is_opened_once_and_kept_across_a_restart(fake: FakeSlackAPI,
                                                                        sqlite_db: Database) -> None:
    chat = chat_over(fake, sqlite_db)
    for _ in range(3):
        await chat.send(dm(BOB))
    await chat.send(dm(CAROL))
    assert fake.methods() == ["conversations.open", "chat.postMessage", "chat.postMessage", "chat.postMessage",
                              "conversations.open", "chat.postMessage"]
    bobs = fake.calls_to("conversations.open")[0].response["channel"]["id"]
    assert [c.params["channel"] for c in fake.calls_to("chat.postMessage")][:3] == [bobs] * 3

    fake.reset()
    restarted = chat_over(fake, sqlite_db)
    await restarted.send(dm(BOB))
    await restarted.send(dm(CAROL))
    assert fake.methods() == ["chat.postMessage", "chat.postMessage"]  # no conversations.open after a restart
    assert fake.calls[0].params["channel"] == bobs


async def test_a_kept_dm_slack_no_longer_knows_is_opened_again(fake: FakeSlackAPI, sqlite_db: Database) -> None:
    chat = chat_over(fake, sqlite_db)
    store = SqlDirectChannels(sqlite_db.engine, "slack")
    await store.put("T0001", "U2BOB", "DGONE")  # a conversation id Slack no longer has
    fake.error("chat.postMessage", "channel_not_found")
    ref = await chat.send(dm(BOB))
    assert fake.methods() == ["chat.postMessage", "conversations.open", "chat.postMessage"]
    assert fake.calls[0].params["channel"] == "DGONE"
    fresh = fake.calls[1].response["channel"]["id"]
    assert fake.calls[2].params["channel"] == fresh and ref is not None and ref.startswith(fresh)
    assert await SqlDirectChannels(sqlite_db.engine, "slack").get("T0001", "U2BOB") == fresh

    fake.reset()
    fake.error("chat.postMessage", "channel_not_found", times=2)  # gone again right after opening: no loop
    try:
        await chat_over(fake, sqlite_db).send(dm(BOB))
    except Exception as error:  # noqa: BLE001
        assert getattr(error, "reason", None) == "channel_not_found"
    assert fake.methods() == ["chat.postMessage", "conversations.open", "chat.postMessage"]


async def test_the_workspace_purge_takes_the_kept_ids(fake: FakeSlackAPI, sqlite_db: Database) -> None:
    from storage.workspaces import purge_workspace

    await chat_over(fake, sqlite_db).send(dm(BOB))
    counts = await purge_workspace(sqlite_db, "slack", "T0001")
    assert counts.get("direct_channels") == 1
    assert await SqlDirectChannels(sqlite_db.engine, "slack").get("T0001", "U2BOB") is None


async def test_a_dm_whose_conversation_must_be_opened_counts_conversations_open_for_the_pacer(
        fake: FakeSlackAPI, sqlite_db: Database) -> None:
    """The nudge pacer paces `conversations.open` (Tier 3, about 50 a minute per workspace) as well as the message:
    a member whose conversation is not kept yet names that limit, one whose id is kept does not - also in a
    restarted process, once `prepare` has read the batch's kept ids (as Discord's create_dm is counted)."""
    def opens(chat: SlackChat, outbound: Outbound) -> int:
        return sum(1 for limit in chat.limits(outbound) if limit.key.endswith(":conversations.open"))

    chat = chat_over(fake, sqlite_db)
    assert opens(chat, dm(BOB)) == 1
    await chat.send(dm(BOB))
    assert fake.methods() == ["conversations.open", "chat.postMessage"]  # indeed opened first
    assert opens(chat, dm(BOB)) == 0
    restarted = chat_over(fake, sqlite_db)
    assert opens(restarted, dm(BOB)) == 1  # nothing at hand yet: counted as if it had to be opened
    await restarted.prepare([dm(BOB), dm(CAROL)])
    assert opens(restarted, dm(BOB)) == 0 and opens(restarted, dm(CAROL)) == 1
    fake.reset()
    await restarted.send(dm(BOB))
    assert fake.methods() == ["chat.postMessage"]
    assert opens(restarted, Outbound(ToChannel(GROUP), message("hello"))) == 0  # a channel message opens nothing


async def test_two_messages_at_once_to_a_member_open_one_conversation(fake: FakeSlackAPI, sqlite_db: Database) -> None:
    """A member of two groups gets both groups' RSVP messages in the same burst: the second send waits for the
    first's conversations.open instead of opening it again (one call more than the pacer counted, Tier 3)."""
    import asyncio

    chat = chat_over(fake, sqlite_db)
    refs = await asyncio.gather(chat.send(dm(BOB, "first")), chat.send(dm(BOB, "second")), chat.send(dm(CAROL)))
    assert sorted(fake.methods()) == ["chat.postMessage"] * 3 + ["conversations.open"] * 2
    bobs = {c.params["channel"] for c in fake.calls_to("chat.postMessage") if c.params.get("text") != ""}
    assert len(bobs) == 2 and all(refs)  # Bob's two in one conversation, Carol's in hers
