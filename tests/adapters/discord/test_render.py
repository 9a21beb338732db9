"""Rendering the core's neutral messages for Discord, and the custom_ids buttons carry (no simulated Discord)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import discord
import pytest

from adapters.discord.chat import failure
from adapters.discord.render import render
from adapters.discord.views import ButtonPress, FormModal, button_custom_id, read_custom_id
from bot.identity import UserRef
from bot.messages import (
    Button,
    FileAttachment,
    Form,
    FormField,
    Heading,
    Link,
    Mention,
    Message,
    Paragraph,
    When,
    buttons,
    message,
    para,
)

AT = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
BOB = UserRef("discord", "111", "222")


def test_times_are_discord_timestamps_every_reader_sees_in_their_own_zone() -> None:
    styles = {style: render(message(para(When(AT, "America/Denver", style)))).content
              for style in ("full", "date", "time", "relative")}
    unix = int(AT.timestamp())
    assert styles == {"full": f"<t:{unix}:F>", "date": f"<t:{unix}:D>", "time": f"<t:{unix}:t>",
                      "relative": f"<t:{unix}:R>"}


def test_mentions_ping_only_the_people_mentioned() -> None:
    out = render(message(Heading("Tuesday Peers"), para("Presenting: ", Mention(BOB), " @everyone"),
                         para(Link("https://meet.example/x", "the [call]"))))
    assert out.content == "**Tuesday Peers**\nPresenting: <@222> @everyone\n[the (call)](https://meet.example/x)"
    allowed = out.allowed_mentions().to_dict()
    assert allowed["parse"] == [] and allowed["users"] == [222]


@dataclass(frozen=True)
class Poll:
    question: str


async def test_an_unknown_block_or_span_is_refused_loudly() -> None:
    with pytest.raises(TypeError, match="Poll block"):
        render(Message((Poll("Coming?"),)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Poll span"):
        render(Message((Paragraph((Poll("x"),)),)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="style 'weekday'"):
        render(message(para(When(AT, "UTC", "weekday"))))


async def test_long_text_goes_into_embeds_split_between_lines() -> None:
    text = "\n".join(f"{n}. " + "x" * 90 for n in range(60))  # ~5.6k characters
    out = render(message(Heading("Agreement"), text))
    assert out.content == "" and len(out.embeds) == 2
    assert all(len(e.description or "") <= 4096 for e in out.embeds)
    assert "".join(e.description or "" for e in out.embeds).replace("\n", "") == (
        "**Agreement**" + text).replace("\n", "")


async def test_buttons_carry_action_and_value_and_in_dms_the_server() -> None:
    value = "12|2026-12-02T01:00:00+00:00|maybe"
    out = render(message("Coming?", buttons(Button("Yes", "rsvp", value, "primary"), Button("No", "rsvp", value))))
    [[yes, no]] = out.buttons
    assert yes.item.custom_id == f"rt:rsvp:{value}" and yes.item.style == discord.ButtonStyle.primary
    assert no.item.style == discord.ButtonStyle.secondary
    dm = render(message(buttons(Button("Pass this time", "rotation.pass", "12|2026-12-02T01:00:00+00:00"))),
                dm_guild="1456074443980800001")
    custom_id = dm.buttons[0][0].item.custom_id
    assert custom_id == "rt@1456074443980800001:rotation.pass:12|2026-12-02T01:00:00+00:00"
    assert read_custom_id(custom_id) == ButtonPress("rotation.pass", "12|2026-12-02T01:00:00+00:00",
                                                    "1456074443980800001")


def test_a_value_too_long_for_discord_is_written_compactly_and_read_back_exactly() -> None:
    value = "123456|2026-12-02T01:00:00+00:00|2027-01-12T01:00:00+00:00|2027-02-09T01:00:00+00:00|x"
    custom_id = button_custom_id("swap.offer", value, guild="1456074443980800001")
    assert len(custom_id) <= 100 and custom_id.startswith("rz@")
    assert read_custom_id(custom_id) == ButtonPress("swap.offer", value, "1456074443980800001")
    with pytest.raises(ValueError, match="too long"):
        button_custom_id("rsvp", "x" * 120)
    with pytest.raises(ValueError, match="custom_id"):
        button_custom_id("Not An Action", "1")


async def test_forms_become_modals_within_discords_limits() -> None:
    async def submit(interaction: discord.Interaction, values: dict[str, str]) -> None: ...

    form = Form("agreement.edit", "Edit the confidentiality agreement of Tuesday Peers",
                (FormField("text", "Agreement text, as members will read and accept it", "long_text", True, "v1",
                           4000),), context="7", intro="Members accept each new version.")
    modal = FormModal(form, submit)
    payload = modal.to_dict()
    assert len(payload["title"]) == 45 and payload["title"].endswith("…")
    intro, field = payload["components"]
    assert (intro["type"], intro["content"]) == (10, "Members accept each new version.")
    assert len(field["label"]) <= 45 and field["component"]["style"] == discord.TextStyle.paragraph.value
    assert field["component"]["value"] == "v1" and field["component"]["max_length"] == 4000
    six = Form("x", "Too many", tuple(FormField(f"f{n}", f"F{n}") for n in range(6)))
    with pytest.raises(ValueError, match="at most 5"):
        FormModal(six, submit)


async def test_files_become_attachments() -> None:
    out = render(message("Your calendar", FileAttachment("peers.ics", b"BEGIN:VCALENDAR", "text/calendar",
                                                           "Tuesday Peers")))
    [file] = out.files()
    assert file.filename == "peers.ics" and file.fp.read() == b"BEGIN:VCALENDAR"


def test_discord_errors_become_delivery_failures_with_reasons() -> None:
    class Response:
        status = 429
        reason = "Too Many Requests"

    assert failure(discord.RateLimited(120.0)).reason == "rate_limited"
    assert failure(discord.RateLimited(120.0)).permanent is False
    assert failure(TimeoutError()).reason == "unavailable"
    assert failure(discord.HTTPException(Response(), {"code": 50083, "message": "archived"})).reason == (
        "channel_archived")
