"""Issue 16 in a simulated Discord (SimCord): `/consult find` answers privately, and a join request reaches the
facilitator's DMs with Approve / Decline buttons that work there (Decline opens a modal)."""
from __future__ import annotations

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
