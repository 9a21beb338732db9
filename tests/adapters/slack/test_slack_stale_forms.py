"""The "post twice" attack on Slack (issue 11, finding 7), over signed HTTP into the real bolt app.

On Slack the review form's text is never in Roundtable's memory: the modal carries it in the view Slack holds
(or, when a modal could not be opened in time, in the value of an "Open" button in the author's private message).
(The review replaces the request in the open modal when the core answers within the submission's budget; the
button tests make the core miss it.) So what must hold here is that nothing is posted twice - not from a replayed submission, not from the review
modal sent again, not from the old button - and that the old button answers "That form has expired"."""
from __future__ import annotations

import gc
import json
import time
from typing import Any

from bot.clock import ManualClock
from bot.messages import Form
from roundtable.compose import Wiring, sweeps_for
from tests.adapters.slack.conftest import BOB, CAROL, GENERAL, Workspace, find_button
from tests.adapters.slack.test_slack_story import found

PHONE = "555-201-3344"
IDENTIFYING = f"My client Maria Lopez called me on {PHONE} at night. What now?"
EXPIRED = "That form has expired"


def requests_posted(slack: Workspace) -> list[dict[str, Any]]:
    return [p for p in slack.posts_to(GENERAL) if "asks for the group's help" in json.dumps(p)]


def last_answer(slack: Workspace, view: dict[str, Any]) -> str:
    """The newest private answer to whoever submitted `view` (through the response_url it carries)."""
    rid = json.loads(view["private_metadata"]).get("ru", "").rsplit("/", 1)[-1]
    posts = [p.json for p in slack.fake.response_posts(rid) if isinstance(p.json, dict)]
    return posts[-1].get("text", "") if posts else ""


async def flagged_review(slack: Workspace, sqlite_db: Any, clock: ManualClock) -> dict[str, Any]:
    """alice writes a request with identifiers in it; the review modal opens. Returns the request modal."""
    sweeps_for(Wiring(slack.core, sqlite_db, clock), slack.adapter.chat)
    await found(slack, BOB, CAROL)
    await slack.command("case submit")
    request = slack.opened_view()
    assert json.loads(request["private_metadata"])["f"] == "case.request"
    return request


async def test_a_replayed_or_resent_post_anyway_posts_once(slack: Workspace, sqlite_db: Any,
                                                          clock: ManualClock) -> None:
    request = await flagged_review(slack, sqlite_db, clock)
    checked = await slack.submit(request, {"question": IDENTIFYING})
    assert "Check before it reaches the group" in checked.text
    review = checked.updated_view                          # the review replaces the request in the open modal
    assert json.loads(review["private_metadata"])["f"] == "case.review" and IDENTIFYING in json.dumps(review)

    posted = await slack.submit(review, {"send": "Post anyway"})
    assert posted.status == 200 and len(requests_posted(slack)) == 1

    replay = await slack.send(posted.request)             # the very same signed request, byte for byte
    assert replay.status == 200
    assert EXPIRED in last_answer(slack, review) and "already posted" in last_answer(slack, review)
    resent = await slack.submit(review, {"send": "Post anyway"})   # the review modal sent again, freshly signed
    assert resent.status == 200 and EXPIRED in last_answer(slack, review)
    assert len(requests_posted(slack)) == 1

    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Form) and any(PHONE in f.initial for f in o.fields)], \
        "the adapter keeps no form with the text once the request is handled"


async def test_the_old_review_button_has_expired_once_used(slack: Workspace, sqlite_db: Any,
                                                           clock: ManualClock) -> None:
    request = await flagged_review(slack, sqlite_db, clock)
    slack.adapter.submit_budget = 0                        # the core answers after the acknowledgement ...
    slack.fake.error("views.open", "expired_trigger_id", times=1)     # ... too late to open the review as a modal
    checked = await slack.submit(request, {"question": IDENTIFYING})
    button = find_button([a.get("blocks") or [] for a in checked.answers], "Open “Review your request”")

    opened = await slack.click(button)
    assert opened.status == 200
    review = slack.opened_view()
    assert json.loads(review["private_metadata"])["f"] == "case.review"
    await slack.submit(review, {"send": "Post anyway"})
    assert len(requests_posted(slack)) == 1
    modals = len(slack.fake.ok_calls_to("views.open"))

    stale = await slack.click(button)                      # the old button, after the request was posted
    assert EXPIRED in stale.text and len(slack.fake.ok_calls_to("views.open")) == modals
    assert len(requests_posted(slack)) == 1


async def test_an_unused_review_button_expires_after_fifteen_minutes(slack: Workspace, sqlite_db: Any,
                                                                     clock: ManualClock) -> None:
    request = await flagged_review(slack, sqlite_db, clock)
    slack.adapter.submit_budget = 0
    slack.fake.error("views.open", "expired_trigger_id", times=1)
    checked = await slack.submit(request, {"question": IDENTIFYING})
    button = find_button([a.get("blocks") or [] for a in checked.answers], "Open “Review your request”")
    modals = len(slack.fake.ok_calls_to("views.open"))

    # Slack signs the click and says when the message with the button was posted (container.message_ts).
    old = await slack.click(button, message_ts=f"{time.time() - 16 * 60:.6f}")
    assert EXPIRED in old.text and len(slack.fake.ok_calls_to("views.open")) == modals
    fresh = await slack.click(button, message_ts=f"{time.time() - 10 * 60:.6f}")
    assert fresh.status == 200 and len(slack.fake.ok_calls_to("views.open")) == modals + 1
    assert requests_posted(slack) == []
