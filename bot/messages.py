"""Platform-neutral outbound messages.

The core says *what* to show (text, a moment in time, a mention, buttons, a form, a file) and *to whom*;
each adapter renders every kind exactly once and refuses an unknown kind loudly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.identity import ChannelRef, UserRef


@dataclass(frozen=True, slots=True)
class When:
    """A moment shown in each reader's own time zone where the platform can (Slack <!date>, Discord <t:>).

    `zone` is the group's time zone, used where the platform cannot localise (fallback text, console).
    """

    at: datetime
    zone: str = "UTC"
    style: str = "full"  # full | date | time | relative

    def as_text(self, zone: str | None = None) -> str:
        """The time as plain text in `zone` (default: the group's): for the console, notifications and clients that
        can't localise. "Tue 1 Dec 2026, 18:00 CET"; the date or the time alone for those styles."""
        local = self.at.astimezone(ZoneInfo(zone or self.zone))
        day = f"{local:%a} {local.day} {local:%b %Y}"
        clock = f"{local:%H:%M} {local.tzname()}"
        if self.style == "date":
            return day
        if self.style == "time":
            return clock
        return f"{day}, {clock}"


@dataclass(frozen=True, slots=True)
class Mention:
    user: UserRef


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str = ""


Span = str | When | Mention | Link


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: str
    value: str = ""
    style: str | None = None  # "primary" | "danger" | None


@dataclass(frozen=True, slots=True)
class Actions:
    buttons: tuple[Button, ...]


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    label: str
    kind: str = "text"  # text | long_text | choice
    required: bool = True
    initial: str = ""
    max_length: int = 500
    choices: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Form:
    """A form the person fills in: a Slack modal, a Discord modal, a console `submit`."""

    form_id: str
    title: str
    fields: tuple[FormField, ...]
    context: str = ""
    submit_label: str = "Submit"
    intro: str = ""


@dataclass(frozen=True, slots=True)
class FileAttachment:
    filename: str
    content: bytes
    mime: str
    title: str = ""


Block = Paragraph | Heading | Actions | Form | FileAttachment


@dataclass(frozen=True, slots=True)
class Message:
    blocks: tuple[Block, ...]
    # The command that shows this message again, where that isn't `/consult next` (for a DM that could not be sent).
    see_again: str | None = None

    def plain_text(self) -> str:
        """A rough text rendering for logs of *structure* and for tests; never used for privacy-sensitive logs."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append("".join(s if isinstance(s, str) else f"<{type(s).__name__}>" for s in block.spans))
            elif isinstance(block, Heading):
                out.append(block.text)
            elif isinstance(block, Actions):
                out.append(" ".join(f"[{b.label}]" for b in block.buttons))
            elif isinstance(block, Form):
                out.append(f"(form: {block.title})")
            elif isinstance(block, FileAttachment):
                out.append(f"(file: {block.filename})")
        return "\n".join(out)


# Audiences -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToChannel:
    """Public: everyone in the channel sees it."""

    channel: ChannelRef


@dataclass(frozen=True, slots=True)
class ToPerson:
    """Private: only `user` sees it, in the channel where they acted (Slack ephemeral, Discord ephemeral)."""

    user: UserRef
    channel: ChannelRef | None = None


@dataclass(frozen=True, slots=True)
class ToDirect:
    """A direct message to one person (nudges).

    If the person cannot receive DMs, an adapter may post a bare mention asking them to check in with the bot in
    `fallback` (the group's channel) - never the message itself, which may be private.
    """

    user: UserRef
    fallback: ChannelRef | None = None


Audience = ToChannel | ToPerson | ToDirect


@dataclass(frozen=True, slots=True)
class Outbound:
    audience: Audience
    message: Message


def message(*blocks: Block | str) -> Message:
    """Build a message; bare strings become paragraphs."""
    return Message(tuple(Paragraph((b,)) if isinstance(b, str) else b for b in blocks))


def para(*spans: Span) -> Paragraph:
    return Paragraph(tuple(spans))


def buttons(*items: Button) -> Actions:
    return Actions(tuple(items))


@dataclass
class Reply:
    """What a command or a click answers: messages and their audiences, in order."""

    outbound: list[Outbound] = field(default_factory=list)

    def add(self, audience: Audience, msg: Message) -> Reply:
        self.outbound.append(Outbound(audience, msg))
        return self


def possessive(name: str) -> str:
    """"Tuesday Peers'" and "Anna's": a group's name in the possessive, without "Peers's"."""
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"
