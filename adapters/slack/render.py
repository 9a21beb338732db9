"""The core's neutral messages as Block Kit, and forms as modals.

Every block and span kind is rendered here exactly once; an unknown kind raises TypeError, so a new kind in
`bot.messages` cannot slip through to Slack half-rendered. Slack's size limits are applied here too: text is
split to fit, labels are clipped, and what cannot be clipped without changing its meaning raises ValueError.
"""
from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass
from typing import Any

from adapters.text import split_lines
from bot.messages import (
    Actions,
    Button,
    FileAttachment,
    Form,
    FormField,
    Heading,
    Link,
    Mention,
    Message,
    Paragraph,
    Span,
    When,
)

FORM_CALLBACK = "rt:form"       # callback_id of every modal
ACTION_PREFIX = "rt:"           # action_id of a core button: rt:{action}:{index}
OPEN_FORM_ACTION = "rtx:open_form"  # the adapter's own button that opens a form (fresh trigger_id)
INPUT_ACTION = "value"          # action_id of the one element inside each input block

MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_BUTTONS_PER_BLOCK = 25
MAX_BLOCKS = 50
MAX_MODAL_TITLE = 24
MAX_INPUT_LENGTH = 3000         # plain_text_input.max_length can be at most 3000
MAX_LABEL = 2000
MAX_OPTION = 75
MAX_METADATA = 3000

WHEN_TOKENS = {
    "full": "{date_short_pretty} at {time}",
    "date": "{date_short_pretty}",
    "time": "{time}",
    "relative": "{ago}",
}


class FormTooLarge(ValueError):
    """A form whose current text is longer than a Slack modal can hold."""


@dataclass(frozen=True)
class Rendered:
    """A message as Slack wants it: Block Kit blocks plus notification text; forms and files travel apart."""

    text: str
    blocks: list[dict[str, Any]]
    forms: tuple[Form, ...] = ()
    files: tuple[FileAttachment, ...] = ()

    @property
    def postable(self) -> bool:
        return bool(self.blocks)


# Text ------------------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Slack's three control characters; without this a group named `<!channel>` would ping everyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_when_fallback(when: When) -> str:
    """The time as plain text in the group's zone: for notifications and clients that can't localise."""
    return when.as_text()


def render_when(when: When) -> str:
    if when.at.tzinfo is None:
        raise ValueError("When.at must be an aware datetime")
    token = WHEN_TOKENS.get(when.style)
    if token is None:
        raise ValueError(f"unknown When style {when.style!r}")
    fallback = format_when_fallback(when).replace("|", "/").replace(">", "")
    return f"<!date^{int(when.at.timestamp())}^{token}|{escape(fallback)}>"


def render_mention(mention: Mention) -> str:
    if mention.user.platform != "slack":
        raise ValueError(f"cannot mention a {mention.user.platform} user in Slack")
    return f"<@{mention.user.id}>"


def render_link(link: Link) -> str:
    url = link.url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
    if not link.label:
        return f"<{url}>"
    label = escape(link.label).replace("|", "/")
    return f"<{url}|{label}>"


def render_span(span: Span, plain: bool = False) -> str:
    """A span as mrkdwn. `plain` renders times as text, for the notification fallback."""
    if isinstance(span, str):
        return escape(span)
    if isinstance(span, When):
        return escape(format_when_fallback(span)) if plain else render_when(span)
    if isinstance(span, Mention):
        return render_mention(span)
    if isinstance(span, Link):
        return render_link(span)
    raise TypeError(f"Slack cannot render a {type(span).__name__} span")


def _chunks(text: str, limit: int) -> list[str]:
    """Split at line breaks where possible so each piece fits a section."""
    return split_lines(text, limit)


# Messages --------------------------------------------------------------------------------------------


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def render_button(button: Button, index: int) -> dict[str, Any]:
    if len(button.value) > MAX_BUTTON_VALUE:
        raise ValueError(f"button value for {button.action!r} is longer than Slack allows ({len(button.value)})")
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(clip(button.label, MAX_BUTTON_LABEL)),
        "action_id": f"{ACTION_PREFIX}{button.action}:{index}",
    }
    if button.value:
        element["value"] = button.value
    if button.style in ("primary", "danger"):
        element["style"] = button.style
    return element


def render_message(message: Message) -> Rendered:
    """Consecutive paragraphs share one section (fewer blocks, no gaps); forms and files are set aside."""
    blocks: list[dict[str, Any]] = []
    text_lines: list[str] = []
    forms: list[Form] = []
    files: list[FileAttachment] = []
    pending: list[str] = []
    button_index = 0

    def flush() -> None:
        if pending:
            for chunk in _chunks("\n".join(pending), MAX_SECTION):
                if chunk.strip():
                    blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
            pending.clear()

    for block in message.blocks:
        if isinstance(block, Paragraph):
            pending.append("".join(render_span(s) for s in block.spans))
            text_lines.append("".join(render_span(s, plain=True) for s in block.spans))
            continue
        flush()
        if isinstance(block, Heading):
            blocks.append({"type": "header", "text": plain(clip(block.text, MAX_HEADER))})
            text_lines.append(escape(block.text))
        elif isinstance(block, Actions):
            elements = []
            for button in block.buttons:
                elements.append(render_button(button, button_index))
                button_index += 1
            for start in range(0, len(elements), MAX_BUTTONS_PER_BLOCK):
                blocks.append({"type": "actions", "elements": elements[start:start + MAX_BUTTONS_PER_BLOCK]})
        elif isinstance(block, Form):
            forms.append(block)
        elif isinstance(block, FileAttachment):
            files.append(block)
        else:
            raise TypeError(f"Slack cannot render a {type(block).__name__} block")
    flush()
    if len(blocks) > MAX_BLOCKS:
        raise ValueError(f"a Slack message holds at most {MAX_BLOCKS} blocks; this one needs {len(blocks)}")
    text = clip("\n".join(line for line in text_lines if line), 3900) or " "
    return Rendered(text, blocks, tuple(forms), tuple(files))


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION)}}


# Forms as modals -------------------------------------------------------------------------------------


def render_field(field: FormField) -> dict[str, Any]:
    if field.kind in ("text", "long_text"):
        limit = min(field.max_length, MAX_INPUT_LENGTH)
        if len(field.initial) > limit:
            raise FormTooLarge(f"the current “{field.label}” is {len(field.initial)} characters; "
                               f"a Slack form field holds at most {limit}")
        element: dict[str, Any] = {
            "type": "plain_text_input",
            "action_id": INPUT_ACTION,
            "multiline": field.kind == "long_text",
            "max_length": limit,
        }
        if field.initial:
            element["initial_value"] = field.initial
    elif field.kind == "choice":
        options = [{"text": plain(clip(choice, MAX_OPTION)), "value": choice[:150]} for choice in field.choices]
        if not options:
            raise ValueError(f"choice field {field.name!r} has no choices")
        element = {"type": "static_select", "action_id": INPUT_ACTION, "options": options}
        chosen = next((o for o in options if o["value"] == field.initial), None)
        if chosen is not None:
            element["initial_option"] = chosen
    else:
        raise TypeError(f"Slack cannot render a form field of kind {field.kind!r}")
    block: dict[str, Any] = {
        "type": "input",
        "block_id": field.name,
        "optional": not field.required,
        "label": plain(clip(field.label, MAX_LABEL)),
        "element": element,
    }
    if field.hint:
        block["hint"] = plain(clip(field.hint, MAX_LABEL))
    return block


def render_modal(form: Form, channel_id: str, response_url: str | None = None) -> dict[str, Any]:
    """A modal for `form`. private_metadata carries what the submission needs to reach the core and the user."""
    metadata = {"f": form.form_id, "c": form.context, "ch": channel_id}
    if response_url:
        metadata["ru"] = response_url
    encoded = json.dumps(metadata, separators=(",", ":"))
    if len(encoded) > MAX_METADATA:
        metadata.pop("ru", None)
        encoded = json.dumps(metadata, separators=(",", ":"))
        if len(encoded) > MAX_METADATA:
            raise ValueError("form context is too long for a Slack modal's private_metadata")
    blocks: list[dict[str, Any]] = []
    if form.intro:
        blocks.append(section(escape(form.intro)))
    blocks.extend(render_field(field) for field in form.fields)
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "title": plain(clip(form.title, MAX_MODAL_TITLE)),
        "submit": plain(clip(form.submit_label or "Submit", MAX_MODAL_TITLE)),
        "close": plain("Cancel"),
        "private_metadata": encoded,
        "blocks": blocks,
    }


def read_metadata(view: dict[str, Any]) -> dict[str, str]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def read_submission(view: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """The submitted values by field name, and errors by block_id for `ack(response_action="errors")`.

    The field rules (optional, max_length) come back in the view Slack sends, exactly as we rendered them.
    """
    state = (view.get("state") or {}).get("values") or {}
    values: dict[str, str] = {}
    errors: dict[str, str] = {}
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            continue
        name = block.get("block_id", "")
        element = block.get("element") or {}
        entry = (state.get(name) or {}).get(INPUT_ACTION) or {}
        if element.get("type") == "static_select":
            value = str((entry.get("selected_option") or {}).get("value") or "")
        else:
            value = str(entry.get("value") or "")
        values[name] = value
        limit = element.get("max_length")
        if not block.get("optional", False) and not value.strip():
            errors[name] = "Please fill this in."
        elif isinstance(limit, int) and len(value) > limit:
            errors[name] = f"At most {limit} characters, please (this has {len(value)})."
    return values, errors


# A form carried by a button --------------------------------------------------------------------------


def encode_form(form: Form) -> str | None:
    """The whole form in a button value (compressed), so any later click can open it: None if it won't fit."""
    data = [form.form_id, form.title, form.context, form.submit_label, form.intro,
            [[f.name, f.label, f.kind, f.required, f.initial, f.max_length, list(f.choices), f.hint]
             for f in form.fields]]
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    value = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii")
    return value if len(value) <= MAX_BUTTON_VALUE else None


def decode_form(value: str) -> Form:
    try:
        data = json.loads(zlib.decompress(base64.urlsafe_b64decode(value.encode("ascii"))))
        form_id, title, context, submit_label, intro, fields = data
        return Form(form_id, title, tuple(
            FormField(name, label, kind, bool(required), initial, int(max_length), tuple(choices), hint)
            for name, label, kind, required, initial, max_length, choices, hint in fields
        ), context=context, submit_label=submit_label, intro=intro)
    except (ValueError, TypeError, zlib.error) as error:
        raise ValueError("not a Roundtable form button") from error


def open_form_button(form: Form) -> dict[str, Any] | None:
    value = encode_form(form)
    if value is None:
        return None
    return {"type": "actions", "elements": [{
        "type": "button", "text": plain(clip(f"Open “{form.title}”", MAX_BUTTON_LABEL)),
        "action_id": f"{OPEN_FORM_ACTION}:0", "value": value, "style": "primary"}]}
