"""Renders the core's neutral messages as plain text for the console, with each reader's own time zone."""
from __future__ import annotations

from collections.abc import Callable

from bot.messages import (
    Actions,
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


def format_when(when: When, zone: str | None) -> str:
    return when.as_text(zone)


def render_span(span: Span, zone: str | None) -> str:
    if isinstance(span, str):
        return span
    if isinstance(span, When):
        return format_when(span, zone)
    if isinstance(span, Mention):
        return f"@{span.user.id}"
    if isinstance(span, Link):
        return f"{span.label} <{span.url}>" if span.label else span.url
    raise TypeError(f"the console cannot render a {type(span).__name__}")


def render(message: Message, zone: str | None, save_file: Callable[[FileAttachment], str] | None = None) -> list[str]:
    lines: list[str] = []
    for block in message.blocks:
        if isinstance(block, Paragraph):
            lines.extend("".join(render_span(s, zone) for s in block.spans).splitlines() or [""])
        elif isinstance(block, Heading):
            lines.append(f"== {block.text} ==")
        elif isinstance(block, Actions):
            lines.append("buttons: " + "  ".join(f"[{b.label}]" for b in block.buttons))
        elif isinstance(block, Form):
            lines.append(f"form “{block.title}” (answer with: submit “{block.title}” field=value …)")
            if block.intro:
                lines.append(f"  {block.intro}")
            for f in block.fields:
                need = "required" if f.required else "optional"
                choices = f"; one of {', '.join(f.choices)}" if f.choices else ""
                current = f"; now: {f.initial[:60]}{'…' if len(f.initial) > 60 else ''}" if f.initial else ""
                lines.append(f"  {f.name}: {f.label} ({need}, up to {f.max_length} characters{choices}{current})")
        elif isinstance(block, FileAttachment):
            where = save_file(block) if save_file else "(not saved)"
            lines.append(f"file: {block.filename} -> {where}")
        else:
            raise TypeError(f"the console cannot render a {type(block).__name__}")
    return lines
