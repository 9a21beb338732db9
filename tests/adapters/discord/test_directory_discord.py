"""Issue 16 in a simulated Discord (SimCord): `/consult find` answers privately, and a join request reaches the
facilitator's DMs with Approve / Decline buttons that work there (Decline opens a modal)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import ManualClock
from bot.core import Core
from roundtable.compose import Wiring, sweeps_for
from storage.database import Database
from tests.helpers.discord import World, private


async def listed_by_request(world: World) -> None:
    await world.alice.slash(world.channel, "consult group create", name="Trauma Evenings", tz="America/Denver")
    await world.alice.slash(world.channel, "consult schedule set", when="weekly on Thursday at 19:00")
    await world.alice.slash(world.channel, "consult group settings", listed="yes", focus="trauma, grief",
                            joining="by request", description="Evening consultation for trauma work.")


async def test_find_is_private_and_names_no_member(world: World) -> None:
    await listed_by_request(world)
    found = await world.bob.slash(world.channel, "consult find", focus="trauma", when="Thu 18:00-21:00",
                                  tz="America/Denver")
    text = private(found)
    assert "1. Trauma Evenings – Evening consultation for trauma work." in text
    assert "meets Thu 19:00 your time (inside your Thu 18:00-21:00)" in text
    assert str(world.alice.id) not in text and "alice" not in text


async def test_request_is_approved_and_declined_from_dms(world: World) -> None:
    await listed_by_request(world)
    await world.bob.slash(world.channel, "consult profile", profession="Counsellor", tags="CBT, EMDR")
    asked = await world.bob.slash(world.channel, "consult join", group="Trauma Evenings",
                                  note="I would value a trauma group.")
    assert "went to its facilitators" in private(asked)
    request = world.alice.user.dm_channel.last_message
    assert "Request to join Trauma Evenings" in request.content + "".join(e.description or "" for e in request.embeds)
    approved = await world.alice.user.click(request, label="Approve")
    assert "Approved" in private(approved)
    offer = world.bob.user.dm_channel.last_message
    accepted = await world.bob.user.click(offer, label="I accept")
    assert "Welcome to Trauma Evenings" in private(accepted)

    await world.carol.slash(world.channel, "consult join", group="Trauma Evenings")
    second = world.alice.user.dm_channel.last_message
    declining = await world.alice.user.click(second, label="Decline")
    assert declining.modal is not None and declining.modal["title"] == "Decline request"
    await world.alice.user.submit_modal(declining, {"message": "We're full of child specialists this year."})
    kind = world.carol.user.dm_channel.last_message
    said = kind.content + "".join(e.description or "" for e in kind.embeds)
    assert "Thank you for your interest in Trauma Evenings" in said
    assert "They wrote: “We're full of child specialists this year.”" in said


async def test_the_directory_entry_opens_as_a_modal(world: World) -> None:
    await world.alice.slash(world.channel, "consult group create", name="Trauma Evenings", tz="America/Denver")
    shown = await world.alice.slash(world.channel, "consult group listing")
    assert shown.modal is not None and shown.modal["title"] == "Directory entry"
    saved = await world.alice.submit_modal(shown, {"description": "Evening consultation.", "focus": "trauma",
                                                   "professions": "", "language": "English", "joining": ["open"]})
    assert "listed in the directory" in private(saved)


async def test_a_resource_is_shared_for_the_next_meeting(world: World) -> None:
    await listed_by_request(world)
    added = await world.alice.slash(world.channel, "consult resources add", what="https://example.org/grounding.pdf",
                                    title="Grounding worksheet", **{"for": "next"})
    assert "for the meeting on" in private(added) and "(its recap lists it)" in private(added)
    listed = await world.alice.slash(world.channel, "consult resources list")
    assert "Grounding worksheet" in private(listed) and "for the meeting on" in private(listed)


def shown(message: object) -> str:
    return message.content + "".join((e.title or "") + (e.description or "") for e in message.embeds)  # type: ignore[attr-defined]


async def test_a_long_resources_list_turns_pages_with_buttons(world: World) -> None:
    await listed_by_request(world)
    for n in range(12):
        await world.alice.slash(world.channel, "consult resources add", what=f"https://example.org/{n}",
                                title=f"Reading {n}", tags="worksheet")
    first = await world.alice.slash(world.channel, "consult resources list", tag="worksheet")
    assert "Page 1 of 2" in private(first)
    labels = [c.label for row in first.response.message.components for c in row.children]
    assert labels == ["Next →"]
    second = await world.alice.click(first.response.message, label="Next →")
    assert "Page 2 of 2." in private(second) and "Reading 0" in private(second)
    assert "Reading 11" not in private(second)
    back = await world.alice.click(second.response.message, label="← Previous")
    assert "Page 1 of 2" in private(back) and "Reading 11" in private(back)


async def test_the_after_meeting_recap_reaches_the_channel(world: World, sqlite_db: Database,
                                                           clock: ManualClock, core: Core) -> None:
    """The sweeps, as the composition root wires them over the Discord port, post the resources shared for the
    meeting to the group's channel once it has ended: titles and links, never who shared them."""
    await listed_by_request(world)  # Thursdays 19:00 in Denver: the first is Fri 4 Dec 02:00 UTC
    await world.alice.slash(world.channel, "consult resources add", what="https://example.org/grounding.pdf",
                            title="Grounding worksheet", **{"for": "next"})
    await world.alice.slash(world.channel, "consult resources add", what="Local DBT skills group, sliding scale",
                            title="DBT referral", **{"for": "next"})
    sweeps = sweeps_for(Wiring(core, sqlite_db, clock), world.client.chat)
    await sweeps.sweep()
    assert not [m for m in world.channel.history() if "Shared for" in shown(m)]
    for _ in range(50):  # the scheduler, on the injected clock: wake at each due moment
        due = await sweeps.next_due()
        if due is None or due > datetime(2026, 12, 5, tzinfo=UTC):
            break
        clock.set(max(due, clock.now()))
        await sweeps.sweep()
    [recap] = [shown(m) for m in world.channel.history() if "Shared for" in shown(m)]
    assert "[Grounding worksheet](https://example.org/grounding.pdf)" in recap and "DBT referral" in recap
    assert str(world.alice.id) not in recap and "alice" not in recap


def dm_texts(member: object) -> list[str]:
    return [shown(m) for m in member.user.dm_channel.history()]  # type: ignore[attr-defined]


async def test_a_lapsed_request_is_told_in_dms_and_its_buttons_change_nothing(
        world: World, sqlite_db: Database, clock: ManualClock, core: Core) -> None:
    await listed_by_request(world)
    sweeps = sweeps_for(Wiring(core, sqlite_db, clock), world.client.chat)
    await world.bob.slash(world.channel, "consult join", group="Trauma Evenings")
    request = world.alice.user.dm_channel.last_message
    clock.set(clock.now() + timedelta(days=14, minutes=1))
    await sweeps.sweep()
    [told] = [t for t in dm_texts(world.bob) if "has lapsed" in t]
    assert "didn't get to answer within 14 days" in told and "/consult join Trauma Evenings" in told
    await sweeps.sweep()
    assert len([t for t in dm_texts(world.bob) if "has lapsed" in t]) == 1, "told once"
    answered = await world.alice.user.click(request, label="Approve")
    assert "That request expired on" in private(answered) and "nothing was changed" in private(answered)
    assert not [t for t in dm_texts(world.bob) if "approved your request" in t]


async def test_introductions_are_offered_in_dms_and_only_yes_is_introduced(
        world: World, sqlite_db: Database, clock: ManualClock, core: Core) -> None:
    sweeps = sweeps_for(Wiring(core, sqlite_db, clock), world.client.chat)
    for member, zone, when in ((world.alice, "America/Chicago", "Sat 13:00-17:00"),
                               (world.bob, "America/New_York", "Sat 14:00-17:00"),
                               (world.carol, "America/Denver", "Sat 12:00-16:00")):
        await member.slash(world.channel, "consult find", when=when, tz=zone, notify="yes")
    await sweeps.sweep()
    assert not any("Colleagues who could" in t for m in (world.alice, world.bob, world.carol) for t in dm_texts(m))
    await world.dana.slash(world.channel, "consult find", when="Sat 12:30-15:00", tz="America/Chicago",
                           notify="yes")
    await sweeps.sweep()
    await sweeps.sweep()
    offers = {m: m.user.dm_channel.last_message for m in (world.alice, world.bob, world.carol, world.dana)}
    for member, offer in offers.items():
        assert "3 other colleagues here are waiting too" in shown(offer)
        assert len([t for t in dm_texts(member) if "Colleagues who could" in t]) == 1, "offered once"
    first = await world.alice.user.click(offers[world.alice], label="Yes, introduce me")
    assert "You're the first to say yes" in private(first)
    await world.bob.user.click(offers[world.bob], label="No, thanks")
    met = await world.dana.user.click(offers[world.dana], label="Yes, introduce me")
    assert f"<@{world.alice.id}>" in private(met) and str(world.bob.id) not in private(met)
    assert str(world.carol.id) not in private(met)
    [news] = [t for t in dm_texts(world.alice) if "Another colleague wants to start a group" in t]
    assert f"<@{world.dana.id}> also said yes" in news and str(world.bob.id) not in news
