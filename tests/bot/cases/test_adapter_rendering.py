"""What issue 7 sends is rendered by the Slack and Discord adapters' generic renderers as they stand."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.identity import ChannelRef, UserRef
from bot.messages import FileAttachment, Form, Message, Reply
from tests.conftest import START
from tests.helpers.cases import CLEAN, CaseDesk
from tests.helpers.fakes import FakeDatabase

LONG = {"question": "How do I respond when a client asks for more time? " * 9 + "Thoughts?",
        "context": "Adult client, weekly sessions, long-standing work, recent changes at home and at work. " * 17,
        "tried": "Naming the pattern, offering a fixed check-in, and reflecting on my own reactions. " * 12,
        "feedback": "Countertransference"}


async def replies(tmp_path: Path, platform: str, workspace: str, user_id: str, channel_id: str) -> dict[str, Reply]:
    """Alice founds a group and posts her request, as she would on `platform` (its own kinds of ids)."""
    desk = CaseDesk(FakeDatabase(), START, tmp_path)
    core = desk.core
    user, channel = UserRef(platform, workspace, user_id), ChannelRef(platform, workspace, channel_id)
    await core.command_text(user, channel, "group create Tuesday Peers tz:America/Denver place:https://meet.example/x")
    await core.command_text(user, channel, "schedule set weekly on Tuesday at 18:00 from 2026-12-01")
    context = "1|2026-12-02T01:00:00+00:00"
    flagged = dict(LONG, question=LONG["question"][:400] + " Maria Lopez from Springfield, 555-201-3344?")
    made = {
        "form": await core.command_text(user, channel, "case submit"),
        "review": await core.submit(user, channel, "case.request", context, flagged),
        "posted": await core.submit(user, channel, "case.request", context, CLEAN),
        "hours": await core.command_text(user, channel, "hours"),
        "calendar": await core.command_text(user, channel, "calendar"),
    }
    made["sent"] = Reply(list(desk.chat.sent))
    assert made["sent"].outbound, "the request itself went out through the chat port"
    return made


def forms(reply: Reply) -> list[Form]:
    return [b for o in reply.outbound for b in o.message.blocks if isinstance(b, Form)]


def messages(reply: Reply) -> list[Message]:
    return [o.message for o in reply.outbound]


async def test_slack_renders_the_forms_messages_and_files(tmp_path: Path) -> None:
    pytest.importorskip("slack_sdk")
    from adapters.slack.render import encode_form, render_message, render_modal

    made = await replies(tmp_path, "slack", "T1", "UALICE", "C1")
    for name in ("form", "review"):
        [form] = forms(made[name])
        modal = render_modal(form, "C1", "https://hooks.example/1")
        assert len(modal["title"]["text"]) <= 24 and len(modal["blocks"]) <= 6
        selects = [b["element"] for b in modal["blocks"] if b.get("element", {}).get("type") == "static_select"]
        assert selects and all(s["options"] for s in selects)
    [review] = forms(made["review"])
    modal = render_modal(review, "C1")
    send = next(b for b in modal["blocks"] if b.get("block_id") == "send")
    assert send["element"]["initial_option"]["value"] == "Check again"
    # Slack's fallback when a modal can't open at once carries the whole form in a button (at most 2000 characters).
    assert encode_form(review) is not None, "the review form fits Slack's button value even with long text"
    for name in ("review", "posted", "sent", "calendar", "hours"):
        for message in messages(made[name]):
            render_message(message)
    files = [b for m in messages(made["calendar"]) for b in m.blocks if isinstance(b, FileAttachment)]
    assert files and render_message(messages(made["calendar"])[0]).files == tuple(files)


async def test_discord_renders_the_forms_messages_and_files(tmp_path: Path) -> None:
    pytest.importorskip("discord")
    from adapters.discord.render import render
    from adapters.discord.views import FormModal

    made = await replies(tmp_path, "discord", "81234567890123456", "81234567890123457", "81234567890123458")

    async def nothing(*args: object) -> None:
        return None

    for name in ("form", "review"):
        [form] = forms(made[name])
        modal = FormModal(form, nothing)
        assert len(modal.children) <= 5
    for name in ("review", "posted", "sent", "calendar"):
        for message in messages(made[name]):
            render(message)
    assert render(messages(made["calendar"])[0]).attachments
