"""Where the answer is a form, the form is the first response: a modal, not "thinking…" and an "Open form" button.

Discord allows a modal only as an interaction's first response. Commands and buttons that open a form ask the core
first (it answers from memory and one small read in milliseconds) and fall back to deferring if it has not answered
within FORM_BUDGET; everything else is deferred before the core is asked.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
import simcord

import adapters.discord.interactions as interactions
from bot.clock import ManualClock
from bot.core import Core
from bot.nudges import NudgeService
from storage.database import Database
from tests.adapters.discord.test_deletes import wire
from tests.helpers.discord import World, found_group, private


def _callbacks(world: World) -> list[dict[str, Any]]:
    return [r.json for r in world.env.http_requests if r.path.endswith("/callback")]


async def test_case_submit_opens_the_request_form_at_once(world: World, core: Core, sqlite_db: Database,
                                                          clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob)
    before = len(_callbacks(world))
    started = time.perf_counter()
    shown = await world.alice.slash(world.channel, "consult case submit")
    elapsed = time.perf_counter() - started
    assert shown.modal is not None and shown.response is None, "a modal, not an 'Open form' button"
    assert shown.modal["title"] == "Consultation request"
    [callback] = _callbacks(world)[before:]
    assert callback["type"] == 9  # MODAL is the first and only response
    assert elapsed < interactions.FORM_BUDGET  # well inside Discord's 3 seconds (SQLite, in-memory Discord)

    sent = await world.alice.submit_modal(shown, {"question": "How do I pace exposure work with a client who "
                                                              "dissociates?"})
    assert "Posted in the group's channel" in private(sent)


async def test_write_my_request_on_the_prepare_nudge_opens_the_form(world: World, core: Core,
                                                                    sqlite_db: Database, clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob)
    await NudgeService(sqlite_db, clock, world.client.chat).sweep()
    prepare = next(m for m in world.alice.user.dm_channel.history()
                   if "You're presenting at Tuesday Peers" in m.content + "".join(e.title or "" for e in m.embeds))
    opened = await world.alice.user.click(prepare, label="Write my request")
    assert opened.modal is not None and opened.response is None
    assert opened.modal["title"] == "Consultation request"


async def _who5_round(world: World) -> simcord.InteractionResult:
    await found_group(world, world.bob, world.carol, world.dana)
    await world.alice.slash(world.channel, "consult checkin settings", instrument="who-5", k=3)
    await world.alice.slash(world.channel, "consult checkin start")
    return await world.bob.slash(world.channel, "consult checkin answer")


async def test_answer_the_check_in_opens_the_who5_form(world: World) -> None:
    prompt = await _who5_round(world)
    opened = await world.bob.click(prompt.response.message, label="Answer the check-in")
    assert opened.modal is not None and opened.response is None
    assert len([c for c in opened.modal["components"] if c.get("component")]) == 5


async def test_a_form_button_whose_answer_is_not_a_form_answers_privately(world: World) -> None:
    prompt = await _who5_round(world)
    opened = await world.bob.click(prompt.response.message, label="Answer the check-in")
    values = {c["component"]["custom_id"]: [c["component"]["options"][0]["value"]]
              for c in opened.modal["components"] if c.get("component")}
    await world.bob.submit_modal(opened, values)
    again = await world.bob.click(prompt.response.message, label="Answer the check-in")
    assert again.modal is None and "already" in private(again).lower()


async def test_a_slow_core_still_gets_a_form_button_in_time(world: World, core: Core,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    prompt = await _who5_round(world)
    monkeypatch.setattr(interactions, "FORM_BUDGET", 0.01)
    click = core.click

    async def slow(*args: Any, **kwargs: Any) -> Any:  # a database having a bad moment
        await asyncio.sleep(0.1)
        return await click(*args, **kwargs)

    monkeypatch.setattr(core, "click", slow)
    shown = await world.bob.click(prompt.response.message, label="Answer the check-in")
    assert shown.modal is None and shown.response is not None and shown.response.ephemeral
    opened = await world.bob.click(shown.response.message, label="WHO-5 check-in")
    assert opened.modal is not None


async def test_other_buttons_are_still_deferred_before_the_core_runs(world: World, core: Core,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world, world.bob)
    shown = await world.bob.slash(world.channel, "consult next")
    deferred_first: list[bool] = []
    click = core.click

    async def spying(*args: Any, **kwargs: Any) -> Any:
        deferred_first.append(_callbacks(world)[-1] == {"type": 5, "data": {"flags": 64}})
        return await click(*args, **kwargs)

    monkeypatch.setattr(core, "click", spying)
    await world.bob.click(shown.response.message, label="Yes, I'll be there")
    assert deferred_first == [True]
