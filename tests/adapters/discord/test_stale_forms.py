"""Typed text on Discord is held only for the one submission it serves (issue 11, finding 7).

The review form comes back pre-filled with the author's flagged text behind a "Review your request" button. Once
it is used, superseded by a newer form for the same meeting, or expired, the text is gone from the bot's memory;
the old button answers "That form has expired" privately, and nothing is posted twice."""
from __future__ import annotations

import gc
from typing import Any

import discord
import simcord

from adapters.discord.interactions import Interactions
from adapters.discord.views import FormModal, FormShelf
from bot.clock import ManualClock
from bot.core import Core
from bot.messages import Form, FormField
from storage.database import Database
from tests.adapters.discord.test_deletes import QUESTION, wire
from tests.helpers.cases import all_requests
from tests.helpers.discord import World, found_group, private

PHONE = "555-201-3344"
IDENTIFYING = f"My client Maria Lopez called me on {PHONE} at night. What now?"
EXPIRED = "That form has expired. Please run the command again."


async def review(world: World, member: simcord.MemberActor, question: str = IDENTIFYING) -> simcord.InteractionResult:
    """Write a request with identifiers in it: the private findings, with the "Review your request" button."""
    shown = await member.slash(world.channel, "consult case submit")
    opened = shown if shown.modal is not None else await member.click(shown.response.message,
                                                                      label="Consultation request")
    checked = await member.submit_modal(opened, {"question": question})
    assert "Check before it reaches the group" in private(checked)
    return checked


async def send_as_shown(member: simcord.MemberActor, opened: simcord.InteractionResult,
                        **changes: str) -> simcord.InteractionResult:
    """Submit a modal as Discord's client does: every field keeps what it was pre-filled with unless changed."""
    assert opened.modal is not None
    values: dict[str, Any] = {}
    for row in opened.modal["components"]:
        control = row.get("component")
        if control is None:
            continue
        name = control["custom_id"]
        if control["type"] == 3:  # a select: its default option, or the change
            chosen = changes.get(name) or next((o["value"] for o in control["options"] if o.get("default")), None)
            if chosen:
                values[name] = [chosen]
        elif changes.get(name, control.get("value")):
            values[name] = changes.get(name, control.get("value"))
    return await member.submit_modal(opened, values)


def posts(world: World) -> list[Any]:
    return [m for m in world.channel.history()
            if "asks for the group's help" in m.content + "".join(e.description or "" for e in m.embeds)]


def held(world: World) -> list[str]:
    """Every text the Discord adapter holds for a form: on its shelf, and in discord.py's store of open modals."""
    texts = [f.initial for item in world.client.forms._items.values() for f in item.form.fields]
    for modal in world.client._connection._view_store._modals.values():
        if isinstance(modal, FormModal):
            texts += [f.initial for f in modal.form.fields] if modal.form is not None else []
            texts += [getattr(control, "default", None) or "" for control in modal._inputs.values()]
    return [t for t in texts if t]


def live_forms_holding(text: str) -> list[Form]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Form) and any(text in f.initial for f in o.fields)]


async def test_post_anyway_posts_once_and_the_old_button_has_expired(world: World, core: Core,
                                                                     sqlite_db: Database, clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    checked = await review(world, world.alice)
    assert PHONE in " ".join(held(world))

    opened = await world.alice.click(checked.response.message, label="Review your request")
    assert opened.modal is not None
    done = await send_as_shown(world.alice, opened, send="Post anyway")
    assert "Posted in the group's channel" in private(done)
    assert len(posts(world)) == 1

    stale = await world.alice.click(checked.response.message, label="Review your request")
    assert stale.modal is None and private(stale) == EXPIRED
    assert len(posts(world)) == 1 and len(await all_requests(sqlite_db)) == 1


async def test_a_second_modal_from_the_same_button_cannot_post_again(world: World, core: Core,
                                                                     sqlite_db: Database, clock: ManualClock) -> None:
    """The old "Post anyway": a review form opened twice (two windows, a double click) and sent twice."""
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    checked = await review(world, world.alice)
    first = await world.alice.click(checked.response.message, label="Review your request")
    second = await world.alice.click(checked.response.message, label="Review your request")
    assert first.modal is not None and second.modal is not None

    await send_as_shown(world.alice, first, send="Post anyway")
    again = await send_as_shown(world.alice, second, send="Post anyway")
    assert private(again) == EXPIRED
    assert len(posts(world)) == 1 and len(await all_requests(sqlite_db)) == 1


async def test_the_text_is_gone_from_memory_once_used(world: World, core: Core, sqlite_db: Database,
                                                      clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    checked = await review(world, world.alice)
    first = await world.alice.click(checked.response.message, label="Review your request")
    await world.alice.click(checked.response.message, label="Review your request")   # a second window, left open
    assert PHONE in " ".join(held(world))

    await send_as_shown(world.alice, first, send="Post anyway")
    assert not any(PHONE in text for text in held(world))
    assert world.client.forms._items == {} or all(
        not any(f.initial for f in item.form.fields) for item in world.client.forms._items.values())
    assert live_forms_holding(PHONE) == []


async def test_edit_and_check_again_uses_the_form_up(world: World, core: Core, sqlite_db: Database,
                                                     clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    checked = await review(world, world.alice)
    opened = await world.alice.click(checked.response.message, label="Review your request")
    done = await send_as_shown(world.alice, opened, question=QUESTION, send="Check again")
    assert "Posted in the group's channel" in private(done)
    assert not any(PHONE in text for text in held(world))
    stale = await world.alice.click(checked.response.message, label="Review your request")
    assert private(stale) == EXPIRED and len(posts(world)) == 1


async def test_a_newer_review_supersedes_the_old_one(world: World, core: Core, sqlite_db: Database,
                                                     clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    old = await review(world, world.alice)
    await review(world, world.alice, question=f"Maria Lopez again. {QUESTION}")
    assert not any(PHONE in text for text in held(world)), "the first review's text went with it"

    stale = await world.alice.click(old.response.message, label="Review your request")
    assert private(stale) == EXPIRED and posts(world) == []


async def test_an_unused_review_expires_after_fifteen_minutes(world: World, core: Core, sqlite_db: Database,
                                                              clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    await found_group(world, world.bob, world.carol)
    checked = await review(world, world.alice)
    opened = await world.alice.click(checked.response.message, label="Review your request")   # opened, not sent
    await world.env.advance_time(10 * 60)
    assert PHONE in " ".join(held(world))

    await world.env.advance_time(6 * 60)        # nothing touches the adapter: the expiry itself clears it
    assert not any(PHONE in text for text in held(world))
    assert live_forms_holding(PHONE) == []
    stale = await world.alice.click(checked.response.message, label="Review your request")
    assert private(stale) == EXPIRED
    assert opened.modal is not None and posts(world) == []


async def test_only_the_person_it_was_shown_to_can_open_a_held_form(world: World, core: Core) -> None:
    """Ephemeral messages and DMs are their reader's alone, but a button's custom_id is no secret: the shelf
    also checks who presses it. (A shelf on a fixed clock of its own, driven from the test.)"""
    now = [0.0]
    shelf = FormShelf(clock=lambda: now[0])
    interactions = Interactions(core, world.client.chat, shelf)
    form = Form("case.review", "Review your request", (FormField("question", "Question", "long_text", True,
                                                                 IDENTIFYING, 500),), context="1|x|0")
    token = shelf.put(form, str(world.guild.id), None, owner=str(world.alice.id))

    class Pressed:
        """Just enough of an interaction for open_form."""

        def __init__(self, user_id: int) -> None:
            self.user, self.guild_id, self.answers = discord.Object(id=user_id), world.guild.id, []
            answers = self.answers

            class Response:
                async def send_message(self, text: str, **_: Any) -> None:
                    answers.append(text)

                async def send_modal(self, modal: Any) -> None:
                    answers.append(modal)

            self.response = Response()

    bob, alice = Pressed(world.bob.id), Pressed(world.alice.id)
    await interactions.open_form(bob, token)  # type: ignore[arg-type]
    assert bob.answers == ["That form is someone else's."]
    await interactions.open_form(alice, token)  # type: ignore[arg-type]
    [modal] = alice.answers
    assert isinstance(modal, FormModal) and modal.form is form

    now[0] = 15 * 60 + 1                      # the shelf's own clock: a held form lasts 15 minutes
    shelf.prune()
    assert len(shelf) == 0 and modal.spent and modal.form is None and modal.children == []
    later = Pressed(world.alice.id)
    await interactions.open_form(later, token)  # type: ignore[arg-type]
    assert later.answers == [EXPIRED]
