"""A new version of the agreement: every member is asked privately, once, to accept it before the next meeting."""
from __future__ import annotations

from bot.ports import DeliveryFailed
from tests.helpers.cases import CaseDesk, presenting_group

NEW_TEXT = "Version two: we also agree never to screenshot the channel."


async def new_version(desk: CaseDesk) -> str:
    await desk.say("alice", "agreement edit")
    return await desk.run(f'@alice submit "Edit agreement" text="{NEW_TEXT}"')


async def test_every_member_but_the_author_is_asked_once_by_direct_message(desk: CaseDesk) -> None:
    await presenting_group(desk)
    out = await new_version(desk)
    for member in ("bob", "carol", "dan"):
        assert f"[DM to @{member}] == Tuesday Peers: confidentiality agreement (version 2) ==" in out
    assert "[DM to @alice]" not in out, "whoever wrote the new version has accepted it"
    assert "Please read it and accept it before the next meeting, on Tue 1 Dec 2026." in out and NEW_TEXT in out
    assert "Until you accept it you can't post consultation requests" in out and "buttons: [I accept]" in out
    again = await desk.run("time +1d")
    assert "[DM to" not in again
    async with desk.uow_factory() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        assert group.member("alice").agreement_version == 2 and group.member("bob").agreement_version == 1


async def test_accepting_records_the_version_and_time(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await new_version(desk)
    await desk.run("time +2h")
    assert "Thank you. You accepted version 2 of Tuesday Peers' agreement." in await desk.run('@bob click "I accept"')
    assert "already accepted version 2" in await desk.run('@bob click "I accept"')
    async with desk.uow_factory() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        bob = group.member("bob")
        assert bob.agreement_version == 2 and bob.agreement_accepted_at == desk.clock.now()
    assert "You've accepted the current version (2)" in await desk.say("bob", "agreement accept")


async def test_members_behind_cannot_post_requests_but_facilitators_are_never_held_up(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "facilitator add @dan")
    await new_version(desk)
    out = await desk.say("bob", "case submit")
    assert "Before you share case material, please read and accept" in out and "form" not in out
    assert "[I accept]" in out
    assert "form “Consultation request”" in await desk.say("dan", "case submit")  # a facilitator, though behind
    await desk.run('@bob click "I accept"')
    assert "form “Consultation request”" in await desk.say("bob", "case submit")


async def test_an_old_prompt_shows_the_newest_version(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await new_version(desk)
    await desk.say("alice", "agreement edit")
    out = await desk.run('@alice submit "Edit agreement" text="Version three."')
    assert "(version 3)" in out
    reply = await desk.core.click(desk.session.user("bob"), desk.session.chan("consultation"), "agreement.reaccept",
                                  "1|2")
    text = reply.outbound[0].message.plain_text()
    assert "changed again" in text and "Version three." in text


async def test_the_agreement_accept_command_shows_what_to_accept(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await new_version(desk)
    out = await desk.say("carol", "agreement accept")
    assert NEW_TEXT in out and "[I accept]" in out
    assert "Thank you" in await desk.run('@carol click "I accept"')


async def test_waitlisted_people_are_not_asked(desk: CaseDesk) -> None:
    await desk.found_group(members=("bob",), extra="tz:America/Denver capacity:2")
    await desk.say("erin", "join Tuesday Peers")
    await desk.run('@erin click "I accept"')
    out = await new_version(desk)
    assert "[DM to @bob]" in out and "[DM to @erin]" not in out


async def test_undeliverable_prompts_are_retried_then_given_up(desk: CaseDesk) -> None:
    await presenting_group(desk, members=("bob", "carol"))
    desk.chat.fail_next += [DeliveryFailed("rate_limited", False), DeliveryFailed("dm_closed", True)]
    out = await new_version(desk)
    assert "[DM to @bob]" not in out and "[DM to @carol]" not in out
    await desk.run("time +2m")
    async with desk.uow_factory() as uow:
        prompts = sorted(await uow.cases.prompts_due(desk.clock.now(), 10), key=lambda p: p.user_id)
    assert prompts == []
    text = desk.out.getvalue()
    assert text.count("[DM to @bob] == Tuesday Peers") == 1, "the rate-limited one went out on retry"
    assert "[DM to @carol]" not in text, "a closed DM is not retried"


async def test_next_due_says_when_someone_needs_asking(desk: CaseDesk) -> None:
    await presenting_group(desk)
    assert await desk.prompts.next_due() is None
    desk.session.sweep = None  # type: ignore[assignment]  # let the prompt wait for the next sweep
    await new_version(desk)
    assert await desk.prompts.next_due() == desk.clock.now()
    report = await desk.prompts.sweep()
    assert (report.asked, report.accepted_by_author) == (3, 1)
    assert await desk.prompts.next_due() is None
