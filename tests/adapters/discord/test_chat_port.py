"""The chat port on Discord: what the bot sends on its own (nudges, notices), and how each failure is named."""
from __future__ import annotations

from datetime import UTC, datetime

import discord
import pytest

from bot.identity import ChannelRef
from bot.messages import (
    FileAttachment,
    Form,
    FormField,
    Mention,
    Outbound,
    ToChannel,
    ToDirect,
    ToPerson,
    When,
    message,
    para,
)
from bot.ports import DeliveryFailed
from tests.helpers.discord import World

MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
UNIX = int(MEETING.timestamp())
PRIVATE = "You present on Tuesday: please prepare a de-identified consultation question."


async def test_a_reminder_is_posted_in_the_groups_channel(world: World) -> None:
    sent = await world.client.chat.send(Outbound(ToChannel(world.chan()), message(
        para("Tuesday Peers meets ", When(MEETING, "America/Denver", "relative"), "; presenting: ",
             Mention(world.user(world.bob)), "."))))
    last = world.channel.last_message
    assert sent == str(last.id)
    assert last.content == f"Tuesday Peers meets <t:{UNIX}:R>; presenting: <@{world.bob.id}>."
    assert [u.id for u in last.mentions] == [world.bob.id]


async def test_a_nudge_is_a_direct_message(world: World) -> None:
    sent = await world.client.chat.send(Outbound(ToDirect(world.user(world.bob), world.chan()), message(PRIVATE)))
    dm = world.bob.user.dm_channel.last_message
    assert sent == str(dm.id) and dm.content == PRIVATE
    assert world.channel.history() == []
    # Outside an interaction, a message for one person's eyes goes to their DMs too.
    await world.client.chat.send(Outbound(ToPerson(world.user(world.carol), world.chan()), message("Only you.")))
    assert world.carol.user.dm_channel.last_message.content == "Only you."


async def test_closed_direct_messages_become_a_bare_mention_in_the_groups_channel(world: World) -> None:
    world.env.inject_error("POST", f"/channels/{world.bob.user.dm_channel.id}/messages", status=403, code=50007,
                           message="Cannot send messages to this user", times=None)
    sent = await world.client.chat.send(Outbound(ToDirect(world.user(world.bob), world.chan()), message(PRIVATE)))
    fallback = world.channel.history(viewer=world.carol)[-1]
    assert sent == str(fallback.id)
    assert fallback.content == (f"<@{world.bob.id}>, I have a message for you but can't send you direct messages. "
                                "Please allow direct messages from this server (server menu → Privacy Settings), "
                                "or check `/consult next`.")
    assert "present" not in fallback.content  # nothing of the message itself
    assert [u.id for u in fallback.mentions] == [world.bob.id] and not fallback.mention_everyone
    assert world.bob.user.dm_channel.history() == []

    with pytest.raises(DeliveryFailed) as failed:  # no fallback channel: the caller decides
        await world.client.chat.send(Outbound(ToDirect(world.user(world.bob)), message(PRIVATE)))
    assert (failed.value.reason, failed.value.permanent) == ("dm_closed", True)

    locked = world.guild.create_text_channel(
        "locked", overwrites={world.env.bot.user: discord.PermissionOverwrite(send_messages=False)})
    with pytest.raises(DeliveryFailed) as failed:  # the fallback fails too: the facilitator must hear why
        await world.client.chat.send(Outbound(ToDirect(world.user(world.bob), world.chan(locked)), message(PRIVATE)))
    assert failed.value.reason == "missing_permissions" and "DMs closed" in str(failed.value)
    assert world.env.errors == []


async def test_channel_failures_are_named_for_the_core(world: World) -> None:
    chat = world.client.chat

    async def reason(channel: ChannelRef) -> tuple[str, bool]:
        with pytest.raises(DeliveryFailed) as failed:
            await chat.send(Outbound(ToChannel(channel), message("Reminder")))
        return failed.value.reason, failed.value.permanent

    gone = ChannelRef("discord", str(world.guild.id), "1456074443980899999")
    assert await reason(gone) == ("channel_not_found", True)
    mute = world.guild.create_text_channel(
        "announcements", overwrites={world.env.bot.user: discord.PermissionOverwrite(send_messages=False)})
    assert await reason(world.chan(mute)) == ("missing_permissions", True)
    hidden = world.guild.create_text_channel(
        "private", overwrites={world.env.bot.user: discord.PermissionOverwrite(view_channel=False)})
    assert await reason(world.chan(hidden)) == ("not_in_channel", True)
    world.env.inject_error("POST", f"/channels/{world.channel.id}/messages", status=503, code=0,
                           message="Service Unavailable", times=None)
    assert await reason(world.chan()) == ("unavailable", False)


async def test_files_are_attachments(world: World) -> None:
    await world.client.chat.send(Outbound(ToChannel(world.chan()), message(
        "The meetings as a calendar file.",
        FileAttachment("tuesday-peers.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"))))
    last = world.channel.last_message
    [attachment] = last.attachments
    assert attachment.filename == "tuesday-peers.ics"
    assert await attachment.read() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


async def test_a_form_sent_by_direct_message_opens_from_a_button(world: World) -> None:
    await world.alice.slash(world.channel, "consult group create", name="Tuesday Peers")  # group 1 in a new database
    form = Form("agreement.edit", "Edit agreement",
                (FormField("text", "Agreement text", "long_text", True, "v1", 4000),), context="1")
    await world.client.chat.send(Outbound(ToDirect(world.user(world.alice)), message(form)))
    dm = world.alice.user.dm_channel.last_message
    opened = await world.alice.user.click(dm, label="Edit agreement")
    assert opened.modal is not None and opened.modal["title"] == "Edit agreement"
    saved = await world.alice.user.submit_modal(opened, {"text": "Version two."})
    assert saved.response.ephemeral and saved.response.content == "Saved as version 2."


async def test_keyed_sends_carry_the_key_as_an_enforced_nonce(world: World) -> None:
    """The nudge service sends with an idempotency key; on Discord it is the message nonce with enforce_nonce, so
    Discord itself answers a resend within a few minutes with the first message. Channel posts, DMs and the
    DMs-closed fallback all carry it."""
    def nonces() -> list[tuple[str, object, object]]:
        return [(r.path, r.json.get("nonce"), r.json.get("enforce_nonce")) for r in world.env.http_requests
                if r.method == "POST" and r.path.endswith("/messages") and isinstance(r.json, dict)]

    await world.client.chat.send_keyed(Outbound(ToChannel(world.chan()), message("Reminder")), "rt-nudge-41")
    await world.client.chat.send_keyed(Outbound(ToDirect(world.user(world.bob), world.chan()), message(PRIVATE)),
                                       "rt-nudge-42")
    world.env.inject_error("POST", f"/channels/{world.carol.user.dm_channel.id}/messages", status=403, code=50007,
                           times=None)
    await world.client.chat.send_keyed(Outbound(ToDirect(world.user(world.carol), world.chan()), message(PRIVATE)),
                                       "rt-nudge-43")
    sent = nonces()
    assert (f"/channels/{world.channel.id}/messages", "rt-nudge-41", True) in sent
    assert (f"/channels/{world.bob.user.dm_channel.id}/messages", "rt-nudge-42", True) in sent
    assert (f"/channels/{world.channel.id}/messages", "rt-nudge-43", True) in sent   # the fallback mention
    assert world.bob.user.dm_channel.last_message.content == PRIVATE
    await world.client.chat.send(Outbound(ToChannel(world.chan()), message("Unkeyed")))
    assert not str(nonces()[-1][1]).startswith("rt-"), "a plain send has discord.py's random nonce, not a key"
    with pytest.raises(ValueError):
        await world.client.chat.send_keyed(Outbound(ToChannel(world.chan()), message("x")), "k" * 26)


@pytest.mark.parametrize("action, command", [
    ("checkin.answer", "/consult checkin answer"),
    ("agreement.reaccept", "/consult agreement accept"),
    ("swap.accept", "/consult rotation show"),
    ("rsvp", "/consult next"),
])
async def test_the_closed_dm_fallback_points_to_the_command_that_shows_that_message(
        world: World, action: str, command: str) -> None:
    """Issue 14 item 10: a check-in prompt or an attendance question isn't found with /consult next."""
    from bot.messages import Actions, Button, Message

    world.env.inject_error("POST", f"/channels/{world.bob.user.dm_channel.id}/messages", status=403, code=50007,
                           message="Cannot send messages to this user", times=None)
    prompt = Message(message(PRIVATE).blocks + (Actions((Button("Go", action, "1|2"),)),))
    await world.client.chat.send(Outbound(ToDirect(world.user(world.bob), world.chan()), prompt))
    fallback = world.channel.history(viewer=world.carol)[-1]
    assert fallback.content.endswith(f"or check `{command}`.") and "present" not in fallback.content


async def test_the_after_meeting_attendance_note_points_to_attendance_show(world: World) -> None:
    from bot.messages import Message

    world.env.inject_error("POST", f"/channels/{world.bob.user.dm_channel.id}/messages", status=403, code=50007,
                           message="Cannot send messages to this user", times=None)
    note = Message(message("Tuesday Peers met on …").blocks, see_again="/consult attendance show")
    await world.client.chat.send(Outbound(ToDirect(world.user(world.bob), world.chan()), note))
    assert world.channel.history(viewer=world.carol)[-1].content.endswith("or check `/consult attendance show`.")
