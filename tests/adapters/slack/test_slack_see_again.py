"""Issue 14, Slack: when a direct message can't be delivered, the mention left in the group's channel names the
command that shows *that* message again (a check-in prompt is not found with `/consult next`)."""
from __future__ import annotations

import pytest

from adapters.slack.chat import SlackChat
from adapters.slack.tokens import StaticClients
from bot.identity import ChannelRef, UserRef
from bot.messages import Actions, Button, Message, Outbound, ToDirect, message
from tests.adapters.slack.conftest import BOB, CAROL, DAN, GENERAL, Workspace, make_client
from tests.adapters.slack.test_slack_story import found
from tests.helpers.slack_api import FakeSlackAPI

PRIVATE = "Your private note about the group"


async def test_a_check_in_prompt_that_cannot_be_sent_points_to_checkin_answer(slack: Workspace) -> None:
    await found(slack, BOB, CAROL, DAN)  # four members: a check-in round needs at least k = 4
    slack.fake.add_user(CAROL, deleted=True)  # Slack answers user_disabled when her DM is opened
    started = await slack.command("checkin start")
    assert "Started." in started.text
    [mention] = [p for p in slack.posts_to(GENERAL) if p["text"].startswith(f"<@{CAROL}>, Roundtable has a message")]
    assert "`/consult checkin answer`" in mention["text"] and "/consult next" not in mention["text"]
    assert "Anonymous check-in" not in mention["text"]  # who, never what


@pytest.mark.parametrize("action, command", [
    ("checkin.answer", "/consult checkin answer"),
    ("agreement.reaccept", "/consult agreement accept"),
    ("swap.accept", "/consult rotation show"),
    ("rsvp", "/consult next"),
])
async def test_a_nudge_that_cannot_be_sent_points_to_the_command_that_shows_it(
        fake: FakeSlackAPI, action: str, command: str) -> None:
    chat = SlackChat(StaticClients(make_client(fake)))
    fake.add_user("U2BOB", deleted=True)
    prompt = Message(message(PRIVATE).blocks + (Actions((Button("Go", action, "1|2"),)),))
    await chat.send(Outbound(ToDirect(UserRef("slack", "T0001", "U2BOB"), ChannelRef("slack", "T0001", GENERAL)),
                             prompt))
    [mention] = fake.ok_calls_to("chat.postMessage")
    assert mention.params["text"].endswith(f"`{command}`.") and PRIVATE not in mention.params["text"]


async def test_the_attendance_note_points_to_attendance_show(fake: FakeSlackAPI) -> None:
    chat = SlackChat(StaticClients(make_client(fake)))
    fake.add_user("U2BOB", deleted=True)
    note = Message(message("Tuesday Peers met on …").blocks, see_again="/consult attendance show")
    await chat.send(Outbound(ToDirect(UserRef("slack", "T0001", "U2BOB"), ChannelRef("slack", "T0001", GENERAL)),
                             note))
    [mention] = fake.ok_calls_to("chat.postMessage")
    assert mention.params["text"].endswith("`/consult attendance show`.")
