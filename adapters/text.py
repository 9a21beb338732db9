"""Text helpers the chat adapters share."""
from __future__ import annotations

from bot.messages import Actions, Message

# The command that shows a direct message's content again, by the first button action it carries.
SEE_AGAIN = (
    ("checkin.", "/consult checkin answer"),
    ("agreement.", "/consult agreement accept"),
    ("swap.", "/consult rotation show"),
)


def command_to_see_again(message: Message | None) -> str:
    """Which command shows an undelivered message again (named in the mention left where a direct message could
    not go): the one the core named (attendance after a meeting), or by its buttons a check-in prompt, an
    agreement to accept, a swap offer; anything else is about the next meeting."""
    if message is not None and message.see_again:
        return message.see_again
    actions = [button.action for block in (message.blocks if message else ()) if isinstance(block, Actions)
               for button in block.buttons]
    for action in actions:
        for prefix, command in SEE_AGAIN:
            if action.startswith(prefix):
                return command
    return "/consult next"


def split_lines(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, at line breaks where possible (a Slack section,
    a Discord embed). A single line longer than the limit is cut."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces
