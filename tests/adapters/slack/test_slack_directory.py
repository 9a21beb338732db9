"""Issue 16 over Slack's wire protocol: `/consult find` answers privately, and a join request reaches the
facilitator as a DM whose Approve / Decline buttons work (Decline opens a modal). Real bolt, real SQLite, the fake
Web API."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import ManualClock
from roundtable.compose import Wiring, sweeps_for
from storage.database import Database
from tests.adapters.slack.conftest import ALICE, BOB, CAROL, DAN, GENERAL, Workspace, find_button


def dms_to(slack: Workspace, user: str) -> list[dict[str, Any]]:
    opened = {c.response["channel"]["id"] for c in slack.fake.ok_calls_to("conversations.open")
              if c.params.get("users") == user and isinstance(c.response, dict)}
    return [c.params for c in slack.fake.ok_calls_to("chat.postMessage") if c.params["channel"] in opened]


async def listed_by_request(slack: Workspace) -> None:
    await slack.command("group create Trauma Evenings tz:America/Denver capacity:6")
    await slack.command("schedule set weekly on Thursday at 19:00")
    await slack.command('group settings listed:yes focus:"trauma, grief" joining:"by request" '
                        'description:"Evening consultation for trauma work."')


async def test_find_answers_privately_without_names(slack: Workspace) -> None:
    await listed_by_request(slack)
    posted_before = len(slack.fake.ok_calls_to("chat.postMessage"))
    found = await slack.command('find focus:trauma when:"Thu 18:00-21:00" tz:America/Denver', user=BOB)
    [answer] = found.answers
    assert answer["response_type"] == "ephemeral"
    text = found.text
    assert "1. Trauma Evenings – Evening consultation for trauma work." in text
    assert "meets Thu 19:00 your time (inside your Thu 18:00-21:00)" in text and "focuses on trauma" in text
    assert "Ask to join" in text and ALICE not in json.dumps(answer)
    assert len(slack.fake.ok_calls_to("chat.postMessage")) == posted_before, "nothing public"


async def test_request_approve_and_decline_through_dms(slack: Workspace) -> None:
    await listed_by_request(slack)
    await slack.command('profile profession:Counsellor tags:"CBT, EMDR"', user=BOB)
    asked = await slack.command('join Trauma Evenings note:"I would value a trauma group."', user=BOB)
    assert "went to its facilitators" in asked.text
    [request] = [p for p in dms_to(slack, ALICE) if "Request to join Trauma Evenings" in p["text"]]
    assert "Profession: Counsellor" in request["text"] and "I would value a trauma group." in request["text"]
    approve = find_button([request["blocks"]], "Approve")
    assert approve["action_id"].startswith("rt:join.approve") and approve["style"] == "primary"
    approved = await slack.click(approve, user=ALICE, channel=request["channel"])
    assert "Approved" in approved.text
    [offer] = [p for p in dms_to(slack, BOB) if "approved your request" in p["text"]]
    accepted = await slack.click(find_button([offer["blocks"]], "I accept"), user=BOB, channel=offer["channel"])
    assert "Welcome to Trauma Evenings" in accepted.text
    assert "<@U2BOB> joined Trauma Evenings" in slack.posts_to(GENERAL)[-1]["text"]

    await slack.command("join Trauma Evenings", user=CAROL)
    [second] = [p for p in dms_to(slack, ALICE) if "<@U3CAROL> would like to join" in p["text"]]
    declining = await slack.click(find_button([second["blocks"]], "Decline"), user=ALICE, channel=second["channel"])
    assert declining.answers == []  # nothing but the modal
    view = slack.opened_view()
    assert view["title"]["text"] == "Decline request"
    await slack.submit(view, {"message": ""}, user=ALICE)
    await slack.settled()
    [kind] = [p for p in dms_to(slack, CAROL) if "Thank you for your interest" in p["text"]]
    assert "They wrote" not in kind["text"]


async def test_a_resource_is_shared_for_the_next_meeting(slack: Workspace) -> None:
    await listed_by_request(slack)
    added = await slack.command('resources add https://example.org/grounding.pdf title:"Grounding worksheet" '
                                'for:next')
    assert "for the meeting on" in added.text and "(its recap lists it)" in added.text
    listed = await slack.command("resources list")
    assert "Grounding worksheet" in listed.text and "for the meeting on" in listed.text


async def test_a_long_resources_list_turns_pages_with_buttons(slack: Workspace) -> None:
    await listed_by_request(slack)
    for n in range(12):
        await slack.command(f'resources add https://example.org/{n} title:"Reading {n}" tags:worksheet')
    first = await slack.command("resources list tag:worksheet", user=ALICE)
    [answer] = first.answers
    assert answer["response_type"] == "ephemeral" and "Page 1 of 2" in first.text
    following = first.button("Next →")
    assert following["action_id"].startswith("rt:resources.page")
    with_previous = [e["text"]["text"] for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert with_previous == ["Next →"]
    second = await slack.click(following, user=ALICE)
    assert "Page 2 of 2." in second.text and "Reading 0" in second.text and "Reading 11" not in second.text
    back = await slack.click(second.button("← Previous"), user=ALICE)
    assert "Page 1 of 2" in back.text and "Reading 11" in back.text
    outsider = await slack.click(following, user=CAROL)
    assert "for members of Trauma Evenings" in outsider.text and "Reading" not in outsider.text


async def test_the_after_meeting_recap_reaches_the_channel(slack: Workspace, sqlite_db: Database,
                                                           clock: ManualClock) -> None:
    """The nudge sweep, as the composition root wires it over the Slack port, posts the resources shared for the
    meeting to the group's channel once it has ended: titles and links, never who shared them."""
    await listed_by_request(slack)  # Thursdays 19:00 in Denver: the first is Fri 4 Dec 02:00 UTC
    await slack.command('resources add https://example.org/grounding.pdf title:"Grounding worksheet" for:next')
    await slack.command('resources add Local DBT skills group, sliding scale title:"DBT referral" for:next')
    sweeps = sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    await sweeps.sweep()
    assert not [p for p in slack.posts_to(GENERAL) if "Shared for" in p["text"]]
    for _ in range(50):  # the scheduler, on the injected clock: wake at each due moment
        due = await sweeps.next_due()
        if due is None or due > datetime(2026, 12, 5, tzinfo=UTC):
            break
        clock.set(max(due, clock.now()))
        await sweeps.sweep()
    await slack.settled()
    [recap] = [p for p in slack.posts_to(GENERAL) if "Shared for" in p["text"]]
    shown = json.dumps(recap["blocks"])
    assert "<https://example.org/grounding.pdf|Grounding worksheet>" in shown and "DBT referral" in shown
    assert ALICE not in shown


async def test_a_lapsed_request_is_told_in_a_dm_and_its_buttons_change_nothing(
        slack: Workspace, sqlite_db: Database, clock: ManualClock) -> None:
    await listed_by_request(slack)
    sweeps = sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    await slack.command("join Trauma Evenings", user=BOB)
    [request] = [p for p in dms_to(slack, ALICE) if "Request to join Trauma Evenings" in p["text"]]
    clock.set(clock.now() + timedelta(days=14, minutes=1))
    await sweeps.sweep()
    await sweeps.sweep()
    await slack.settled()
    [told] = [p for p in dms_to(slack, BOB) if "has lapsed" in p["text"]]
    assert "didn't get to answer within 14 days" in told["text"]
    answered = await slack.click(find_button([request["blocks"]], "Approve"), user=ALICE, channel=request["channel"])
    assert "That request expired on" in answered.text and "nothing was changed" in answered.text
    assert not [p for p in dms_to(slack, BOB) if "approved your request" in p["text"]]


async def test_introductions_are_offered_in_dms_and_only_yes_is_introduced(
        slack: Workspace, sqlite_db: Database, clock: ManualClock) -> None:
    sweeps = sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    for user, zone, when in ((ALICE, "America/Chicago", "Sat 13:00-17:00"), (BOB, "America/New_York",
                             "Sat 14:00-17:00"), (CAROL, "America/Denver", "Sat 12:00-16:00"),
                             (DAN, "America/Chicago", "Sat 12:30-15:00")):
        await slack.command(f'find when:"{when}" tz:{zone} notify:yes', user=user)
    await sweeps.sweep()
    await sweeps.sweep()
    await slack.settled()
    offers = {}
    for user in (ALICE, BOB, CAROL, DAN):
        [offers[user]] = [p for p in dms_to(slack, user) if "Colleagues who could" in p["text"]]
        assert "3 other colleagues here are waiting too" in offers[user]["text"]
    yes = find_button([offers[ALICE]["blocks"]], "Yes, introduce me")
    assert yes["action_id"].startswith("rt:directory.introduce")
    await slack.click(yes, user=ALICE, channel=offers[ALICE]["channel"])
    await slack.click(find_button([offers[BOB]["blocks"]], "No, thanks"), user=BOB, channel=offers[BOB]["channel"])
    met = await slack.click(find_button([offers[DAN]["blocks"]], "Yes, introduce me"), user=DAN,
                            channel=offers[DAN]["channel"])
    assert f"<@{ALICE}>" in met.text and BOB not in met.text and CAROL not in met.text
    [news] = [p for p in dms_to(slack, ALICE) if "Another colleague wants to start a group" in p["text"]]
    assert f"<@{DAN}> also said yes" in news["text"] and BOB not in json.dumps(news)
