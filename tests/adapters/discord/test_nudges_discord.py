"""Scheduled nudges reach Discord when the (injected) clock moves: DMs with working buttons, the channel reminder,
and the DMs-closed fallback that reveals nothing private."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.clock import ManualClock
from bot.nudges import NudgeService
from storage.database import Database
from tests.helpers.discord import World, found_group, seen_by


def text(message: object) -> str:
    return message.content + "".join((e.title or "") + (e.description or "") for e in message.embeds)  # type: ignore[attr-defined]


MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)   # Tue 1 Dec 2026 18:00 in Denver


async def test_nudges_arrive_as_the_clock_moves(world: World, sqlite_db: Database, clock: ManualClock) -> None:
    await found_group(world, world.bob, world.carol)
    service = NudgeService(sqlite_db, clock, world.client.chat)
    world.env.inject_error("POST", f"/channels/{world.carol.user.dm_channel.id}/messages", status=403, code=50007,
                           times=None)

    # Less than a week (and two days) before the first meeting: Alice is asked to prepare, everyone to RSVP.
    await service.sweep()
    dms = {text(m): m for m in world.alice.user.dm_channel.history()}
    prepare = next(m for t, m in dms.items() if "You're presenting at Tuesday Peers" in t)
    assert f"<t:{int(MEETING.timestamp())}:F>" in text(prepare), "shown in each reader's own time zone"
    assert any("Will you be at Tuesday Peers" in t for t in dms)
    # Each nudge went out keyed by its ledger row: Discord's enforced nonce makes a resend after a crash a no-op.
    keyed = [r.json["nonce"] for r in world.env.http_requests if r.method == "POST"
             and r.path == f"/channels/{world.alice.user.dm_channel.id}/messages"]
    assert keyed and all(n.startswith("rt-nudge-") for n in keyed) and len(set(keyed)) == len(keyed)

    # She has no case: "Pass this time" on the DM hands the turn to Bob, whose nudge goes out at the next sweep.
    await world.alice.user.click(prepare, label="Pass this time")
    await service.sweep()
    assert any("You're presenting at Tuesday Peers" in text(m) for m in world.bob.user.dm_channel.history())

    # Carol does not accept DMs: her RSVP nudge became a bare mention in the channel, saying nothing private.
    channel = seen_by(world, world.alice)
    mention = [text for text in channel if f"<@{world.carol.id}>" in text]
    assert mention and all("Will you be" not in text for text in mention)

    # An hour before: the reminder in the group's channel, with RSVP buttons that work.
    clock.set(MEETING.replace(hour=0))
    await service.sweep()
    reminder = world.channel.last_message
    assert "Tuesday Peers meets in about an hour" in text(reminder)
    answered = await world.carol.click(reminder, label="Yes, I'll be there")
    assert answered.acknowledged


async def test_check_in_answer_buttons_work_in_dms_after_a_restart(world: World, sqlite_db: Database,
                                                                   clock: ManualClock, core: Any) -> None:
    """After the meeting the check-in opens: each member gets a DM with the item's 1-5 buttons. A restarted bot
    (a new process) still takes the answer; a second answer is refused; nobody else sees either."""
    from adapters.discord.client import create_client
    from roundtable.compose import Wiring, sweeps_for

    dana = world.dana
    await found_group(world, world.bob, world.carol, dana)   # four members: a round needs at least k = 4
    sweeps = sweeps_for(Wiring(core, sqlite_db, clock), world.client.chat)
    await sweeps.sweep()                                      # the scheduler runs all along
    clock.set(MEETING.replace(hour=3))                        # the meeting has ended
    await sweeps.sweep()
    prompt = next(m for m in world.bob.user.dm_channel.history() if "Anonymous check-in" in text(m))

    await world.env.restart_bot(create_client(core))          # nothing of the old process's memory survives

    answered = await world.bob.user.click(prompt, label="2")
    assert answered.acknowledged and "Thank you" in (answered.response.content or "")
    again = await world.bob.user.click(prompt, label="4")
    assert "already answered" in (again.response.content or "")
    assert all("2" != text(m).strip() for m in world.channel.history(viewer=world.alice))
