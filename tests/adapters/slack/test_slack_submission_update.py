"""Issue 14, item 3: the answer to a modal submission stays in the modal.

When a submission's answer is a form for the same person (the identifier check's findings with the review form,
pre-filled with what the author wrote), the adapter answers the submission itself with Slack's documented
`response_action: "update"` and the form as the new view - no views.open with the submission's trigger_id,
which can expire. The core gets a time budget for that (Slack allows 3 s); a core slower than the budget gets
the old route: an empty acknowledgement, and the answer delivered when it comes."""
from __future__ import annotations

import asyncio
import json
from typing import Any

from adapters.slack import app as slack_app
from bot.clock import ManualClock
from bot.core import Core
from roundtable.compose import Wiring, sweeps_for
from tests.adapters.slack.conftest import ALICE, BOB, CAROL, GENERAL, Workspace, served
from tests.adapters.slack.test_slack_story import found
from tests.helpers.slack_api import FakeSlackAPI

IDENTIFYING = "My client Maria Lopez called me on 555-201-3344 at night. What now?"


async def request_modal(slack: Workspace, sqlite_db: Any, clock: ManualClock) -> dict[str, Any]:
    sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    await found(slack, BOB, CAROL)
    await slack.command("case submit")
    request = slack.opened_view()
    assert json.loads(request["private_metadata"])["f"] == "case.request"
    return request


def test_the_budget_leaves_room_within_slacks_three_seconds() -> None:
    budget = getattr(slack_app, "SUBMIT_BUDGET", None)
    assert budget is not None and 0 < budget <= 2.5


async def test_findings_update_the_open_modal_with_the_review_form(slack: Workspace, sqlite_db: Any,
                                                                   clock: ManualClock) -> None:
    request = await request_modal(slack, sqlite_db, clock)
    opened_before = len(slack.fake.calls_to("views.open"))

    checked = await slack.submit(request, {"question": IDENTIFYING})

    assert checked.status == 200
    answer = checked.response.json()
    assert answer["response_action"] == "update" and set(answer) == {"response_action", "view"}
    review = answer["view"]
    assert review["type"] == "modal" and review["callback_id"] == "rt:form"
    assert review["title"]["text"] == "Review your request"
    meta = json.loads(review["private_metadata"])
    assert meta["f"] == "case.review" and meta["ch"] == GENERAL
    assert meta["ru"] == json.loads(request["private_metadata"])["ru"]   # answers still reach the author
    question = next(b for b in review["blocks"] if b.get("block_id") == "question")
    assert question["element"]["initial_value"] == IDENTIFYING
    assert len(slack.fake.calls_to("views.open")) == opened_before, "no views.open with the submission's trigger"
    # The findings themselves still reach the author privately, as before; the form is not sent twice.
    assert "Check before it reaches the group" in checked.text
    assert "Open “Review your request”" not in json.dumps(checked.answers)

    # The updated modal works: "Post anyway" posts the request once and closes the modal.
    posted = await slack.submit(review, {"send": "Post anyway"})
    assert posted.status == 200 and posted.response.text == ""
    assert [p for p in slack.posts_to(GENERAL) if "asks for the group's help" in json.dumps(p)]


async def test_a_slow_core_falls_back_to_closing_the_modal_and_opening_the_review(
        fake: FakeSlackAPI, core: Core, sqlite_db: Any, clock: ManualClock, monkeypatch: Any) -> None:
    async with served(fake, core, submit_budget=0.05) as slack:
        request = await request_modal(slack, sqlite_db, clock)
        release = asyncio.Event()
        submit = core.submit

        async def slow_submit(*args: Any, **kwargs: Any) -> Any:
            await release.wait()            # held until the acknowledgement has gone out
            return await submit(*args, **kwargs)

        monkeypatch.setattr(core, "submit", slow_submit)
        opened_before = len(fake.ok_calls_to("views.open"))
        state = {"question": {"value": {"type": "plain_text_input", "value": IDENTIFYING}}}
        for block in request["blocks"]:
            if block.get("type") == "input" and block["block_id"] != "question":
                state[block["block_id"]] = {"value": {"type": "plain_text_input",
                                                      "value": block["element"].get("initial_value")}}
        submission = slack.factory.view_submission(request["callback_id"], state,
                                                   private_metadata=request["private_metadata"],
                                                   blocks=request["blocks"], user_id=ALICE)
        acked = await slack.send(submission, settle=False)
        assert acked.status == 200 and acked.response.text == ""   # closes the modal, as before
        assert acked.response.elapsed < 2.0
        release.set()
        await slack.settled()

        [opened] = fake.ok_calls_to("views.open")[opened_before:]
        assert opened.params["trigger_id"] == submission.payload["trigger_id"]
        review = opened.params["view"]
        assert json.loads(review["private_metadata"])["f"] == "case.review" and IDENTIFYING in json.dumps(review)


async def test_a_submission_answered_with_text_only_still_closes_the_modal(slack: Workspace) -> None:
    await found(slack, BOB)
    await slack.command("group settings")
    saved = await slack.submit(slack.opened_view(), {"capacity": "7"})
    assert saved.status == 200 and saved.response.text == ""
    assert "Updated Tuesday Peers: capacity 7." in saved.text
