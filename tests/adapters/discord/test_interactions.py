"""People using Roundtable in a simulated Discord: answers in time, buttons (also after a restart and in direct
messages), forms as modals, and private answers that only their reader sees."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
import pytest
import simcord

import adapters.discord.interactions as interactions
from adapters.discord.client import create_client
from bot.core import Core
from bot.messages import Button, Outbound, ToDirect, buttons, message
from tests.helpers.discord import World, found_group, private, seen_by


def _buttons(result_or_message: Any) -> dict[str, str]:
    """label -> custom_id of the buttons on a message."""
    components = (result_or_message.components if hasattr(result_or_message, "components")
                  else result_or_message.response.components)
    out = {}
    for row in components:
        for item in getattr(row, "children", None) or row["components"]:
            if isinstance(item, dict):
                out[item["label"]] = item["custom_id"]
            else:
                out[item.label] = item.custom_id
    return out


async def test_every_command_is_acknowledged_before_the_core_runs(world: World, core: Core,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world, world.bob)
    acknowledged_first: list[bool] = []
    invoke = core.invoke

    async def spying(*args: Any, **kwargs: Any) -> Any:
        callbacks = [r for r in world.env.http_requests if r.path.endswith("/callback")]
        acknowledged_first.append(bool(callbacks) and callbacks[-1].json == {"type": 5, "data": {"flags": 64}})
        return await invoke(*args, **kwargs)

    monkeypatch.setattr(core, "invoke", spying)
    result = await world.bob.slash(world.channel, "consult next")
    assert acknowledged_first == [True]  # deferred ("thinking…", private) before any database work
    assert private(result).startswith("Next meeting of Tuesday Peers: <t:1796173200:F> (90 min)")


async def test_joining_shows_the_agreement_privately_and_accepting_is_announced(world: World) -> None:
    await found_group(world)
    shown = await world.bob.slash(world.channel, "consult join", group="Tuesday Peers")
    assert private(shown).startswith("**Tuesday Peers: confidentiality agreement (version 1)**")
    assert set(_buttons(shown)) == {"I accept", "Not now"}
    # Nobody else sees bob's agreement or can press its buttons.
    assert not any("confidentiality agreement" in text for text in seen_by(world, world.carol))
    assert shown.response.id not in [m.id for m in world.channel.history()]
    with pytest.raises(simcord.SetupError, match="not visible"):
        await world.carol.click(shown.response.message, label="I accept")

    accepted = await world.bob.click(shown.response.message, label="I accept")
    assert private(accepted).startswith("Welcome to Tuesday Peers. You accepted version 1 of its agreement.")
    assert seen_by(world, world.carol)[-1] == f"<@{world.bob.id}> joined Tuesday Peers. Welcome!"
    assert world.channel.history(viewer=world.carol)[-1].mentions[0].id == world.bob.id


async def test_rsvp_buttons_keep_working_after_a_restart(world: World, core: Core) -> None:
    await found_group(world, world.bob, world.carol)
    shown = await world.carol.slash(world.channel, "consult next")
    ids = _buttons(shown)
    assert ids["Yes, I'll be there"].startswith("rt:rsvp:") and len(ids) == 3

    await world.env.restart_bot(create_client(core))  # a new process: nothing of the old one's memory survives

    answered = await world.carol.click(shown.response.message, label="Yes, I'll be there")
    assert private(answered) == "Noted: yes for <t:1796173200:F>."
    again = await world.carol.slash(world.channel, "consult next")
    assert "Coming: 1 yes, 0 maybe, 0 no. Your answer: yes." in private(again)
    # The presenter (alice) answering "no" passes her turn: the group hears who presents instead.
    alices = await world.alice.slash(world.channel, "consult next")
    await world.alice.click(alices.response.message, label="No")
    assert seen_by(world, world.carol)[-1] == f"Change of presenter for <t:1796173200:D>: <@{world.bob.id}>."
    answered = await world.bob.slash(world.channel, "consult rsvp yes")
    assert private(answered) == "Noted: yes for <t:1796173200:F>."


async def test_a_pass_button_in_a_direct_message_works_after_a_restart(world: World, core: Core) -> None:
    await found_group(world, world.bob, world.carol)
    rsvp_id = _buttons(await world.alice.slash(world.channel, "consult next"))["No"]
    group_id, meeting, _ = rsvp_id.removeprefix("rt:rsvp:").split("|")
    # What a "prepare your case" nudge sends the presenter (the scheduler builds it; the chat port delivers it).
    pass_button = Button("Pass this time", "rotation.pass", f"{group_id}|{meeting}")
    nudge = Outbound(ToDirect(world.user(world.alice), world.chan()),
                     message("You present at the next meeting.", buttons(pass_button)))
    await world.client.chat.send(nudge)
    dm = world.alice.user.dm_channel.last_message
    assert _buttons(dm)["Pass this time"] == f"rt@{world.guild.id}:rotation.pass:{group_id}|{meeting}"

    await world.env.restart_bot(create_client(core))

    passed = await world.alice.user.click(dm, label="Pass this time")  # clicked in the DM: no server in sight
    assert private(passed).startswith("Passed. You keep your place")
    assert seen_by(world, world.carol)[-1] == f"Change of presenter for <t:1796173200:D>: <@{world.bob.id}>."


async def test_a_button_in_a_direct_message_refuses_someone_who_left_the_server(world: World) -> None:
    await found_group(world, world.bob)
    rsvp_id = _buttons(await world.bob.slash(world.channel, "consult next"))["Maybe"]
    value = rsvp_id.removeprefix("rt:rsvp:")
    await world.client.chat.send(Outbound(ToDirect(world.user(world.bob)), message(
        "Are you coming?", buttons(Button("Maybe", "rsvp", value)))))
    dm = world.bob.user.dm_channel.last_message
    world.guild.remove_member(world.bob)
    refused = await world.bob.user.click(dm, label="Maybe")
    assert private(refused) == "You're no longer a member of the server this came from."


async def test_a_swap_request_arrives_by_direct_message_and_is_accepted_there(world: World) -> None:
    await found_group(world, world.bob, world.carol)
    asked = await world.bob.slash(world.channel, "consult rotation swap", member=world.carol)
    assert private(asked).startswith(f"I've asked <@{world.carol.id}> to swap")
    dm = world.carol.user.dm_channel.last_message
    assert dm.content.startswith(f"<@{world.bob.id}> (Tuesday Peers) asks to swap presenting turns")
    accepted = await world.carol.user.click(dm, label="Accept swap")
    assert private(accepted) == "Done – you've swapped turns."
    assert seen_by(world, world.alice)[-1].startswith(f"<@{world.carol.id}> now presents on <t:")


async def test_settings_form_opens_as_a_modal_and_saves(world: World) -> None:
    await found_group(world, world.bob)
    shown = await world.alice.slash(world.channel, "consult group settings")
    assert shown.modal is not None and shown.response is None  # the modal is the first and only response
    assert shown.modal["title"] == "Group settings"
    fields = {c["component"]["custom_id"]: (c["label"], c["component"].get("value")) for c in shown.modal["components"]}
    assert fields["capacity"] == ("Capacity (2-12)", "6") and fields["tz"][1] == "America/Denver"
    assert list(fields) == ["capacity", "tz", "length", "place", "presenters"]

    saved = await world.alice.submit_modal(shown, {"capacity": "7", "tz": "America/Denver", "length": "90",
                                                   "place": "https://meet.example/peers", "presenters": "1"})
    assert private(saved) == "Updated Tuesday Peers: capacity 7, meeting place updated."

    refused = await world.bob.slash(world.channel, "consult group settings")
    assert refused.modal is None and private(refused) == "Only the facilitators of Tuesday Peers can do that."


async def test_the_agreement_is_edited_in_a_modal_and_the_group_hears_of_it(world: World) -> None:
    await found_group(world, world.bob)
    shown = await world.alice.slash(world.channel, "consult agreement edit")
    intro, text = shown.modal["components"]
    assert intro["content"] == "Members accept each new version before their next meeting."
    assert text["component"]["style"] == discord.TextStyle.paragraph.value
    saved = await world.alice.submit_modal(shown, {"text": "What is said here stays here."})
    assert private(saved) == "Saved as version 2."
    assert seen_by(world, world.bob)[-1].startswith("Tuesday Peers' confidentiality agreement has a new version (2)")


async def test_a_form_that_comes_too_late_for_a_modal_is_offered_behind_a_button(
        world: World, core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world)
    monkeypatch.setattr(interactions, "FORM_BUDGET", 0.01)
    invoke = core.invoke

    async def slow(*args: Any, **kwargs: Any) -> Any:  # a database having a bad moment
        await asyncio.sleep(0.1)
        return await invoke(*args, **kwargs)

    monkeypatch.setattr(core, "invoke", slow)
    shown = await world.alice.slash(world.channel, "consult agreement edit")
    assert shown.modal is None
    assert private(shown) == "Members accept each new version before their next meeting."
    opened = await world.alice.click(shown.response.message, label="Edit agreement")
    assert opened.modal is not None and opened.modal["title"] == "Edit agreement"
    saved = await world.alice.submit_modal(opened, {"text": "Version two."})
    assert private(saved) == "Saved as version 2."


async def test_private_answers_are_ephemeral_and_public_news_is_not(world: World) -> None:
    await found_group(world, world.bob, world.carol)
    roster = await world.bob.slash(world.channel, "consult members")
    assert roster.ephemeral and private(roster).startswith("**Tuesday Peers: 3 of 6 members**")
    assert roster.response.id in [m.id for m in world.channel.history(viewer=world.bob)]
    assert roster.response.id not in [m.id for m in world.channel.history(viewer=world.carol)]
    assert roster.response.id not in [m.id for m in world.channel.history()]

    passed = await world.alice.slash(world.channel, "consult rotation pass")
    assert private(passed).startswith("Passed.")
    [news] = passed.followups
    assert not news.ephemeral and news.content == f"Change of presenter for <t:1796173200:D>: <@{world.bob.id}>."
    assert news.id in [m.id for m in world.channel.history()]


async def test_a_channel_the_bot_cannot_post_in_is_reported_to_the_facilitator(world: World) -> None:
    await found_group(world)
    elsewhere = world.guild.create_text_channel("admin-only")
    world.env.inject_error("POST", f"/channels/{world.channel.id}/messages", status=403, code=50013,
                           message="Missing Permissions", times=None)
    # The group's news goes to its home channel (#consultation), not to where the command was used.
    result = await world.alice.slash(elsewhere, "consult schedule skip", date="2026-12-15")
    assert private(result) == f"Done. Posted in <#{world.channel.id}>."
    [note] = result.followups
    assert note.ephemeral and note.content == (
        f"I couldn't post in <#{world.channel.id}>: I don't have permission to send messages there "
        "(a server admin can allow it in the channel's settings).")
    assert world.env.errors == []


async def test_a_member_with_closed_direct_messages_is_not_silently_missed(world: World) -> None:
    await found_group(world, world.bob, world.carol)
    world.env.inject_error("POST", f"/channels/{world.carol.user.dm_channel.id}/messages", status=403, code=50007,
                           message="Cannot send messages to this user", times=None)
    asked = await world.bob.slash(world.channel, "consult rotation swap", member=world.carol)
    assert private(asked).startswith(f"I've asked <@{world.carol.id}> to swap")
    [note] = asked.followups
    assert note.ephemeral and note.content == (
        f"I couldn't send <@{world.carol.id}> a direct message: they don't accept direct messages from this "
        "server, so they haven't seen it.")
    assert world.env.errors == []


async def test_an_adapter_bug_gets_an_apology_and_is_reported(world: World, monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    await found_group(world, world.bob)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("Discord cannot render a Poll block")

    monkeypatch.setattr(interactions, "render", broken)
    with caplog.at_level(logging.ERROR, logger="roundtable.discord"):
        result = await world.bob.slash(world.channel, "consult next")
    assert private(result) == interactions.SORRY  # not "This interaction failed"
    # Reported with its type and where it happened (bot.privacy.error_summary), not its message or a traceback.
    [record] = [r for r in caplog.records if r.name == "roundtable.discord" and r.levelno == logging.ERROR]
    assert record.getMessage().startswith("/consult next failed: TypeError at ") and record.exc_info is None


async def test_sent_buttons_leave_nothing_behind_in_memory(world: World) -> None:
    await found_group(world, world.bob)
    before = len(asyncio.all_tasks())
    for _ in range(10):
        await world.bob.slash(world.channel, "consult next")  # a private answer with three buttons
    # discord.py would otherwise keep each view, with a 15-minute timeout task for each ephemeral one.
    assert len(asyncio.all_tasks()) < before + 3
