"""The ChatPort the nudge scheduler uses: `send(outbound)` through the Web API, retries, and DeliveryFailed."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from adapters.slack.chat import SlackChat
from adapters.slack.retries import retry_handlers
from adapters.slack.tokens import StaticClients
from bot.identity import ChannelRef, UserRef
from bot.messages import (
    Button,
    FileAttachment,
    Form,
    FormField,
    Outbound,
    ToChannel,
    ToDirect,
    ToPerson,
    When,
    buttons,
    message,
    para,
)
from bot.ports import DeliveryFailed
from tests.adapters.slack.conftest import make_client, no_jitter
from tests.helpers.slack_api import FakeSlackAPI

GROUP = ChannelRef("slack", "T0001", "C1GENERAL")
BOB = UserRef("slack", "T0001", "U2BOB")
NUDGE = message(para("Your turn to present on ", When(datetime(2026, 12, 2, 1, 0, tzinfo=UTC),
                                                      "America/Denver", "date"), ". Still on?"),
                buttons(Button("Pass this time", "rotation.pass", "1|2026-12-02T01:00:00+00:00")))


@pytest.fixture
def chat(fake: FakeSlackAPI) -> SlackChat:
    return SlackChat(StaticClients(make_client(fake)))


async def test_to_channel_is_a_channel_post(chat: SlackChat, fake: FakeSlackAPI) -> None:
    ref = await chat.send(Outbound(ToChannel(GROUP), NUDGE))
    [post] = fake.calls_to("chat.postMessage")
    assert ref == f"C1GENERAL:{post.response['ts']}"
    assert post.params["channel"] == "C1GENERAL" and post.token == fake.bot_token
    assert post.params["text"] == "Your turn to present on Tue 1 Dec 2026. Still on?"
    section, actions = post.params["blocks"]
    assert "<!date^1796173200^{date_short_pretty}|Tue 1 Dec 2026>" in section["text"]["text"]
    assert actions["elements"][0]["action_id"] == "rt:rotation.pass:0"


async def test_to_direct_opens_the_dm_then_posts(chat: SlackChat, fake: FakeSlackAPI) -> None:
    ref = await chat.send(Outbound(ToDirect(BOB, fallback=GROUP), NUDGE))
    assert fake.methods() == ["conversations.open", "chat.postMessage"]
    opened, post = fake.calls
    assert opened.params["users"] == "U2BOB"
    assert post.params["channel"] == opened.response["channel"]["id"] and ref == f"{post.params['channel']}:{post.response['ts']}"


async def test_to_person_is_ephemeral_in_the_channel_or_a_dm(chat: SlackChat, fake: FakeSlackAPI) -> None:
    await chat.send(Outbound(ToPerson(BOB, GROUP), message("Only for you.")))
    await chat.send(Outbound(ToPerson(BOB), message("Also only for you.")))
    assert fake.methods() == ["chat.postEphemeral", "conversations.open", "chat.postMessage"]
    assert fake.calls[0].params["user"] == "U2BOB" and fake.calls[0].params["channel"] == "C1GENERAL"


@pytest.mark.parametrize("method,error,reason", [
    ("chat.postMessage", "not_in_channel", "not_in_channel"),
    ("chat.postMessage", "is_archived", "channel_archived"),
    ("chat.postMessage", "channel_not_found", "channel_not_found"),
    ("chat.postMessage", "missing_scope", "missing_permissions"),
    ("chat.postMessage", "token_revoked", "missing_permissions"),
    ("conversations.open", "cannot_dm_bot", "dm_closed"),
    ("conversations.open", "user_disabled", "dm_closed"),
    ("chat.postMessage", "msg_too_long", "unknown"),
])
async def test_failures_raise_delivery_failed_with_the_reason(chat: SlackChat, fake: FakeSlackAPI, method: str,
                                                             error: str, reason: str) -> None:
    fake.error(method, error)
    audience = ToDirect(BOB) if method == "conversations.open" else ToChannel(GROUP)
    with pytest.raises(DeliveryFailed) as raised:
        await chat.send(Outbound(audience, NUDGE))
    assert raised.value.reason == reason and raised.value.permanent is True
    assert error in str(raised.value)


async def test_closed_dm_asks_in_the_group_channel_without_the_private_text(chat: SlackChat,
                                                                              fake: FakeSlackAPI) -> None:
    fake.add_user("U2BOB", deleted=True)
    private = message("Your case request for Tuesday is due: a 45-year-old client with …")
    reference = await chat.send(Outbound(ToDirect(BOB, fallback=GROUP), private))
    [mention] = fake.ok_calls_to("chat.postMessage")
    assert reference and reference.startswith("C1GENERAL:"), "the fallback mention stands in for the nudge"
    assert mention.params["channel"] == "C1GENERAL" and mention.params["text"].startswith("<@U2BOB>, Roundtable has")
    assert "case request" not in json.dumps(mention.params)
    fake.reset()
    with pytest.raises(DeliveryFailed):
        await chat.send(Outbound(ToDirect(BOB), private))  # no fallback channel: nothing posted anywhere
    assert fake.ok_calls_to("chat.postMessage") == []


async def test_rate_limits_honour_retry_after_and_5xx_back_off(fake: FakeSlackAPI) -> None:
    chat = SlackChat(StaticClients(make_client(fake, backoff=0.5)))  # the production backoff
    fake.rate_limit("chat.postMessage", times=1, retry_after=1)
    fake.server_error("chat.postMessage", times=1, status=503)
    assert await chat.send(Outbound(ToChannel(GROUP), NUDGE))
    limited, unavailable, ok = fake.calls_to("chat.postMessage")
    assert (limited.status, unavailable.status, ok.status) == (429, 503, 200)
    assert unavailable.at - limited.at >= 1.0     # Retry-After: 1
    assert ok.at - unavailable.at >= 0.5 * 2      # 0.5 s doubled on the second retry
    assert limited.json == ok.json                # the same message, sent once in the end
    assert len(fake.ok_calls_to("chat.postMessage")) == 1


async def test_retries_are_bounded(chat: SlackChat, fake: FakeSlackAPI) -> None:
    fake.rate_limit("chat.postMessage", times=None, retry_after=0)
    with pytest.raises(DeliveryFailed) as raised:
        await chat.send(Outbound(ToChannel(GROUP), NUDGE))
    assert raised.value.reason == "rate_limited" and not raised.value.permanent
    assert len(fake.calls_to("chat.postMessage")) == 4  # one try and three retries
    fake.reset()
    fake.server_error("chat.postMessage", times=None)
    with pytest.raises(DeliveryFailed) as raised:
        await chat.send(Outbound(ToChannel(GROUP), NUDGE))
    assert raised.value.reason == "unavailable" and not raised.value.permanent
    assert len(fake.calls_to("chat.postMessage")) == 4


async def test_a_retry_after_beyond_the_bound_is_not_waited_for(fake: FakeSlackAPI) -> None:
    client = make_client(fake)
    client.retry_handlers = retry_handlers(jitter=no_jitter, max_rate_limit_wait=5)
    chat = SlackChat(StaticClients(client))
    fake.rate_limit("chat.postMessage", retry_after=600)
    with pytest.raises(DeliveryFailed) as raised:
        await chat.send(Outbound(ToChannel(GROUP), NUDGE))
    assert raised.value.reason == "rate_limited" and len(fake.calls_to("chat.postMessage")) == 1


async def test_dropped_connections_are_retried(chat: SlackChat, fake: FakeSlackAPI) -> None:
    fake.drop_connection("conversations.open")
    assert await chat.send(Outbound(ToDirect(BOB), NUDGE))
    assert [c.status for c in fake.calls_to("conversations.open")] == [-1, 200]


async def test_files_go_up_with_the_current_upload_api(chat: SlackChat, fake: FakeSlackAPI) -> None:
    csv = FileAttachment("attendance.csv", b"date,member,present\n2026-12-01,U2BOB,yes\n", "text/csv",
                         "Attendance")
    ref = await chat.send(Outbound(ToChannel(GROUP), message("Attendance for December:", csv)))
    assert fake.methods() == ["chat.postMessage", "files.getUploadURLExternal", "upload",
                              "files.completeUploadExternal"]
    _, url, upload, complete = fake.calls
    assert url.params["filename"] == "attendance.csv" and upload.raw_body == csv.content
    assert complete.params["channel_id"] == "C1GENERAL"
    assert json.loads(complete.params["files"])[0]["title"] == "Attendance"
    assert ref.startswith("C1GENERAL:")


async def test_a_form_in_a_nudge_becomes_a_button_that_opens_it(chat: SlackChat, fake: FakeSlackAPI) -> None:
    form = Form("case.request", "Case request", (FormField("question", "Your question", "long_text"),),
                context="1|2026-12-02")
    await chat.send(Outbound(ToDirect(BOB), message("You present on Tuesday.", form)))
    [post] = fake.calls_to("chat.postMessage")
    button = post.params["blocks"][-1]["elements"][0]
    assert button["action_id"] == "rtx:open_form:0" and button["text"]["text"] == "Open “Case request”"


async def test_an_unknown_audience_is_refused_loudly(chat: SlackChat) -> None:
    with pytest.raises(TypeError):
        await chat.send(Outbound("everyone", NUDGE))  # type: ignore[arg-type]


async def test_answers_to_the_person_who_acted(chat: SlackChat, fake: FakeSlackAPI) -> None:
    """Files can't be ephemeral: they go to the actor's DM. A DM that can't open is shown to them privately."""
    from adapters.slack.chat import Origin
    from bot.messages import Reply

    origin = Origin(BOB, GROUP, make_client(fake), response_url=fake.response_url(), bot_user_id="U0BOT")
    ics = FileAttachment("tuesday-peers.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    await chat.answer(Reply().add(ToPerson(BOB, GROUP), message("Your calendar file:", ics)), origin)
    assert fake.methods() == ["response_url", "conversations.open", "files.getUploadURLExternal", "upload",
                              "files.completeUploadExternal"]
    assert fake.calls[0].json["text"] == "Your calendar file:" and fake.calls[0].json["response_type"] == "ephemeral"
    assert fake.calls[-1].params["channel_id"] == fake.calls[1].response["channel"]["id"]

    fake.reset()
    await chat.dm_channels.forget(BOB.workspace, BOB.id)  # a member whose DM was never opened (none kept)...
    fake.add_user("U2BOB", is_bot=False, deleted=True)  # ...and now can't be
    await chat.answer(Reply().add(ToDirect(BOB), message("Good news: a seat opened.")), origin)
    [shown] = fake.response_posts()
    assert shown.json["response_type"] == "ephemeral"
    assert "I couldn't send you a direct message, so here it is:" in json.dumps(shown.json["blocks"])
    assert "Good news: a seat opened." in json.dumps(shown.json["blocks"])
