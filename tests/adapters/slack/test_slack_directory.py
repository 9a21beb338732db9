"""Issue 16 over Slack's wire protocol: `/consult find` answers privately, and a join request reaches the
facilitator as a DM whose Approve / Decline buttons work (Decline opens a modal). Real bolt, real SQLite, the fake
Web API."""
from __future__ import annotations

import json
from typing import Any

from tests.adapters.slack.conftest import ALICE, BOB, CAROL, GENERAL, Workspace, find_button


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
