"""Neutral messages as Block Kit: each kind once, Slack's limits respected, unknown kinds refused loudly."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from adapters.slack.render import (
    FormTooLarge,
    decode_form,
    encode_form,
    read_submission,
    render_message,
    render_modal,
)
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
    When,
    buttons,
    message,
    para,
)

SIX_PM_DENVER = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # Tue 1 Dec 2026, 18:00 MST


def test_spans_become_slack_tokens() -> None:
    rendered = render_message(message(para(
        "Next: ", When(SIX_PM_DENVER, "America/Denver"), " with ", Mention(UserRef("slack", "T1", "U2BOB")),
        " at ", Link("https://meet.example/a?b=1&c=2", "the call"), " – <b> & co")))
    [block] = rendered.blocks
    assert block["text"]["text"] == (
        "Next: <!date^1796173200^{date_short_pretty} at {time}|Tue 1 Dec 2026, 18:00 MST> with <@U2BOB> at "
        "<https://meet.example/a?b=1&c=2|the call> – &lt;b&gt; &amp; co")
    assert rendered.text.startswith("Next: Tue 1 Dec 2026, 18:00 MST with <@U2BOB>")


@pytest.mark.parametrize("style,token,fallback", [
    ("full", "{date_short_pretty} at {time}", "Tue 1 Dec 2026, 18:00 MST"),
    ("date", "{date_short_pretty}", "Tue 1 Dec 2026"),
    ("time", "{time}", "18:00 MST"),
    ("relative", "{ago}", "Tue 1 Dec 2026, 18:00 MST"),
])
def test_when_styles(style: str, token: str, fallback: str) -> None:
    rendered = render_message(message(para(When(SIX_PM_DENVER, "America/Denver", style))))
    assert rendered.blocks[0]["text"]["text"] == f"<!date^1796173200^{token}|{fallback}>"


def test_bad_times_are_refused() -> None:
    with pytest.raises(ValueError):
        render_message(message(para(When(datetime(2026, 12, 1, 18, 0), "UTC"))))
    with pytest.raises(ValueError):
        render_message(message(para(When(SIX_PM_DENVER, "UTC", "fortnightly"))))
    with pytest.raises(ValueError):
        render_message(message(para(Mention(UserRef("discord", "G1", "42")))))


def test_buttons_carry_action_and_value() -> None:
    rendered = render_message(message(
        Heading("Tuesday Peers"),
        buttons(Button("Yes", "rsvp", "1|k|yes", "primary"), Button("No", "rsvp", "1|k|no")),
        buttons(Button("Pass", "rotation.pass", "1|k", "danger"), Button("x" * 100, "noop"))))
    header, first, second = rendered.blocks
    assert header == {"type": "header", "text": {"type": "plain_text", "text": "Tuesday Peers", "emoji": True}}
    ids = [e["action_id"] for block in (first, second) for e in block["elements"]]
    assert ids == ["rt:rsvp:0", "rt:rsvp:1", "rt:rotation.pass:2", "rt:noop:3"]
    assert first["elements"][0] == {"type": "button", "text": {"type": "plain_text", "text": "Yes", "emoji": True},
                                    "action_id": "rt:rsvp:0", "value": "1|k|yes", "style": "primary"}
    assert second["elements"][0]["style"] == "danger" and "value" not in second["elements"][1]
    assert len(second["elements"][1]["text"]["text"]) == 75
    with pytest.raises(ValueError):
        render_message(message(buttons(Button("Big", "rsvp", "v" * 2001))))


def test_paragraphs_share_sections_that_fit() -> None:
    rendered = render_message(message("one", "two", Heading("H"), "three"))
    assert [b["type"] for b in rendered.blocks] == ["section", "header", "section"]
    assert rendered.blocks[0]["text"]["text"] == "one\ntwo"
    long = render_message(message("\n".join(f"line {i} " + "x" * 90 for i in range(80))))
    assert len(long.blocks) == 3 and all(len(b["text"]["text"]) <= 3000 for b in long.blocks)
    assert "\n".join(b["text"]["text"] for b in long.blocks).count("line") == 80


def test_forms_and_files_are_set_aside() -> None:
    form = Form("group.settings", "Group settings", (FormField("capacity", "Capacity"),))
    csv = FileAttachment("a.csv", b"x", "text/csv")
    rendered = render_message(Message((form, csv)))
    assert rendered.blocks == [] and not rendered.postable
    assert rendered.forms == (form,) and rendered.files == (csv,)


@dataclass(frozen=True)
class Poll:
    question: str


def test_unknown_kinds_are_refused_loudly() -> None:
    with pytest.raises(TypeError, match="Poll block"):
        render_message(Message((Poll("?"),)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int span"):
        render_message(message(para(42)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="kind 'date'"):
        render_modal(Form("f", "F", (FormField("d", "Date", "date"),)), "C1")


def test_forms_become_modals() -> None:
    form = Form("agreement.edit", "Edit the confidentiality agreement", (
        FormField("text", "Agreement text", "long_text", True, "Stay kind.", 4000, hint="Plain words"),
        FormField("mode", "Mode", "choice", False, "video", choices=("video", "in person")),
        FormField("note", "Note", max_length=20),
    ), context="7", submit_label="Save new version", intro="Members accept each <new> version.")
    view = render_modal(form, "C1GENERAL", "https://hooks.example/r/1")
    assert view["title"]["text"] == "Edit the confidentialit…" and len(view["title"]["text"]) == 24
    assert view["callback_id"] == "rt:form" and view["submit"]["text"] == "Save new version"
    assert json.loads(view["private_metadata"]) == {"f": "agreement.edit", "c": "7", "ch": "C1GENERAL",
                                                    "ru": "https://hooks.example/r/1"}
    intro, text, mode, note = view["blocks"]
    assert intro["text"]["text"] == "Members accept each &lt;new&gt; version."
    assert text["element"] == {"type": "plain_text_input", "action_id": "value", "multiline": True,
                               "max_length": 3000, "initial_value": "Stay kind."}
    assert text["optional"] is False and text["hint"]["text"] == "Plain words"
    assert mode["element"]["type"] == "static_select" and mode["optional"] is True
    assert mode["element"]["initial_option"]["value"] == "video"
    assert note["element"]["max_length"] == 20 and note["element"]["multiline"] is False
    with pytest.raises(FormTooLarge):
        render_modal(Form("agreement.edit", "Edit", (FormField("text", "Text", "long_text", True, "x" * 3500,
                                                              4000),)), "C1")


def test_submissions_are_checked_before_acknowledging() -> None:
    form = Form("f", "F", (FormField("name", "Name", max_length=5), FormField("place", "Place", required=False),
                           FormField("mode", "Mode", "choice", choices=("a", "b"))))
    view = render_modal(form, "C1")
    view["state"] = {"values": {"name": {"value": {"type": "plain_text_input", "value": "Toolong"}},
                                "place": {"value": {"type": "plain_text_input", "value": None}},
                                "mode": {"value": {"type": "static_select", "selected_option": None}}}}
    values, errors = read_submission(view)
    assert values == {"name": "Toolong", "place": "", "mode": ""}
    assert errors == {"name": "At most 5 characters, please (this has 7).", "mode": "Please fill this in."}
    view["state"]["values"]["name"]["value"]["value"] = "Sam"
    view["state"]["values"]["mode"]["value"]["selected_option"] = {"value": "b"}
    assert read_submission(view) == ({"name": "Sam", "place": "", "mode": "b"}, {})


def test_a_form_rides_in_a_button_value() -> None:
    form = Form("group.settings", "Group settings", (
        FormField("capacity", "Capacity (2-12)", "text", True, "6", 2),
        FormField("mode", "Mode", "choice", False, "video", choices=("video", "in person"), hint="h")),
        context="12", submit_label="Save", intro="Change what you need.")
    value = encode_form(form)
    assert value is not None and len(value) <= 2000 and decode_form(value) == form
    assert encode_form(Form("big", "Big", (FormField("t", "T", "long_text", True, "".join(
        chr(0x4E00 + (i * 7919) % 20000) for i in range(3000)), 4000),))) is None
    with pytest.raises(ValueError):
        decode_form("not-a-form")
