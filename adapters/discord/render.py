"""Renders the core's neutral messages as Discord message parts: markdown content (or embeds when long),
persistent buttons, files; a form is handed back separately because Discord shows it as a modal.

Times become `<t:UNIX:F>` so every reader sees their own time zone; mentions become `<@id>` and only the people
mentioned may be pinged. An unknown block or span is a programming error: it raises TypeError.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import discord

from adapters.discord.views import ActionButton, ButtonPress
from adapters.text import split_lines
from bot.messages import (
    Actions,
    Button,
    FileAttachment,
    Form,
    Heading,
    Link,
    Mention,
    Message,
    Paragraph,
    Span,
    When,
)

log = logging.getLogger("roundtable.discord")
T = TypeVar("T")

CONTENT_LIMIT = 2000
EMBED_DESCRIPTION = 4096
EMBEDS_TOTAL = 6000
BUTTONS_PER_ROW = 5
ROWS = 5
TIMESTAMP_STYLES = {"full": "F", "date": "D", "time": "t", "relative": "R"}
BUTTON_STYLES = {"primary": discord.ButtonStyle.primary, "danger": discord.ButtonStyle.danger,
                 None: discord.ButtonStyle.secondary}
EMBED_COLOUR = discord.Colour(0x4F6D7A)


class ButtonCarrier(discord.ui.View):
    """Carries buttons onto a message, and nothing more.

    Clicks are routed by custom_id to the dynamic items the client registers in setup_hook, whoever sent the
    message and whenever. So discord.py need not keep this view: it would otherwise hold every sent view in memory,
    with a 15-minute timer for each ephemeral one.
    """

    def __init__(self) -> None:
        super().__init__(timeout=None)

    def is_dispatchable(self) -> bool:
        return False


@dataclass
class Rendered:
    """One neutral message as Discord parts. `files()` makes fresh file objects for each send."""

    content: str = ""
    embeds: list[discord.Embed] = field(default_factory=list)
    buttons: list[list[discord.ui.DynamicItem[Any]]] = field(default_factory=list)
    attachments: list[FileAttachment] = field(default_factory=list)
    form: Form | None = None
    mentioned: list[int] = field(default_factory=list)
    text: str = ""  # the whole text, before any split into embeds (for modal intros)
    # Text beyond what one message holds (6,000 characters of embeds) continues in further messages, each
    # a list of embeds; the buttons and files go on the last one, after all of the text.
    more: list[list[discord.Embed]] = field(default_factory=list)

    def view(self) -> discord.ui.View | None:
        if not self.buttons:
            return None
        view = ButtonCarrier()
        for row, items in enumerate(self.buttons):
            for item in items:
                item.row = row
                view.add_item(item)
        return view

    def files(self) -> list[discord.File]:
        return [discord.File(io.BytesIO(a.content), filename=a.filename, description=a.title or None)
                for a in self.attachments]

    def allowed_mentions(self) -> discord.AllowedMentions:
        return discord.AllowedMentions(everyone=False, roles=False, replied_user=False,
                                       users=[discord.Object(id=i) for i in self.mentioned])

    @property
    def empty(self) -> bool:
        return not (self.content or self.embeds or self.buttons or self.attachments)

    async def send(self, sender: Callable[..., Awaitable[T]], *, then: Callable[..., Awaitable[Any]] | None = None,
                   **extra: Any) -> T:
        """Send through `Messageable.send`, `InteractionResponse.send_message` or `Webhook.send`; the first
        message is returned. Continuation messages (`more`) go through `then` (an interaction's followup, when
        the first went as its response), else `sender`; a nonce belongs to the first message only."""
        kwargs: dict[str, Any] = {"allowed_mentions": self.allowed_mentions(), **extra}
        if self.content:
            kwargs["content"] = self.content
        if self.embeds:
            kwargs["embeds"] = self.embeds
        last: dict[str, Any] = kwargs
        following: list[dict[str, Any]] = []
        if self.more:
            base = {k: v for k, v in kwargs.items() if k not in ("content", "embeds", "nonce", "enforce_nonce")}
            following = [{**base, "embeds": embeds} for embeds in self.more]
            last = following[-1]
        view = self.view()
        if view is not None:
            last["view"] = view
        if self.attachments:
            last["files"] = self.files()
        first = await sender(**kwargs)
        for part in following:
            await (then or sender)(**part)
        return first


def timestamp(when: When) -> str:
    try:
        style = TIMESTAMP_STYLES[when.style]
    except KeyError:
        raise TypeError(f"Discord cannot render a time in style {when.style!r}") from None
    return f"<t:{int(when.at.timestamp())}:{style}>"


def render_span(span: Span, mentioned: list[int]) -> str:
    if isinstance(span, str):
        return span
    if isinstance(span, When):
        return timestamp(span)
    if isinstance(span, Mention):
        if span.user.platform != "discord" or not span.user.id.isdigit():
            raise ValueError(f"not a Discord user: {span.user}")
        mentioned.append(int(span.user.id))
        return f"<@{span.user.id}>"
    if isinstance(span, Link):
        if span.label:
            label = span.label.replace("[", "(").replace("]", ")")
            return f"[{label}]({span.url})"
        return span.url
    raise TypeError(f"Discord cannot render a {type(span).__name__} span")


def render(message: Message, dm_guild: str | None = None) -> Rendered:
    """`dm_guild`: the server a direct message belongs to, written into its buttons (DM clicks carry no server)."""
    out = Rendered()
    lines: list[str] = []
    for block in message.blocks:
        if isinstance(block, Paragraph):
            lines.append("".join(render_span(s, out.mentioned) for s in block.spans))
        elif isinstance(block, Heading):
            lines.append(f"**{block.text}**")
        elif isinstance(block, Actions):
            out.buttons.extend(_rows(block.buttons, dm_guild, len(out.buttons)))
        elif isinstance(block, Form):
            if out.form is not None:
                raise TypeError("a message can carry only one form")
            out.form = block
        elif isinstance(block, FileAttachment):
            out.attachments.append(block)
        else:
            raise TypeError(f"Discord cannot render a {type(block).__name__} block")
    text = "\n".join(lines)
    out.text = text
    out.mentioned = list(dict.fromkeys(out.mentioned))
    if len(text) <= CONTENT_LIMIT:
        out.content = text
    else:
        out.embeds, *out.more = _embeds(text)
    return out


def _rows(items: tuple[Button, ...], dm_guild: str | None, used: int) -> list[list[discord.ui.DynamicItem[Any]]]:
    rows: list[list[discord.ui.DynamicItem[Any]]] = []
    for start in range(0, len(items), BUTTONS_PER_ROW):
        rows.append([
            ActionButton(ButtonPress(b.action, b.value, dm_guild), label=b.label, style=_style(b.style))
            for b in items[start:start + BUTTONS_PER_ROW]])
    if used + len(rows) > ROWS:
        raise ValueError(f"Discord shows at most {ROWS * BUTTONS_PER_ROW} buttons on a message")
    return rows


def _style(style: str | None) -> discord.ButtonStyle:
    try:
        return BUTTON_STYLES[style]
    except KeyError:
        raise TypeError(f"Discord has no button style {style!r}") from None


def _embeds(text: str) -> list[list[discord.Embed]]:
    """Long text (an agreement, the help, a full roster) in embeds of 4096 characters, at most 6000 characters
    and 10 embeds a message, split between lines: one list of embeds per message. Nothing is cut."""
    return [[discord.Embed(description=chunk, colour=EMBED_COLOUR) for chunk in split_lines(part, EMBED_DESCRIPTION)]
            for part in split_lines(text, EMBEDS_TOTAL)]
