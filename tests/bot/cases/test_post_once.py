"""A request is posted once per meeting and presenter from any one form (issue 11, finding 7), and the console holds
a form's typed text only for the one submission it serves.

The core's rule: every request and review form carries which posted request (if any) it was issued against. A
form issued before the presenter's latest post for that meeting - a stale review button, a second open form, a
replayed submission - is refused with a kind message and posts nothing; a fresh `/consult case submit` still
replaces the posted request, as before."""
from __future__ import annotations

from datetime import UTC, datetime

from bot.cases.requests import POST_ANYWAY, REQUEST_FORM, REVIEW_FORM
from bot.messages import Form, ToChannel
from tests.helpers.cases import CLEAN, CaseDesk, presenting_group

PHONE = "555-201-3344"
IDENTIFYING = f"My client Maria Lopez in Springfield called me on {PHONE} at night. What now?"
FIRST_MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)


def newest_form(desk: CaseDesk, form_id: str) -> Form:
    return next(s.form for s in reversed(desk.session.shown) if s.form is not None and s.form.form_id == form_id)


def channel_posts(desk: CaseDesk) -> int:
    return sum(isinstance(o.audience, ToChannel) and "asks for the group's help" in o.message.plain_text()
               for o in desk.chat.sent)


async def submit_directly(desk: CaseDesk, form: Form, **values: str) -> str:
    """What a stale button or a replayed submission delivers to the core: the old form's context and values."""
    filled = {f.name: f.initial for f in form.fields} | values
    reply = await desk.core.submit(desk.session.user("alice"), desk.session.chan("consultation"), form.form_id,
                                   form.context, filled)
    return "\n".join(o.message.plain_text() for o in reply.outbound)


def held_texts(desk: CaseDesk) -> list[str]:
    """Every text the console still holds in a form it could submit."""
    return [f.initial for s in desk.session.shown if s.form is not None for f in s.form.fields if f.initial]


# The core's rule ---------------------------------------------------------------------------------------


async def test_a_used_review_form_cannot_post_the_request_again(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice", question=IDENTIFYING)
    review = newest_form(desk, REVIEW_FORM)
    posted = await desk.run(f'@alice submit "Review your request" send="{POST_ANYWAY}"')
    assert f"Question: {IDENTIFYING}" in posted and channel_posts(desk) == 1

    again = await submit_directly(desk, review, send=POST_ANYWAY)
    assert "That form has expired" in again and "already posted" in again
    assert "/consult case submit" in again, "it says how to change the request instead"
    assert channel_posts(desk) == 1
    assert [r.status for r in await desk.requests()] == ["posted"]


async def test_a_used_request_form_cannot_post_twice(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    form = newest_form(desk, REQUEST_FORM)
    await desk.submit_request("alice")
    again = await submit_directly(desk, form, **CLEAN)
    assert "That form has expired" in again
    assert channel_posts(desk) == 1 and len(await desk.requests()) == 1


async def test_of_two_open_forms_only_the_first_posts(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    first = newest_form(desk, REQUEST_FORM)
    await desk.say("alice", "case submit")
    second = newest_form(desk, REQUEST_FORM)
    assert "Posted in the group's channel" in await submit_directly(desk, second, **CLEAN)
    assert "That form has expired" in await submit_directly(desk, first, **CLEAN)
    assert channel_posts(desk) == 1


async def test_a_stale_form_is_refused_before_its_text_is_reviewed(desk: CaseDesk) -> None:
    """A stale form never gets as far as the private review: nothing of its text comes back."""
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    form = newest_form(desk, REQUEST_FORM)
    await desk.submit_request("alice")
    again = await submit_directly(desk, form, question=IDENTIFYING)
    assert "That form has expired" in again and PHONE not in again and "Check before" not in again


async def test_a_fresh_form_still_replaces_the_posted_request(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice")
    await desk.say("alice", "case submit")
    out = await desk.submit_request("alice", question="A better-worded question?")
    assert "Your earlier request for this meeting was deleted." in out
    assert [r.status for r in await desk.requests()] == ["withdrawn", "posted"]
    assert channel_posts(desk) == 2


async def test_forms_from_before_this_rule_still_work_once(desk: CaseDesk) -> None:
    """A form context written before the marker existed (`group|meeting`) counts as issued against nothing."""
    await presenting_group(desk)
    legacy = "1|2026-12-02T01:00:00+00:00"
    reply = await desk.core.submit(desk.session.user("alice"), desk.session.chan("consultation"), REQUEST_FORM,
                                   legacy, dict(CLEAN))
    assert "Posted in the group's channel" in "\n".join(o.message.plain_text() for o in reply.outbound)
    reply = await desk.core.submit(desk.session.user("alice"), desk.session.chan("consultation"), REQUEST_FORM,
                                   legacy, dict(CLEAN))
    assert "That form has expired" in "\n".join(o.message.plain_text() for o in reply.outbound)
    assert channel_posts(desk) == 1


# The console's held text --------------------------------------------------------------------------------


async def test_the_console_forgets_a_review_form_once_it_is_used(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice", question=IDENTIFYING)
    assert IDENTIFYING in held_texts(desk)
    await desk.run(f'@alice submit "Review your request" send="{POST_ANYWAY}"')
    assert not any(PHONE in text for text in held_texts(desk))

    again = await desk.run(f'@alice submit "Review your request" send="{POST_ANYWAY}"')
    assert "[only @alice] That form has expired. Please run the command again." in again
    assert channel_posts(desk) == 1


async def test_the_console_drops_a_review_superseded_by_a_newer_form(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice", question=IDENTIFYING)
    await desk.say("alice", "case submit")                 # starts over: the old review is superseded
    assert not any(PHONE in text for text in held_texts(desk))
    out = await desk.run(f'@alice submit "Review your request" send="{POST_ANYWAY}"')
    assert "That form has expired" in out and channel_posts(desk) == 0


async def test_the_console_lets_a_review_expire(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice", question=IDENTIFYING)
    await desk.run("time +10m")
    assert IDENTIFYING in held_texts(desk)
    await desk.run("time +6m")                             # 16 minutes: the review has expired
    assert not any(PHONE in text for text in held_texts(desk))
    out = await desk.run(f'@alice submit "Review your request" send="{POST_ANYWAY}"')
    assert "That form has expired" in out and channel_posts(desk) == 0
