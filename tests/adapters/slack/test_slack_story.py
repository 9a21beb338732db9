"""End to end over Slack's wire protocol: create a group, join through the agreement, RSVP with a button,
settings and agreement forms as modals. Real bolt, real SQLite, a fake Web API recording every call."""
from __future__ import annotations

import json
import re
from datetime import UTC
from typing import Any

from tests.adapters.slack.conftest import BOB, CAROL, DAN, GENERAL, Workspace, find_button


async def found(slack: Workspace, *members: str) -> None:
    await slack.command("group create Tuesday Peers tz:America/Denver capacity:6")
    await slack.command("schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    for member in members:
        joined = await slack.command("join Tuesday Peers", user=member)
        await slack.click(joined.button("I accept"), user=member)


async def test_create_join_and_rsvp(slack: Workspace) -> None:
    created = await slack.command("group create Tuesday Peers tz:America/Denver capacity:6")
    assert created.status == 200 and created.response.text == ""  # the bare acknowledgement
    [private] = created.answers
    assert private["response_type"] == "ephemeral" and private["replace_original"] is False
    assert "You're its facilitator" in private["text"]
    [announce] = slack.posts_to(GENERAL)  # public news goes out as the bot, not as a reply to alice
    assert "A new consultation group, “Tuesday Peers”" in announce["text"]

    scheduled = await slack.command("schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    assert scheduled.answers == []
    first = slack.posts_to(GENERAL)[-1]
    # 2026-12-01 18:00 MST = 2026-12-02 01:00 UTC: each reader sees it in their own zone
    assert "<!date^1796173200^{date_short_pretty} at {time}|Tue 1 Dec 2026, 18:00 MST>" in json.dumps(first["blocks"])
    assert "Tue 1 Dec 2026, 18:00 MST" in first["text"]

    joined = await slack.command("join Tuesday Peers", user=BOB)
    assert joined.answers[0]["blocks"][0] == {"type": "header", "text": {
        "type": "plain_text", "text": "Tuesday Peers: confidentiality agreement (version 1)", "emoji": True}}
    accept = joined.button("I accept")
    assert re.fullmatch(r"rt:agreement\.accept:\d+", accept["action_id"]) and accept["style"] == "primary"
    assert joined.button("Not now")["action_id"] != accept["action_id"]
    welcome = await slack.click(accept, user=BOB)
    assert "Welcome to Tuesday Peers" in welcome.text and welcome.answers[0]["response_type"] == "ephemeral"
    assert slack.posts_to(GENERAL)[-1]["text"] == "<@U2BOB> joined Tuesday Peers. Welcome!"

    shown = await slack.command("next", user=BOB)
    assert "Presenting: <@U1ALICE>" in shown.text
    yes = shown.button("Yes, I'll be there")
    assert yes["value"].endswith("|yes") and yes["action_id"].startswith("rt:rsvp:")
    noted = await slack.click(yes, user=BOB)
    assert "Noted: yes" in noted.text

    listed = await slack.command("rsvp list")
    assert "Yes: <@U2BOB>" in listed.text and "No answer yet: <@U1ALICE>" in listed.text
    assert len(slack.fake.calls_to("auth.test")) == 1  # once per process, not per request


async def test_mentions_in_command_text_are_people(slack: Workspace) -> None:
    kicks: list[int] = []
    slack.adapter.after_work = lambda: kicks.append(1)
    await found(slack, BOB)
    assert len(kicks) == 4  # create, schedule, join, accept: each one may have changed what is due
    made = await slack.command("facilitator add <@U2BOB|bob>")
    assert made.answers == []
    assert slack.posts_to(GENERAL)[-1]["text"] == "<@U2BOB> is now a co-facilitator of Tuesday Peers."


async def test_settings_form_opens_as_a_modal_and_saves(slack: Workspace) -> None:
    await found(slack, BOB)
    asked = await slack.command("group settings")
    assert asked.answers == []  # nothing but the modal
    [opened] = slack.fake.ok_calls_to("views.open")
    assert opened.params["trigger_id"] == asked.request.payload["trigger_id"]
    view = opened.params["view"]
    assert view["callback_id"] == "rt:form" and view["title"]["text"] == "Group settings"
    meta = json.loads(view["private_metadata"])
    assert meta["f"] == "group.settings" and meta["ch"] == GENERAL and meta["c"].isdigit()
    fields = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert fields["capacity"]["element"]["initial_value"] == "6"
    assert fields["capacity"]["element"]["max_length"] == 2 and fields["place"]["optional"] is True

    refused = await slack.submit(view, {"capacity": "", "tz": "America/Denver"})
    assert refused.response.json() == {"response_action": "errors", "errors": {"capacity": "Please fill this in."}}
    too_long = await slack.submit(view, {"length": "1234"})
    assert too_long.response.json()["errors"] == {"length": "At most 3 characters, please (this has 4)."}

    saved = await slack.submit(view, {"capacity": "7", "place": "https://meet.example/tp"})
    assert saved.status == 200 and saved.response.text == ""  # closes the modal
    assert "Updated Tuesday Peers: capacity 7, meeting place updated." in saved.text
    info = await slack.command("group info", user=BOB)
    assert "2 of 7 seats taken" in info.text and "https://meet.example/tp" in info.text


async def test_a_member_cannot_save_the_settings_form(slack: Workspace) -> None:
    await found(slack, BOB)
    await slack.command("group settings")
    view = slack.opened_view()
    forged = await slack.submit(view, {"capacity": "12"}, user=BOB)
    assert forged.status == 200
    [note] = slack.fake.ok_calls_to("response_url")[-1:]
    assert "Only the facilitators of Tuesday Peers" in note.json["text"]
    info = await slack.command("group info", user=CAROL)
    assert "of 6 seats" in info.text


async def test_agreement_edit_is_a_multiline_modal(slack: Workspace) -> None:
    await found(slack, BOB)
    await slack.command("agreement edit")
    view = slack.opened_view()
    assert view["title"]["text"] == "Edit agreement" and view["submit"]["text"] == "Save new version"
    [intro, field] = view["blocks"]
    assert intro["type"] == "section" and "Members accept each new version" in intro["text"]["text"]
    assert field["element"]["multiline"] is True
    assert field["element"]["max_length"] == 3000  # Slack's ceiling; the core allows 4000
    saved = await slack.submit(view, {"text": "What is said here stays here. Version two."})
    assert "Saved as version 2." in saved.text
    assert "new version (2)" in slack.posts_to(GENERAL)[-1]["text"]
    shown = await slack.command("agreement show", user=CAROL)
    assert "What is said here stays here. Version two." in shown.text


async def test_not_now_and_an_unknown_button(slack: Workspace) -> None:
    await found(slack)
    joined = await slack.command("join Tuesday Peers", user=BOB)
    declined = await slack.click(joined.button("Not now"), user=BOB)
    assert "nothing was changed" in declined.text
    stale = await slack.click({"action_id": "rt:retired.action:0", "value": "1", "text": {"text": "Old"}}, user=BOB)
    assert "That button no longer does anything" in stale.text
    members = await slack.command("members")
    assert "<@U2BOB>" not in members.text


async def test_bad_input_gets_a_kind_private_answer(slack: Workspace) -> None:
    typo = await slack.command("grup list")
    assert typo.status == 200 and "Did you mean" in typo.text and typo.answers[0]["response_type"] == "ephemeral"
    empty = await slack.command("")
    assert "Tell me what to do" in empty.text
    assert slack.posts_to(GENERAL) == []


async def test_group_names_cannot_ping_the_channel(slack: Workspace) -> None:
    await slack.command("group create <!channel> & friends")
    announce = slack.posts_to(GENERAL)[-1]
    assert "<!channel>" not in json.dumps(announce) and "&lt;!channel&gt; &amp; friends" in announce["text"]


async def test_scheduled_nudges_and_a_check_in_arrive_as_the_clock_moves(slack: Workspace, sqlite_db: Any,
                                                                         clock: Any) -> None:
    """Issue 3's end to end: nudges reach Slack as DMs and channel reminders when the injected clock moves, their
    buttons work, and the after-meeting check-in is answered with a button."""
    from datetime import datetime, timedelta

    from roundtable.compose import Wiring, sweeps_for

    await found(slack, BOB, CAROL, DAN)   # four members: a check-in round needs at least k = 4
    sweeps = sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    meeting = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)      # Tue 1 Dec 18:00 in Denver

    await sweeps.sweep()   # the meeting is less than two days away: prepare + RSVP nudges go out now
    dm_posts = [c.params for c in slack.fake.ok_calls_to("chat.postMessage") if c.params["channel"].startswith("D")]
    texts = [p["text"] for p in dm_posts]
    assert any("You're presenting at Tuesday Peers" in t for t in texts)
    assert sum("Will you be at Tuesday Peers" in t for t in texts) == 4
    assert len(slack.fake.ok_calls_to("conversations.open")) >= 4

    clock.set(meeting - timedelta(hours=1))
    await sweeps.sweep()
    reminder = slack.posts_to(GENERAL)[-1]
    assert "Tuesday Peers meets in about an hour" in reminder["text"]
    assert f"<!date^{int(meeting.timestamp())}^" in json.dumps(reminder["blocks"])
    noted = await slack.click(find_button([reminder["blocks"]], "Yes, I'll be there"), user=CAROL)
    assert "Noted: yes" in noted.text

    clock.set(meeting + timedelta(hours=2))
    await sweeps.sweep()   # the meeting has ended: the anonymous check-in opens with a private prompt each
    prompts = [c.params for c in slack.fake.ok_calls_to("chat.postMessage")
               if c.params["channel"].startswith("D") and "Anonymous check-in" in c.params["text"]]
    assert len(prompts) == 4
    answered = await slack.click(find_button([prompts[0]["blocks"]], "2"), user=BOB)
    assert "Thank you" in answered.text and answered.answers[0]["response_type"] == "ephemeral"
