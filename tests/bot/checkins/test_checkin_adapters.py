"""Every check-in message renders in every adapter: the console (the flows), Discord and Slack (here).

Check-ins use only the core's neutral blocks, so each adapter renders them generically; these tests make sure
they also fit each platform's limits (button ids, modal fields, option labels, files).
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.checkins import texts
from bot.checkins.instruments import SINGLE_ITEM_BURNOUT, WHO5
from bot.checkins.resources import DEFAULT_RESOURCES
from bot.checkins.rounds import CheckinRound, CheckinSettings, new_round, tally
from bot.domain.group import Group
from bot.messages import FileAttachment, Form, Message

AT = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)


def group() -> Group:
    g = Group(platform="discord", workspace_id="111111111111111111", name="Tuesday Peers",
              channel_id="222222222222222222", timezone="America/Denver", created_by="333", created_at=AT, id=42)
    g.found(AT)
    return g


def round_for(instrument_id: str) -> CheckinRound:
    round_ = new_round(CheckinSettings(42, instrument=instrument_id), "manual:x", AT)
    round_.id = 987654
    return round_


def all_messages() -> list[Message]:
    g = group()
    single, who = round_for("single-item"), round_for("who-5")
    closed = round_for("single-item")
    closed.closes_at = AT + timedelta(days=3)
    rounds = [(closed, {1: 2, 2: 2, 3: 2, 4: 1, 5: 1}), (round_for("single-item"), {})]
    rounds[1][0].released = False
    closed.released = True
    return [
        texts.announcement(g, single, SINGLE_ITEM_BURNOUT),
        texts.prompt(g, single, SINGLE_ITEM_BURNOUT),
        texts.prompt(g, single, SINGLE_ITEM_BURNOUT, reminder=True),
        texts.prompt(g, who, WHO5),
        Message((texts.form(who, WHO5),)),
        texts.thanks(g, single),
        texts.thanks(g, single, stored=True),
        texts.reask(g, single, SINGLE_ITEM_BURNOUT),
        texts.reask(g, who, WHO5),
        texts.support(DEFAULT_RESOURCES, distress=True),
        texts.released(g, closed, tally(SINGLE_ITEM_BURNOUT, {1: 2, 2: 2, 3: 2, 4: 1, 5: 1})),
        texts.released(g, closed, tally(WHO5, {3: 1, 12: 3, 13: 2, 20: 2})),
        texts.withheld(g, closed),
        Message(tuple(texts.trend(g, SINGLE_ITEM_BURNOUT, rounds, 0))),
    ]


async def test_discord_renders_every_check_in_message_within_its_limits() -> None:
    pytest.importorskip("discord")
    from adapters.discord.render import render
    from adapters.discord.views import FormModal

    async def submit(*_: object) -> None:
        return None

    for msg in all_messages():
        for dm_guild in (None, "111111111111111111"):
            out = render(msg, dm_guild=dm_guild)
            assert out.text or out.form or out.attachments
        form = next((b for b in msg.blocks if isinstance(b, Form)), None)
        if form is not None:
            payload = FormModal(form, submit).to_dict()
            fields = [c for c in payload["components"] if c["type"] == 18]
            assert len(fields) == 5
            for field, item in zip(fields, WHO5.items):
                assert len(field["component"]["options"]) == 6
                assert field["label"] == item or field.get("description") == item, "each statement in full"
    prompt = render(all_messages()[1])
    labels = [b.item.label for row in prompt.buttons for b in row]
    assert labels == ["1", "2", "3", "4", "5"]
    [file] = render(all_messages()[-1]).files()
    assert file.filename == "checkin-trend.png"


async def test_slack_renders_every_check_in_message_within_its_limits() -> None:
    pytest.importorskip("slack_sdk")
    try:
        from adapters.slack.render import render_message, render_modal
    except ImportError as error:  # the Slack adapter is being written in parallel
        pytest.skip(f"Slack adapter not importable: {error}")
    for msg in all_messages():
        rendered = render_message(msg)
        assert rendered.blocks or rendered.forms or rendered.files
        for form in rendered.forms:
            view = render_modal(form, "C123")
            inputs = [b for b in view["blocks"] if b["type"] == "input"]
            assert [b["label"]["text"] for b in inputs] == list(WHO5.items), "statements verbatim"
            assert all(len(b["element"]["options"]) == 6 for b in inputs)
            assert len(view["title"]["text"]) <= 24
    trend = render_message(all_messages()[-1])
    assert [f.filename for f in trend.files] == ["checkin-trend.png"]
    assert any(isinstance(b, FileAttachment) for b in all_messages()[-1].blocks)
