"""The Home tab over Slack's wire: a signed `app_home_opened` event into the real bolt app, `views.publish` recorded
by the fake Web API, buttons pressed inside the Home view (a `block_actions` payload with a view container and no
channel or response_url), and pages published again after a colleague's change, for those who opened Home only."""
from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.cases.service import CaseService
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from roundtable.compose import GroupChanges, RoutingChat
from storage.database import Database
from tests.adapters.slack.conftest import ALICE, BOB, CAROL, DAN, Workspace, served
from tests.helpers.slack_api import FakeSlackAPI


@pytest.fixture
async def home(fake: FakeSlackAPI, sqlite_db: Database, clock: ManualClock) -> AsyncIterator[Workspace]:
    """Wired as the composition root wires it: the core reports changed groups; the adapter's Home tabs follow."""
    changes = GroupChanges()
    core = Core(build_registry(), sqlite_db, clock, cases=CaseService(sqlite_db, clock, RoutingChat()),
                on_groups_changed=changes.notify)
    async with served(fake, core, home_debounce=0) as workspace:
        changes.subscribe(workspace.adapter.home.groups_changed)
        yield workspace


async def found(slack: Workspace, *members: str) -> None:
    await slack.command("group create Tuesday Peers tz:America/Denver capacity:3")
    await slack.command("schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    for member in members:
        joined = await slack.command("join Tuesday Peers", user=member)
        await slack.click(joined.button("I accept"), user=member)


async def open_home(slack: Workspace, user: str, tab: str = "home") -> None:
    await slack.send(slack.factory.event({"type": "app_home_opened", "user": user, "channel": "D0" + user,
                                          "tab": tab}))


def pages(slack: Workspace, user: str) -> list[dict[str, Any]]:
    return [c.params["view"] if isinstance(c.params["view"], dict) else json.loads(c.params["view"])
            for c in slack.fake.ok_calls_to("views.publish") if c.params.get("user_id") == user]


def text_of(view: dict[str, Any]) -> str:
    return json.dumps(view["blocks"], ensure_ascii=False)


def button(view: dict[str, Any], label: str) -> dict[str, Any]:
    for block in view["blocks"]:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element["text"]["text"] == label:
                return element
    raise AssertionError(f"no button {label!r} on the page")


async def click_on_home(slack: Workspace, view: dict[str, Any], label: str, user: str) -> None:
    pressed = button(view, label)
    await slack.send(slack.factory.block_actions(pressed["action_id"], pressed.get("value"), user_id=user,
                                                 button_text=label, view={"id": "V0HOME", "type": "home"}))


async def test_opening_home_publishes_the_members_own_page(home: Workspace) -> None:
    await found(home, BOB)
    await open_home(home, BOB)
    [page] = pages(home, BOB)
    shown = text_of(page)
    assert page["type"] == "home" and "Tuesday Peers" in shown
    assert "<!date^1796173200^" in shown  # the meeting in each reader's own zone
    assert "Your answer: not yet." in shown and "Yes, I'll be there" in shown
    assert "It's your turn" not in shown  # alice presents first
    await open_home(home, ALICE)
    assert "It's your turn to present" in text_of(pages(home, ALICE)[-1])
    assert "Pass this time" in text_of(pages(home, ALICE)[-1])


async def test_the_messages_tab_publishes_nothing(home: Workspace) -> None:
    await found(home, BOB)
    await open_home(home, BOB, tab="messages")
    assert pages(home, BOB) == []


async def test_someone_in_no_group_is_welcomed_and_shown_no_group(home: Workspace) -> None:
    await found(home, BOB)
    await open_home(home, DAN)
    [page] = pages(home, DAN)
    assert "Welcome to Roundtable" in text_of(page) and "/consult join" in text_of(page)
    assert "Tuesday Peers" not in text_of(page)


async def test_a_button_pressed_on_home_answers_and_the_page_follows(home: Workspace) -> None:
    await found(home, BOB)
    await open_home(home, BOB)
    await click_on_home(home, pages(home, BOB)[-1], "Yes, I'll be there", BOB)
    # No channel and no response_url inside a Home view: the answer comes as a direct message.
    assert any("Noted: yes" in c.params.get("text", "") for c in home.fake.ok_calls_to("chat.postMessage"))
    assert "Your answer: yes." in text_of(pages(home, BOB)[-1])


async def test_a_colleagues_change_refreshes_only_pages_opened_recently(home: Workspace) -> None:
    await found(home, BOB, CAROL)
    await open_home(home, BOB)
    published = len(pages(home, BOB))
    await home.command("schedule skip 2026-12-01")
    assert len(pages(home, BOB)) == published + 1  # one change, one publish
    assert "Tue 15 Dec 2026" in text_of(pages(home, BOB)[-1])
    assert pages(home, CAROL) == []  # carol never opened Home: nothing is published for her


async def test_a_check_in_on_home_says_only_whether_you_answered(home: Workspace) -> None:
    await found(home, BOB, CAROL, DAN)
    await home.command("group settings capacity:4")
    await home.command("checkin settings k:3")
    await home.command("checkin start")
    await open_home(home, BOB)
    before = text_of(pages(home, BOB)[-1])
    assert "You haven't answered yet" in before and "Answer the check-in" in before
    # carol answers: bob's page must not change at all (no count, no hint of who)
    await open_home(home, CAROL)
    await click_on_home(home, pages(home, CAROL)[-1], "Answer the check-in", CAROL)
    prompt = home.fake.ok_calls_to("chat.postMessage")[-1].params  # the prompt again, in a direct message
    assert "Anonymous check-in" in prompt["text"] and prompt["channel"].startswith("D")
    blocks = prompt["blocks"] if isinstance(prompt["blocks"], list) else json.loads(prompt["blocks"])
    choice = button({"blocks": blocks}, "3")
    answered = await home.click(choice, user=CAROL, channel=prompt["channel"])
    assert "counted" in answered.text.lower() or "thank" in answered.text.lower(), answered.text
    await open_home(home, CAROL)
    assert "You haven't answered yet" not in text_of(pages(home, CAROL)[-1])
    await open_home(home, BOB)
    assert text_of(pages(home, BOB)[-1]) == before


async def test_answers_by_direct_message_open_the_conversation_once(home: Workspace) -> None:
    """Answers to clicks on Home go by DM (a Home view has no channel or response_url): the member's DM
    conversation is opened once and its id kept, as for nudges, not opened again for every answer."""
    await found(home, BOB)
    await open_home(home, BOB)
    await click_on_home(home, pages(home, BOB)[-1], "Maybe", BOB)
    await click_on_home(home, pages(home, BOB)[-1], "Yes, I'll be there", BOB)
    answers = [c for c in home.fake.ok_calls_to("chat.postMessage") if "Noted:" in c.params.get("text", "")]
    assert len(answers) == 2 and len({c.params["channel"] for c in answers}) == 1
    assert len([c for c in home.fake.ok_calls_to("conversations.open") if c.params.get("users") == BOB]) == 1
